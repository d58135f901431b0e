/**
 * The same plan delivered as GBK, UTF-16 with BOM, CRLF, an HTML page and a Word file must
 * parse to the same indicators, projects and tasks as the original text. Fixtures are built
 * here from the seeds with iconv-lite and the docx package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PlanDocument } from '../../src/model/types.js';
import { loadPlans } from '../../src/pipeline/load.js';
import { docxDocument, htmlPage } from './fixtures.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort();

/**
 * GBK cannot encode every character a UTF-8 plan may hold (en spaces, "•" bullets); an editor
 * saving as GBK substitutes them. Do the same, with the plain equivalents the layout means.
 */
function gbkSafe(text: string): string {
  return [...text].map((char) => {
    if (iconv.decode(iconv.encode(char, 'gbk'), 'gbk') === char) return char;
    if (/\s/.test(char)) return ' ';
    return char === '\u2022' ? '\u00b7' : '?';
  }).join('');
}

type Variant = { suffix: string; build: (text: string) => Buffer | Promise<Buffer>; keepsLines: boolean };
const variants: Variant[] = [
  { suffix: 'gbk.txt', build: (text) => iconv.encode(gbkSafe(text), 'gbk'), keepsLines: true },
  { suffix: 'gb18030.txt', build: (text) => iconv.encode(text, 'gb18030'), keepsLines: true },
  { suffix: 'utf16.txt', build: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), keepsLines: true },
  { suffix: 'crlf.txt', build: (text) => Buffer.from(text.replace(/\n/g, '\r\n')), keepsLines: true },
  { suffix: 'page.html', build: (text) => Buffer.from(htmlPage(text)), keepsLines: false },
  { suffix: 'word.docx', build: (text) => docxDocument(text), keepsLines: false },
];

/** What must survive a change of format; source lines only where the layout keeps them. */
function rows(plan: Plan, withLines: boolean): unknown {
  const strip = <T extends { source: { line: number } }>(row: T): unknown => {
    if (withLines) return row;
    const { source: _source, ...rest } = row;
    return rest;
  };
  return { indicators: plan.indicators.map(strip), projects: plan.projects.map(strip), tasks: plan.tasks.map(strip) };
}

let dir = '';
let documents: PlanDocument[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-diff-formats-'));
  for (const seed of seeds) {
    const text = readFileSync(new URL(seed, seedDir), 'utf8');
    const base = seed.replace(/\.txt$/, '');
    await writeFile(join(dir, `${base}.original.txt`), text);
    for (const variant of variants) await writeFile(join(dir, `${base}.${variant.suffix}`), await variant.build(text));
  }
  ({ documents } = await loadPlans([dir]));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bySource = (name: string): Plan => {
  const document = documents.find((d) => d.plan.source === join(dir, name));
  if (!document) throw new Error(`no plan loaded from ${name}`);
  return document.plan;
};

describe('the same plan in other encodings and formats', () => {
  it('loads every variant of every seed', () => {
    expect(documents).toHaveLength(seeds.length * (variants.length + 1));
  });

  it('finds rows in the originals, so the comparisons below are not vacuous', () => {
    // Counts read from the documents (see tests/parse/seed-00*.test.ts): indicator-table rows,
    // key-project items over all boxes, task rows. Beilin (002) is prose only.
    const expected: Record<string, [number, number, number]> = {
      '000_': [12, 8 + 7 + 9 + 4 + 6 + 7 + 9 + 2, 40],
      '001_': [11, 10 + 8 + 7 + 6 + 6 + 7 + 5 + 9, 30],
      '002_': [0, 0, 0],
      '003_': [0, 0, 23],
      '004_': [11, 10 + 8 + 9 + 6 + 6 + 6 + 9 + 5, 32],
    };
    expect(seeds.map((seed) => seed.slice(0, 4))).toEqual(Object.keys(expected));
    for (const seed of seeds) {
      const plan = bySource(seed.replace(/\.txt$/, '.original.txt'));
      expect([plan.indicators.length, plan.projects.length, plan.tasks.length], seed).toEqual(expected[seed.slice(0, 4)]);
    }
  });

  for (const seed of seeds) {
    const base = seed.replace(/\.txt$/, '');
    for (const variant of variants) {
      it(`${base}: ${variant.suffix} gives the same indicators, projects and tasks`, () => {
        const original = bySource(`${base}.original.txt`);
        const converted = bySource(`${base}.${variant.suffix}`);
        expect(rows(converted, variant.keepsLines)).toEqual(rows(original, variant.keepsLines));
      });
    }
  }
});
