// The character-by-character header comparison and the loop forms of the row tests, pinned to
// the string-building forms they replaced.
import { describe, expect, it } from 'vitest';
import { compact, hasHeaderKey, headerKey, isCaption, isColumnWord, isPageNumber, looksLikeHeader, printedNumber } from '../../src/parse/table-shape.js';
import { rowNumber } from '../../src/parse/tables-stacked-rows.js';

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

  it('compact, printedNumber and rowNumber read as their patterns on random cells', () => {
    const parts = ['1', '12', '123', '4567', '.', '．', '、', '（', '(', '）', ')', ' ', '\u3000', '\t', '甲', ''];
    for (let k = 0; k < 5000; k++) {
      const cell = Array.from({ length: next(5) }, () => parts[next(parts.length)]).join('');
      const compacted = /\s/.test(cell) ? cell.replace(/[\s\u3000]+/g, '') : cell;
      expect(compact(cell)).toBe(compacted);
      const printed = /^[（(]?(\d{1,3})[)）.．、]?$/.exec(compacted);
      expect(printedNumber(cell), JSON.stringify(cell)).toBe(printed ? Number(printed[1]) : null);
      const row = /^(\d{1,3})[.．]?$/.exec(compacted);
      expect(rowNumber(cell), JSON.stringify(cell)).toBe(row ? Number(row[1]) : null);
    }
  });

  it('isPageNumber and isColumnWord read as their patterns', () => {
    const parts = ['-', '—', '–', '－', ' ', '\u3000', '6', '12', '甲', '指标', '序号'];
    for (let k = 0; k < 5000; k++) {
      const text = Array.from({ length: next(6) }, () => parts[next(parts.length)]).join('');
      expect(isPageNumber(text), JSON.stringify(text)).toBe(/^[-—–－\s]*\d{1,4}[-—–－\s]*$/.test(text) && /[-—–－]/.test(text));
    }
    expect(isColumnWord('指 标'.padEnd(17, '\u3000'))).toBe(true);
    expect(isColumnWord('指标'.padEnd(17, '甲'))).toBe(false);
  });
});
