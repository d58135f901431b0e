/**
 * One bad file among good ones: each test puts a bad input next to a real seed plan, loads both
 * in one run, and checks the diagnostic on the bad file and that the seed was still parsed.
 */
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/types.js';
import { loadPlans, type LoadResult } from '../../src/pipeline/load.js';
import { loadPlansParallel } from '../../src/pipeline/parallel.js';

const SEED = new URL('../../seeds/000_21f4ce37752d4b1d.txt', import.meta.url);
let dir = '';
let good = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-diff-bad-'));
  good = join(dir, 'good.txt');
  copyFileSync(SEED, good);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Loads the good seed and the bad file in one run; checks the seed came through intact. */
async function loadWithGood(bad: string): Promise<{ result: LoadResult; about: Diagnostic[] }> {
  const result = await loadPlans([good, bad]);
  const seed = result.documents.find((d) => d.plan.source === good);
  expect(seed, 'the good file in the same run is still processed').toBeDefined();
  expect(seed!.plan.indicators).toHaveLength(12);
  expect(seed!.plan.tasks).toHaveLength(40); // Zigong's task table, rows 1–40 (lines 378–422)
  return { result, about: result.diagnostics.filter((d) => d.file === bad) };
}

const SENTENCE = '残疾人事业是中国特色社会主义事业的重要组成部分，扶残助残是社会文明进步的重要标志。';

describe('bad inputs next to a good plan', () => {
  it('0-byte file: "empty file (0 bytes)"', async () => {
    const bad = write('zero.txt', '');
    const { result, about } = await loadWithGood(bad);
    expect(about).toContainEqual(expect.objectContaining({ level: 'error', code: 'read/empty', message: expect.stringContaining('empty file (0 bytes)') }));
    expect(result.documents.some((d) => d.plan.source === bad)).toBe(false);
  });

  it('empty file (only blank lines and spaces): "no plan found"', async () => {
    const bad = write('blank.txt', '\n \n\t\n\u3000\r\n');
    const { about } = await loadWithGood(bad);
    expect(about).toContainEqual(expect.objectContaining({ level: 'error', code: 'load/no-plan', message: expect.stringContaining('no plan found') }));
  });

  it('binary file with a text extension: "not a text document"', async () => {
    // Deterministic noise: every byte value, scrambled.
    const bytes = Uint8Array.from({ length: 50_000 }, (_, i) => (i * 2654435761) >>> 24);
    const bad = write('noise.txt', bytes);
    const { about } = await loadWithGood(bad);
    expect(about).toContainEqual(expect.objectContaining({ level: 'error', code: 'read/binary', message: expect.stringContaining('not a text document') }));
  });

  it('image renamed to .txt: "unsupported format (PNG image)"', async () => {
    const bad = write('picture.txt', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(4000, 7)]));
    const { about } = await loadWithGood(bad);
    expect(about).toContainEqual(expect.objectContaining({ code: 'read/unsupported-format', message: expect.stringContaining('PNG') }));
  });

  // 200 MB as the issue asks: reading and parsing it takes ~6 s and ~600 MB RSS on the 2-core box.
  it('a 200 MB single line: read, no plan found, no crash', async () => {
    const bad = join(dir, 'one-line.txt');
    const chunk = Buffer.from(SENTENCE.repeat(20_000), 'utf8');
    const fd = openSync(bad, 'w');
    for (let written = 0; written < 200_000_000; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const { about } = await loadWithGood(bad);
    expect(about).toContainEqual(expect.objectContaining({ level: 'error', code: 'load/no-plan', message: expect.stringContaining('no plan found') }));
    rmSync(bad);
  }, 120_000);

  it('mixed encodings (a few GB18030 lines pasted into UTF-8): "mixed encodings", the UTF-8 text intact', async () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    const pasted = [120, 121, 122].map((i) => iconv.encode(`${lines[i]}\n`, 'gb18030'));
    const bytes = Buffer.concat([Buffer.from(`${lines.slice(0, 120).join('\n')}\n`, 'utf8'), ...pasted,
      Buffer.from(lines.slice(123).join('\n'), 'utf8')]);
    const bad = write('mixed.txt', bytes);
    const { result, about } = await loadWithGood(bad);
    expect(about).toContainEqual(expect.objectContaining({ level: 'warning', code: 'read/mixed-encoding', message: expect.stringContaining('mixed encodings') }));
    expect(result.documents.find((d) => d.plan.source === bad)?.plan.indicators).toHaveLength(12);
  });

  it('mixed encodings, half and half (UTF-8 then GB18030): decoded line by line, the UTF-8 half\'s indicator table read', async () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    const half = lines.length >> 1;
    const bad = write('half-half.txt', Buffer.concat([Buffer.from(`${lines.slice(0, half).join('\n')}\n`, 'utf8'),
      iconv.encode(lines.slice(half).join('\n'), 'gb18030')]));
    const { result, about } = await loadWithGood(bad);
    expect(about).toContainEqual(expect.objectContaining({ level: 'warning', code: 'read/mixed-encoding', line: half + 1 }));
    expect(result.documents.find((d) => d.plan.source === bad)?.plan.indicators).toHaveLength(12);
  });

  it('table with extra and missing columns: "Table row has 2 of 4 cells", full rows still read', async () => {
    const bad = write('ragged.txt', ['# 某县“十四五”残疾人保障和发展规划', '', '专栏1 “十四五”残疾人事业发展主要指标',
      '序号\t指标\t目标值\t指标属性', '1\t残疾人基本康复服务覆盖率(%)\t85\t约束性\t多余\t多余',
      '2\t残疾人辅助器具适配率(%)', '3\t困难残疾人生活补贴覆盖率(%)\t100\t约束性', ''].join('\n'));
    const { result, about } = await loadWithGood(bad);
    expect(about).toContainEqual(expect.objectContaining({ level: 'warning', code: 'parse/table-missing-cells', line: 6, message: 'Table row has 2 of 4 cells.' }));
    const plan = result.documents.find((d) => d.plan.source === bad)!.plan;
    expect(plan.indicators.map((i) => [i.name, i.target?.text ?? null])).toEqual([
      ['残疾人基本康复服务覆盖率', '85'], ['残疾人辅助器具适配率', null], ['困难残疾人生活补贴覆盖率', '100']]);
  });

  it('a box that never ends: its items run to the end of the file and are all kept', async () => {
    const items = Array.from({ length: 40 }, (_, i) => `${i + 1}.项目${i + 1}。为残疾人提供第${i + 1}项服务。`);
    const bad = write('endless-box.txt', ['# 某县“十四五”残疾人保障和发展规划', '', '## 三、重点任务', '',
      '专栏2 残疾人社会保障重点项目', '', ...items.flatMap((t) => [t, '']), '41.最后一项没有句号也没有结尾'].join('\n'));
    const { result } = await loadWithGood(bad);
    const plan = result.documents.find((d) => d.plan.source === bad)!.plan;
    expect(plan.projects).toHaveLength(41);
    expect(new Set(plan.projects.map((p) => p.box))).toEqual(new Set([2]));
    expect(plan.projects[40]!.text).toBe('最后一项没有句号也没有结尾');
  });

  it('Markdown nested 100,000 block quotes deep: "nested more than 32 deep", read as written in under a second', { timeout: 5000 }, async () => {
    const bad = write('deep.md', `# 某县残疾人保障和发展规划\n\n| 指标 | 目标 |\n|---|---|\n| 覆盖率 | 90% |\n\n${'>'.repeat(100_000)} 到2025年，残疾人基本康复服务覆盖率达到90%以上。\n`);
    const { result, about } = await loadWithGood(bad);
    expect(about).toContainEqual(expect.objectContaining({
      level: 'warning', code: 'read/markdown-too-deep', line: 7,
      message: `${bad}: block quotes or lists nested more than 32 deep; the Markdown tables were left as written`,
    }));
    expect(result.documents.find((d) => d.plan.source === bad)?.plan.targets.map((t) => t.value.value)).toEqual([90]);
  });

  it('HTML nested 100,000 elements deep: "nested too deeply", one line, the good plan still read', async () => {
    const bad = write('deep.html', `<html><body><p>某县残疾人保障和发展规划</p>${'<div>'.repeat(100_000)}<p>一、总体目标</p>${'</div>'.repeat(100_000)}</body></html>`);
    const { about } = await loadWithGood(bad);
    expect(about).toEqual([expect.objectContaining({
      level: 'error', code: 'read/failed', message: `${bad}: could not be read (its elements are nested too deeply)`,
    })]);
  });

  it('all of them in one parallel run: each bad file has its diagnostic, the good plan is parsed', async () => {
    const bad = ['zero.txt', 'blank.txt', 'noise.txt', 'picture.txt', 'ragged.txt'].map((f) => join(dir, f));
    const result = await loadPlansParallel([good, ...bad], { threads: 2, batchSize: 1 });
    expect(result.documents.find((d) => d.plan.source === good)?.plan.indicators).toHaveLength(12);
    const codes = (file: string) => result.diagnostics.filter((d) => d.file === file).map((d) => d.code);
    expect(codes(bad[0]!)).toContain('read/empty');
    expect(codes(bad[1]!)).toContain('load/no-plan');
    expect(codes(bad[2]!)).toContain('read/binary');
    expect(codes(bad[3]!)).toContain('read/unsupported-format');
    expect(codes(bad[4]!)).toContain('parse/table-missing-cells');
    // Same answer as the single-threaded loader.
    const serial = await loadPlans([good, ...bad]);
    expect(result.documents.map((d) => d.plan)).toEqual(serial.documents.map((d) => d.plan));
  });
});
