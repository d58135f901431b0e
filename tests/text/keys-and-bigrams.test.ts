// measureKey and bigrams skip work the plain forms did (words the name cannot hold, a replace
// that finds nothing, the runtime sort of a few keys); pinned here to those plain forms.
import { describe, expect, it } from 'vitest';
import { bigrams } from '../../src/text/bigrams.js';
import { measureKey } from '../../src/text/measure-key.js';

const COMMON_WORDS = [
  '残疾人', '城乡居民', '符合条件的', '有需求的', '有需求', '覆盖率', '落实率', '比例', '残疾',
  '阶段', '适龄', '全市', '全区', '全县', '持证', '率', '的',
];

function referenceKey(name: string): string {
  let key = name.replace(/[（(][^）)]*[）)]\s*$/, '');
  for (const word of COMMON_WORDS) if (key.includes(word)) key = key.split(word).join('');
  return key.replace(/[\s\p{P}\p{S}\d]/gu, '');
}

function referenceBigrams(text: string): number[] {
  const keys: number[] = [];
  const points = [...text].map((ch) => ch.codePointAt(0) as number);
  if (points.length === 1) return [-1 - (points[0] as number)];
  for (let i = 1; i < points.length; i++) keys.push((points[i - 1] as number) * 0x110000 + (points[i] as number));
  return keys.sort((a, b) => a - b);
}

const alphabet = ['残', '疾', '人', '率', '的', '全', '市', '覆盖', '（', '）', '(', ')', '%', ' ', '\u3000', '1', '服务',
  '有需求', '比例', '𝒜', '\ud800', '\udc00', '，', '+'];
let seed = 3;
const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
const randomText = (max: number): string => Array.from({ length: next(max) }, () => alphabet[next(alphabet.length)]).join('');

describe('measureKey', () => {
  it('is the plain strip-and-replace on random names', () => {
    for (let k = 0; k < 5000; k++) {
      const name = randomText(14);
      expect(measureKey(name), JSON.stringify(name)).toBe(referenceKey(name));
    }
    for (const name of ['残残疾人疾率', '残疾人基本康复服务覆盖率（%）', '持证残疾人比例(%) ', '']) expect(measureKey(name)).toBe(referenceKey(name));
  });
});

describe('bigrams', () => {
  it('are the sorted code-point pairs, short and long', () => {
    for (let k = 0; k < 5000; k++) {
      const text = randomText(k % 2 ? 8 : 60);
      expect([...bigrams(text)], JSON.stringify(text)).toEqual(referenceBigrams(text));
    }
  });
});
