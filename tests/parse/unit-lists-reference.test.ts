// splitUnitList and cleanUnitList run their regexes only where they can match and split in one
// pass; this pins them to the plain definitions on generated lists.
import { describe, expect, it } from 'vitest';
import { cleanUnitList, splitUnitList } from '../../src/parse/unit-lists.js';

const REMARK = /[（(][^（）()]*(?:牵头|下同|排名|首位)[^（）()]*[)）]/g;
const LIST_END = /(?<![。.；;，,、\s])[。.；;，,、\s]+$/;
const cleanReference = (text: string): string => text.replace(REMARK, '').replace(LIST_END, '').trim();

function splitReference(text: string): string[] {
  const list = cleanReference(text);
  const parts: string[] = [];
  let [depth, from] = [0, 0];
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if ('（(〔[【《<「“'.includes(c)) depth++;
    else if ('）)〕]】》>」”'.includes(c) && depth > 0) depth--;
    if (depth === 0 && '、,，;；'.includes(c)) {
      parts.push(list.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(list.slice(from));
  return parts.map((u) => u.replace(/\s+/g, '').trim()).filter((u) => u !== '');
}

const PIECES = ['市民政局', '县残联', '（', '）', '(', ')', '、', '，', ',', '；', ';', '。', '.', ' ', '\u3000', '\t',
  '牵头', '下同', '排名', '首位', '市', '【', '】', '“', '”', '\ufeff', '\u00a0', '配合'];

describe('unit lists', () => {
  it('split and clean as the plain definitions do', () => {
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let n = next(12); n > 0; n--) text += PIECES[next(PIECES.length)];
      expect(cleanUnitList(text), JSON.stringify(text)).toBe(cleanReference(text));
      expect(splitUnitList(text), JSON.stringify(text)).toEqual(splitReference(text));
    }
  });
});
