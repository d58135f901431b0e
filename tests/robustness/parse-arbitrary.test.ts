import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/model/types.js';
import { parsePlan } from '../../src/parse/index.js';

/** What every parse result must satisfy, whatever the input. */
function assertWellFormed(result: ParseResult, text: string): void {
  expect(result.plan).toBeTypeOf('object');
  expect(Array.isArray(result.diagnostics)).toBe(true);
  const { plan } = result;
  for (const list of [plan.indicators, plan.projects, plan.tasks, plan.targets, plan.achievements, plan.headings]) {
    expect(Array.isArray(list)).toBe(true);
  }
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const row of [...plan.indicators, ...plan.projects, ...plan.tasks, ...plan.targets, ...plan.achievements]) {
    expect(Number.isInteger(row.source.line)).toBe(true);
    expect(row.source.line).toBeGreaterThanOrEqual(1);
    expect(row.source.line).toBeLessThanOrEqual(lineCount);
  }
  for (const d of result.diagnostics) {
    expect(typeof d.code).toBe('string');
    expect(typeof d.message).toBe('string');
  }
  // The result is plain data: it survives a structured clone (worker threads) and JSON.
  expect(() => structuredClone(result)).not.toThrow();
  expect(() => JSON.stringify(result)).not.toThrow();
}

function parse(text: string): ParseResult {
  const result = parsePlan(text, 'fuzz.txt', { lineMap: null });
  assertWellFormed(result, text);
  return result;
}

// Fragments the parser keys on, so random documents reach its table, box and duty-line logic.
const FRAGMENTS = ['专栏1 “十四五”残疾人事业发展主要指标', '专栏 2 残疾人社会保障重点项目', '序号\t指标\t目标值\t指标属性',
  '主要指标\t2020年\t2025年\t指标属性', '序号\t工作任务\t牵头单位\t责任单位', '1.残疾人基本康复服务覆盖率(%)\t80\t>85\t约束性',
  '3\t县残联', '责任单位：市残联，市财政局', '1.最低生活保障。将符合条件的。', '# 一、总体要求', '（一）主要目标', '第一章 编制背景',
  '到2025年，残疾人基本康复服务覆盖率达到85%以上。', '\t\t\t', '', '—', '\u0000', '\ufeff', '\u3000\u3000', '**', '1', '约束性'];

const structuredDocument = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS, '', '85'), { maxLength: 6 }).map((cells) => cells.join('\t')) },
), { maxLength: 80 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((nl) => lines.join(nl)));

describe('parsePlan on arbitrary text', () => {
  it('never throws on arbitrary strings of any code points', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => { parse(text); }), { numRuns: 200 });
  });

  it('never throws on arbitrary grapheme strings with CJK and control characters', () => {
    const unit = fc.oneof(fc.constantFrom('\u0000', '\t', '\n', '\r', '\u2028', '\ufffd', '\ud800', '。', '、', '，'),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), fc.string({ unit: 'grapheme', maxLength: 3 }));
    fc.assert(fc.property(fc.array(unit, { maxLength: 3000 }).map((u) => u.join('')), (text) => { parse(text); }), { numRuns: 150 });
  });

  it('never throws on documents built from structural fragments, and is deterministic', () => {
    fc.assert(fc.property(structuredDocument, (text) => {
      const first = parse(text);
      expect(parsePlan(text, 'fuzz.txt', { lineMap: null })).toEqual(first);
    }), { numRuns: 200 });
  });

  it('survives huge numbers of tabs and very wide rows', () => {
    parse('\t'.repeat(200_000));
    parse(`序号\t指标\t目标值\n${Array.from({ length: 300 }, (_, i) => `${i}${'\t85'.repeat(500)}`).join('\n')}`);
    parse(`专栏1 主要指标\n${'\t\n'.repeat(50_000)}`);
  });
});
