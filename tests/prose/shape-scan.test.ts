import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/lines.js';
import { toHalfWidth } from '../../src/parse/numerals.js';
import { FIGURE_SHAPE, figureShapeFrom, holdsNumberWithUnit, mayStateFigure, NUMBER_WITH_UNIT } from '../../src/parse/prose/gate.js';
import { buildParagraphs, type Paragraph } from '../../src/parse/prose/paragraphs.js';
import { sentencesFound, sentencesHolding } from '../../src/parse/prose/sentences.js';
import { PROSE_UNITS } from '../../src/parse/prose/units.js';
import { holdsBoundedDigit } from '../../src/parse/prose/shape-scan.js';
import { seedText } from './helpers.js';

/** The scan against the patterns it replaces: the same answer, and the same sentences cut out. */
function expectSameAsPatterns(text: string): void {
  FIGURE_SHAPE.lastIndex = 0;
  expect(mayStateFigure(text), text).toBe(FIGURE_SHAPE.test(text));
  expect(holdsNumberWithUnit(text), text).toBe(NUMBER_WITH_UNIT.test(text));
  const p: Paragraph = { text, starts: [0], lineNos: [1] };
  expect(sentencesFound(p, figureShapeFrom), text).toEqual(sentencesHolding(p, FIGURE_SHAPE));
}

// Characters that matter to some shape, and some that matter to none.
const PIECES = [
  '0', '5', '12', '２', '９', '.', '%', '％', '‰', ' ', '\u3000', '\t', '余', '多', '千', '万', '亿',
  '一', '两', '十', '百', '千', '至少', '不少于', '不低于', '最少', '不超过', '超过', '控制在', '达到',
  '建有', '有', '为', '百分之', '分之', '至', '不', '最', '少', '于', '。', '；', '！', '，', '的', '残疾人', '年', '周',
  ...new Set(PROSE_UNITS.map((u) => u.written)),
];

describe('the figure-shape scan', () => {
  it('agrees with the patterns on random text made of the characters that matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => expectSameAsPatterns(pieces.join(''))),
      { numRuns: 20_000 },
    );
  });

  it('finds the first shape at the same offset in text as written and in its half-width copy', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, '．', '＜', '＝'), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(figureShapeFrom(text, 0), text).toBe(figureShapeFrom(toHalfWidth(text), 0));
      }),
      { numRuns: 20_000 },
    );
  });

  it('finds a bounding word before a digit where the pattern does, on half-width text', () => {
    const bounded = /(?:不低于|不少于|至少|不超过|超过|控制在|达到)\s*\d/u;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES.filter((p) => !/[０-９]/.test(p))), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(holdsBoundedDigit(text), text).toBe(bounded.test(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with the patterns on every paragraph and line of the seed plans', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const lines = splitLines(seedText(prefix));
      for (const line of lines) expectSameAsPatterns(line.text);
      for (const p of buildParagraphs(lines, new Set())) expectSameAsPatterns(p.text);
    }
  });

  it('reads a Chinese numeral whose 百 is itself a unit start, and bounding words after an earlier sentence', () => {
    for (const text of ['至少一百', '至少一百人', '不少于有两', '。超过 5', '超过。5', '至少有十余 人', '最少建有三千万'])
      expectSameAsPatterns(text);
    expect(mayStateFigure('至少一百')).toBe(true);
    expect(mayStateFigure('超过。5')).toBe(false);
  });
});
