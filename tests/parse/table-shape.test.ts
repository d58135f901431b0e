// The character-by-character header comparison and the loop forms of the row tests, pinned to
// the string-building forms they replaced.
import { describe, expect, it } from 'vitest';
import { hasHeaderKey, headerKey, isCaption, looksLikeHeader } from '../../src/parse/table-shape.js';

const referenceLooksLikeHeader = (cells: readonly string[]): boolean => {
  const filled = cells.filter((c) => c.trim() !== '');
  const words = filled.filter((c) => c.replace(/\s/g, '').length <= 16 && /序号|指\s*标|目标|20\d\d|单位/.test(c)).length;
  return filled.length >= 2 && words >= 2 && words * 2 >= filled.length;
};

describe('table rows', () => {
  const alphabet = ['序号', '指标', '目标', '2025', '单位', '1', '|', ' ', '\u3000', '\t', '', '甲', '乙'];
  let seed = 11;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const randomCells = (): string[] =>
    Array.from({ length: next(5) }, () => Array.from({ length: next(4) }, () => alphabet[next(alphabet.length)]).join(''));

  it('hasHeaderKey is headerKey equality', () => {
    for (let k = 0; k < 3000; k++) {
      const [a, b] = [randomCells(), randomCells()];
      expect(hasHeaderKey(a, headerKey(b))).toBe(headerKey(a) === headerKey(b));
      expect(hasHeaderKey(a, headerKey(a))).toBe(true);
    }
    expect(hasHeaderKey(['a|b'], headerKey(['a', 'b']))).toBe(true);
    expect(hasHeaderKey(['序 号', ' ', '指标'], '序号|指标')).toBe(true);
    expect(hasHeaderKey(['序号', '指标', ''], '序号|指标|')).toBe(false);
  });

  it('looksLikeHeader counts filled cells and column words as before', () => {
    for (let k = 0; k < 3000; k++) {
      const cells = randomCells();
      expect(looksLikeHeader(cells)).toBe(referenceLooksLikeHeader(cells));
    }
  });

  it('isCaption reads captions after white space and not on empty text', () => {
    expect(isCaption('')).toBe(false);
    expect(isCaption('\u3000专栏1 主要指标')).toBe(true);
    expect(isCaption('【专栏 2】')).toBe(true);
    expect(isCaption('附表3 任务分工')).toBe(true);
    expect(isCaption('专项行动')).toBe(false);
  });
});
