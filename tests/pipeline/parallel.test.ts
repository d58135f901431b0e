/**
 * The worker pool must give exactly what the one-thread loader gives: same documents in the
 * same order, same ids, same text lines (moved as UTF-16 bytes and split on the main thread), same
 * line maps and diagnostics — on the seeds and on the seeds re-encoded and re-formatted.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/model/types.js';
import { loadPlans } from '../../src/pipeline/load.js';
import { loadPlansParallel } from '../../src/pipeline/parallel.js';
import { planDocument, sentText } from '../../src/pipeline/plan-document.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'plan-diff-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything a document carries, lines materialised. */
const plain = (d: PlanDocument) => ({ plan: d.plan, lines: [...d.lines], lineMap: d.lineMap });

describe('loadPlansParallel', () => {
  it('equals loadPlans on the seeds, a GB18030 CRLF copy and an HTML page, with one file per task', async () => {
    const seedText = readFileSync(join(SEEDS, '000_21f4ce37752d4b1d.txt'), 'utf8');
    writeFileSync(join(dir, 'gb.txt'), iconv.encode(seedText.replace(/\n/g, '\r\n'), 'gb18030'));
    writeFileSync(join(dir, 'page.html'), `<html><body><h1>某县残疾人保障和发展规划</h1>\n<p>到2025年，残疾人基本康复服务覆盖率达到90%以上。</p>\n<table><tr><td>序号</td><td>指标</td></tr><tr><td>1</td><td>覆盖率</td></tr></table></body></html>`);
    const paths = [SEEDS, dir];
    const one = await loadPlans(paths);
    const pool = await loadPlansParallel(paths, { threads: 2, batchSize: 1 });
    expect(one.documents.length).toBeGreaterThanOrEqual(6);
    expect(pool.documents.map(plain)).toEqual(one.documents.map(plain));
    expect(pool.diagnostics).toEqual(one.diagnostics);
    const gb = pool.documents.find((d) => d.plan.source.endsWith('gb.txt'))!;
    expect(gb.lines.some((line) => line.includes('\r'))).toBe(false);
  });
  it('equals loadPlans on files named one by one (a missing one among them), and on one file with more threads than files', async () => {
    const seeds = ['000_21f4ce37752d4b1d.txt', '001_bb691c6d2d96190b.txt', '002_14224bd1933eea7c.txt'].map((name) => join(SEEDS, name));
    const paths = [seeds[2]!, join(dir, 'missing.txt'), seeds[0]!, seeds[1]!];
    const one = await loadPlans(paths);
    const [pool, single] = await Promise.all([
      loadPlansParallel(paths, { threads: 2 }),
      loadPlansParallel([seeds[0]!], { threads: 4 }),
    ]);
    expect(pool.documents.map(plain)).toEqual(one.documents.map(plain));
    expect(pool.diagnostics).toEqual(one.diagnostics);
    expect(pool.diagnostics.filter((d) => d.level === 'error').map((d) => d.code)).toEqual(['read/missing']);
    expect(single.documents.map(plain)).toEqual(one.documents.filter((d) => d.plan.source === seeds[0]).map(plain));
  });
});

describe('planDocument', () => {
  it('splits lines at CRLF, CR and LF on first use, once', () => {
    const doc = planDocument({ plan: {} as PlanDocument['plan'], text: 'a\r\nb\rc\nd', lineMap: null });
    expect(doc.lines).toEqual(['a', 'b', 'c', 'd']);
    expect(doc.lines).toBe(doc.lines);
  });

  it('keeps a trailing empty line and gives one empty line for empty text, as split does', () => {
    expect(planDocument({ plan: {} as PlanDocument['plan'], text: 'a\n', lineMap: null }).lines).toEqual(['a', '']);
    expect(planDocument({ plan: {} as PlanDocument['plan'], text: '', lineMap: null }).lines).toEqual(['']);
  });

  it('serialises its lines in JSON like a plain object', () => {
    const doc = planDocument({ plan: {} as PlanDocument['plan'], text: 'x\ny', lineMap: [3, 4] });
    expect(JSON.parse(JSON.stringify(doc))).toEqual({ plan: {}, lines: ['x', 'y'], lineMap: [3, 4] });
  });

  it('reads text moved as UTF-16 bytes as the string it was, surrogate pairs and lone surrogates included', () => {
    const text = '第一行\r\n𠀀二\ud800行\n\u0000末';
    const bytes = sentText(text);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(text.length * 2);
    expect(planDocument({ plan: {} as PlanDocument['plan'], text: bytes, lineMap: null }).lines).toEqual(['第一行', '𠀀二\ud800行', '\u0000末']);
    expect(planDocument({ plan: {} as PlanDocument['plan'], text: sentText(''), lineMap: null }).lines).toEqual(['']);
  });
});
