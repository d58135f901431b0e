import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/parse/numerals.js';
import { ARABIC_NUMBER, numbersIn } from '../../src/parse/prose/clause-numbers.js';

/** The Arabic numbers of a clause as the pattern finds them (clauses without 百分之 or bounding words). */
function reference(clause: string): Array<{ start: number; end: number; value: number; percent: boolean }> {
  const found = [];
  ARABIC_NUMBER.lastIndex = 0;
  for (let m = ARABIC_NUMBER.exec(clause); m !== null; m = ARABIC_NUMBER.exec(clause)) {
    const percent = m[0].endsWith('%');
    const value = parseChineseNumber(percent ? m[0].slice(0, -1) : m[0]);
    if (value !== null) found.push({ start: m.index, end: m.index + m[0].length, value, percent });
  }
  return found;
}

describe('numbersIn reads Arabic numbers as ARABIC_NUMBER matches them', () => {
  it('on random clauses of digits, separators, decimals, multipliers and signs', () => {
    const pieces = ['1', '0', '25', '999', ',', ',000', '.', '.5', '千', '万', '亿', '%', '人', '年', ' ', '，', '12345678901234567'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (p) => {
        const clause = p.join('');
        expect(numbersIn(clause), clause).toEqual(reference(clause));
      }),
      { numRuns: 20_000 },
    );
  });
});
