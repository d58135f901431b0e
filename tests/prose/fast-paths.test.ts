import { describe, expect, it } from 'vitest';
import { buildParagraphs } from '../../src/parse/prose/paragraphs.js';
import { cleanSubject } from '../../src/parse/prose/subject.js';
import { PROSE_UNITS, unitAfter } from '../../src/parse/prose/units.js';
import { splitLines } from '../../src/parse/lines.js';

// Cheaper ways of computing what a plainer expression did; each is checked against that expression.
describe('prose fast paths agree with the plain computation', () => {
  it('cleanSubject drops a subject of fewer than two code points, counting an astral character as one', () => {
    expect(cleanSubject('𠀀')).toBe('');
    expect(cleanSubject('𠀀𠀀')).toBe('𠀀𠀀');
    expect(cleanSubject('户')).toBe('');
    expect(cleanSubject('户籍')).toBe('户籍');
  });

  it('unitAfter finds the longest unit spelling with or without spaces and 余/多 before it', () => {
    const plain = (after: string): string | null => {
      const lead = /^\s*(余|多)?\s*/.exec(after)?.[0] ?? '';
      return PROSE_UNITS.find((u) => after.slice(lead.length).startsWith(u.written))?.unit ?? null;
    };
    for (const lead of ['', ' ', '余', ' 多 ', '\u3000', '年']) {
      for (const u of [...PROSE_UNITS.map((p) => p.written), '周', '']) {
        const after = `${lead}${u}以上`;
        const found = unitAfter(after, '');
        expect(found === null ? null : found.unit.replace(/^元\/.*/, '元'), after).toBe(plain(after));
      }
    }
  });

  it('a line ending in sentence punctuation is not joined to the next, any other long line is', () => {
    const text = ['这是一个足够长的句子用来测试换行后的续行是否被接上', '接在上一行后面。', '这是一个足够长的句子用来测试换行后的续行是否被接上：', '新的段落'].join('\n');
    const paragraphs = buildParagraphs(splitLines(text), new Set());
    expect(paragraphs.map((p) => p.lineNos)).toEqual([[1, 2], [3], [4]]);
  });
});
