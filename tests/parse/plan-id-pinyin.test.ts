// Readings that are not in the build-time division table go to pinyin-pro, loaded on first use.
import { describe, expect, it } from 'vitest';
import { slugFromTitle, toPinyin } from '../../src/parse/plan-id.js';

describe('plan ids from pinyin-pro', () => {
  it('reads words no division is named after, toneless, ü as v', () => {
    expect(toPinyin('残疾人')).toBe('canjiren');
    expect(toPinyin('绿色')).toBe('lvse');
    expect(toPinyin('abc')).toBe('abc');
  });

  it('slugs a title by the syllables of its first 12 characters, quotes left out', () => {
    expect(slugFromTitle('乐山市“十四五”残疾人保障和发展规划')).toBe('le-shan-shi-shi-si-wu-can-ji-ren-bao-zhang-he');
  });
});
