// The character tests by code unit agree with the string functions they stand for.
import { describe, expect, it } from 'vitest';
import { charClass, codeTable, isWhiteSpace, trimmedEnd, trimmedStart, WHITE_SPACE } from '../../src/parse/chars.js';

describe('chars', () => {
  it('isWhiteSpace and WHITE_SPACE are /\\s/ on every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const space = /\s/.test(String.fromCharCode(c));
      expect(isWhiteSpace(c)).toBe(space);
      expect(WHITE_SPACE[c] === 1).toBe(space);
    }
    for (const c of [NaN, -1, 0x10000, 0x110000]) expect(isWhiteSpace(c)).toBe(false);
  });

  it('trimmedStart and trimmedEnd are where trimStart and trimEnd cut', () => {
    for (const text of ['', ' ', '\u3000甲 \u2028', '\ufeff\t乙\u00a0', '丙']) {
      expect(trimmedStart(text)).toBe(text.length - text.trimStart().length);
      expect(trimmedEnd(text)).toBe(text.trimEnd().length);
    }
  });

  it('charClass tests hold for no code outside the table', () => {
    const isMark = charClass('甲、\u0000');
    expect(isMark('甲'.charCodeAt(0))).toBe(true);
    expect(isMark(0)).toBe(true);
    expect(isMark('乙'.charCodeAt(0))).toBe(false);
    for (const c of [NaN, ''.charCodeAt(0), -1, 0x10000, 0x110000]) expect(isMark(c)).toBe(false);
  });
});

describe('codeTable', () => {
  it('marks exactly the listed characters, and white space when asked', () => {
    const ends = codeTable('。；');
    expect([...ends.keys()].filter((c) => ends[c] === 1)).toEqual([0x3002, 0xff1b]);
    const opens = codeTable('专', { whiteSpace: true });
    for (const c of [0x4e13, 0x20, 0x3000, 0x09, 0xfeff]) expect(opens[c]).toBe(1);
    for (const c of [0x4e00, 0x23, 0x41]) expect(opens[c]).toBe(0);
    expect(WHITE_SPACE[0x4e13]).toBe(0); // the white-space table itself is not changed
  });
});
