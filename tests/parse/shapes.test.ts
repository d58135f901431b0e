// dotItemNumber reads what numberedItem would say of a 'dot' item without making its text.
import { describe, expect, it } from 'vitest';
import { boxTitle, DOTLESS_ITEM, dotItemNumber, groupLabel, numberedItem } from '../../src/parse/shapes.js';

describe('numbered items', () => {
  it('dotItemNumber agrees with numberedItem on random lines', () => {
    const alphabet = ['0', '1', '2', '9', '.', '．', '、', ' ', '农', '村', '年', '“', '（', '）', '①', '\u2028', '专栏', '一', '【'];
    let seed = 9;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 20000; k++) {
      const text = Array.from({ length: next(8) }, () => alphabet[next(alphabet.length)]).join('');
      const item = numberedItem(text);
      const expected = item?.style === 'dot' ? item.no + (item.dotless ? DOTLESS_ITEM : 0) : -1;
      expect(dotItemNumber(text), JSON.stringify(text)).toBe(expected);
    }
  });

  it('empty and unrelated lines are no item, label or box', () => {
    for (const text of ['', '甲', ' ']) {
      expect(numberedItem(text)).toBeNull();
      expect(groupLabel(text)).toBeNull();
    }
    expect(boxTitle('')).toBeNull();
    expect(boxTitle(' 专栏3 重点项目')).toEqual({ box: 3, title: '重点项目' });
    expect(numberedItem('0. 项目')).toEqual({ style: 'dot', no: 0, rest: '项目', dotless: false });
    expect(dotItemNumber('0. 项目')).toBe(0);
  });
});
