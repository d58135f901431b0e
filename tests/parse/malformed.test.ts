// Input the parser must survive: nothing, binary data, tables cut off mid-row. Always a
// result, never a throw; what could not be read is a diagnostic.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { seedPath } from './seed-helpers.js';

const seedLines = (prefix: string) => readFileSync(seedPath(prefix), 'utf8').split('\n');
const codes = (r: { diagnostics: { code: string }[] }) => r.diagnostics.map((d) => d.code);

describe('empty and binary input', () => {
  it('empty and blank text give an empty plan and one warning', () => {
    for (const text of ['', '\n\n  \n\t\n', '\ufeff']) {
      const r = parsePlan(text, 'empty.txt');
      expect(codes(r)).toEqual(['parse/empty-input']);
      expect(r.plan.indicators).toEqual([]);
      expect(r.plan.tasks).toEqual([]);
      expect(r.plan.source).toBe('empty.txt');
    }
  });

  it('NUL bytes or mostly replacement characters give an empty plan and one error', () => {
    const zip = 'PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml';
    const mojibake = '\ufffd\ufffd\u0001\ufffd(\ufffd\ufffdx\ufffd\ufffd\ufffd专栏1\t\ufffd\ufffd'.repeat(20);
    for (const text of [zip, mojibake]) {
      const r = parsePlan(text, 'x.bin');
      expect(r.diagnostics).toHaveLength(1);
      expect(r.diagnostics[0]).toMatchObject({ level: 'error', code: 'parse/binary-input', file: 'x.bin', line: null });
      expect(r.plan.projects).toEqual([]);
    }
  });

  it('a few replacement characters in real text do not make it binary', () => {
    const text = readFileSync(seedPath('000_'), 'utf8').replace('残疾人家庭人均收入', '残疾人\ufffd庭人均收入');
    const r = parsePlan(text, 'zigong.txt');
    expect(codes(r)).not.toContain('parse/binary-input');
    expect(r.plan.indicators).toHaveLength(12);
  });
});

describe('truncated tables', () => {
  it('a tab table cut mid-row (Zigong row 5 after its baseline) keeps rows 1–5 and reports the short row', () => {
    const lines = seedLines('000_').slice(0, 83);
    lines.push('5.重度残疾人护理补贴覆盖率(%)\t95');
    const r = parsePlan(lines.join('\n'), 'cut.txt');
    expect(r.plan.indicators.map((i) => i.no)).toEqual([1, 2, 3, 4, 5]);
    expect(r.plan.indicators[4]).toMatchObject({ baseline: { op: '=', value: 95 }, target: null, source: { line: 84 } });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'parse/table-missing-cells', line: 84, level: 'warning' }));
    expect(codes(r)).toContain('parse/indicator-no-target');
  });

  it('a stacked table cut after a row name (Banan row 6) keeps rows 1–6 and reports the short row', () => {
    const r = parsePlan(seedLines('004_').slice(0, 141).join('\n'), 'cut.txt');
    expect(r.plan.indicators.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'parse/table-missing-cells', line: 139 }));
  });

  it('a task table cut mid-row (Wushan row 12 without its unit cells) keeps the earlier rows', () => {
    const lines = seedLines('001_');
    const cut = [...lines.slice(0, 460), (lines[460] ?? '').split('\t').slice(0, 2).join('\t')];
    const r = parsePlan(cut.join('\n'), 'cut.txt');
    expect(r.plan.tasks.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(r.plan.tasks[11]).toMatchObject({ lead: [], co: [] });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'parse/table-missing-cells', line: 461 }));
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'parse/task-no-units', line: 461 }));
  });

  it('a box cut right after its title is reported as empty', () => {
    const r = parsePlan(seedLines('000_').slice(0, 121).join('\n'), 'cut.txt');
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'parse/box-empty', line: 121 }));
  });
});

describe('line map', () => {
  it('moves every source line and diagnostic line through lineMap', () => {
    const text = seedLines('000_').slice(0, 84).join('\n') + '\n5.重度残疾人护理补贴覆盖率(%)\t95';
    const lineMap = Array.from({ length: 85 }, (_, i) => 1000 + i * 2 + 1);
    const r = parsePlan(text, 'mapped.html', { lineMap });
    expect(r.plan.indicators[0]?.source.line).toBe(1000 + 79 * 2 + 1);
    expect(r.diagnostics.find((d) => d.code === 'parse/table-missing-cells')?.line).toBe(1000 + 84 * 2 + 1);
    const headingLines = r.plan.headings.map((h) => h.line);
    expect(headingLines.every((l) => l > 1000)).toBe(true);
  });
});

describe('never throws', () => {
  it('on arbitrary text, including table- and box-like fragments', () => {
    const fragment = fc.constantFrom('专栏1 主要指标', '序号\t指标\t目标值\t指标属性', '1', '2农村', '责任单位：A、B，C', '（一）', '一、资金类', '\t', '', '—', '（', '牵头单位', '逗号前为牵头单位', '1.x。');
    const text = fc.array(fc.oneof(fragment, fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 60 }).map((xs) => xs.join('\n'));
    fc.assert(fc.property(text, (t) => {
      const r = parsePlan(t, 'fuzz.txt');
      return Array.isArray(r.plan.tasks) && !r.diagnostics.some((d) => d.code === 'parse/internal-error');
    }), { numRuns: 300 });
  });
});
