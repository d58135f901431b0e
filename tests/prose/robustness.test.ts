import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/lines.js';
import { parseHeadings } from '../../src/parse/headings.js';
import { extractProse } from '../../src/parse/prose/index.js';
import { proseOf, seedText } from './helpers.js';

const PERIOD = { start: 2021, end: 2025 };

describe('performance', () => {
  it('reads the five seeds in well under 100 ms once warm', () => {
    const docs = ['000', '001', '002', '003', '004'].map((p) => splitLines(seedText(p))).map((l) => [l, parseHeadings(l)] as const);
    for (const [l, h] of docs) extractProse(l, h, PERIOD);
    const start = performance.now();
    for (const [l, h] of docs) extractProse(l, h, PERIOD);
    expect(performance.now() - start).toBeLessThan(100);
  });

  it.each([
    ['one long unpunctuated clause full of figures', '残疾人基本康复服务覆盖率达到90%以上'.repeat(12_000)],
    ['an unclosed title and parenthesis', `《${'（含5人'.repeat(40_000)}`],
    ['a condition that never ends in 的', `对${'比例超过1.6%'.repeat(30_000)}`],
    ['digits without units', '1234567890 '.repeat(40_000)],
  ])('stays linear on %s', (_name, text) => {
    const start = performance.now();
    proseOf(text);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('never throws', () => {
  const alphabet = [...'达到不低于以上以内超过至少每人每月元户人次%个百分点提高降低累计十三五十四五对的，。；、（）《》〔〕— 0123456789\n\t'];
  it('on arbitrary text made of the words it looks for', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 300 }), (text) => {
        const lines = splitLines(text);
        const result = extractProse(lines, parseHeadings(lines), { start: null, end: null });
        for (const f of [...result.targets, ...result.achievements]) {
          expect(f.source.line).toBeGreaterThanOrEqual(1);
          expect(f.source.line).toBeLessThanOrEqual(lines.length);
          expect(Number.isFinite(f.value.value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
