import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/corpus.js';
import { loadDivisions } from '../../src/bench/regions.js';
import { foldWidth } from '../../src/bench/encode.js';
import { createRng } from '../../src/bench/prng.js';
import type { GroundTruth } from '../../src/bench/truth.js';

const dirs: string[] = [];
const fresh = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-diff-corpus-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function decode(bytes: Buffer, encoding: string): string {
  if (encoding === 'gb18030') return iconv.decode(bytes, 'gb18030');
  if (encoding === 'utf-16le-bom') return bytes.subarray(2).toString('utf16le');
  return bytes.toString('utf8').replace(/^\ufeff/, '');
}

describe('createRng', () => {
  it('repeats for a seed, differs between seeds, forks independently', () => {
    const a = createRng(7);
    const b = createRng(7);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(createRng(8).next()).not.toBe(createRng(7).next());
    const parent = createRng(7);
    const before = parent.fork('x').next();
    parent.next();
    expect(parent.fork('x').next()).toBe(before);
  });
});

describe('generateCorpus', () => {
  it('is deterministic: same count and seed, same bytes and truth', async () => {
    const [one, two] = [fresh(), fresh()];
    await generateCorpus({ count: 40, seed: 3, out: one, docxShare: 0 });
    await generateCorpus({ count: 40, seed: 3, out: two, docxShare: 0 });
    const names = readdirSync(one).sort();
    expect(readdirSync(two).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(two, name)).equals(readFileSync(join(one, name)))).toBe(true);
  });

  it('varies layouts, encodings, formats and regions, and its truth matches the text it wrote', async () => {
    const dir = fresh();
    const manifest = await generateCorpus({ count: 120, seed: 1, out: dir, docxShare: 0.05 });
    const truths = manifest.files.map((f) => JSON.parse(readFileSync(join(dir, f.truth), 'utf8')) as GroundTruth);
    expect(new Set(truths.map((t) => t.layout)).size).toBe(5);
    expect(new Set(truths.map((t) => t.encoding))).toEqual(new Set(['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le-bom', 'docx']));
    expect(new Set(truths.map((t) => t.format))).toEqual(new Set(['text', 'markdown', 'html', 'docx']));
    expect(new Set(truths.map((t) => t.region.code)).size).toBe(120);
    for (const t of truths.filter((x) => x.format !== 'docx')) {
      const text = decode(readFileSync(join(dir, t.file)), t.encoding);
      expect(text).toContain(t.region.name);
      const folded = foldWidth(text);
      for (const ind of t.samples.indicators) expect(folded).toContain(foldWidth(ind.unit === null ? ind.name : `${ind.name}(${ind.unit})`));
      for (const task of t.samples.tasks) for (const unit of [...task.lead, ...task.co]) expect(text).toContain(unit);
      if (t.layout === 'prose-draft') expect(t.counts).toMatchObject({ indicators: 0, tasks: 0, projects: 0 });
      expect(t.counts.projects).toBe(Object.values(t.counts.projectsPerBox).reduce((a, b) => a + b, 0));
    }
  });
});

describe('loadDivisions', () => {
  it('names places only: no 市辖区 or 直辖县级行政区划 placeholder, their counties kept', () => {
    const names = loadDivisions().map((d) => d.name);
    expect(names.filter((n) => n === '市辖区' || n.endsWith('直辖县级行政区划'))).toEqual([]);
    // Counties under 河南省-省直辖县级行政区划 and under a city's districts are still there.
    expect(names).toEqual(expect.arrayContaining(['济源市', '长安区', '自贡市', '巫山县']));
  });
});
