// splitLines reads the text's code units through a buffer it reuses between texts: a text after
// a longer one, lone surrogates and a text longer than the kept buffer read as the per-line reference.
import { describe, expect, it } from 'vitest';
import { referenceSplit } from './lines-reference.js';
import { splitLines, splitText, type Line } from '../../src/parse/lines.js';

describe('splitLines through its code-unit buffer', () => {
  it('reads a short text after a long one without the long one\'s rest', () => {
    const long = '甲  乙  丙\n'.repeat(5000) + '丁\t戊\r';
    expect(splitLines(long)).toEqual(referenceSplit(long));
    for (const text of ['甲\r', '  \r', '*', '\t', '乙 ']) expect(splitLines(text)).toEqual(referenceSplit(text));
  });

  it('reads lone surrogates and a text longer than the kept buffer', () => {
    const odd = '\ud800\t\udc00  丙\n**\ud83d\ude00**\r\n\udbff\u3000';
    expect(splitLines(odd)).toEqual(referenceSplit(odd));
    const huge = '序号  指标  目标\n'.repeat(120000) + '##  标题\t';
    expect(splitLines(huge)).toEqual(referenceSplit(huge));
  });

  it('tells whether the text may be binary and whether it is blank, as the scans it replaces', () => {
    const alphabet = ['甲', ' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u0008', '\u000b', '\u000e', '\u001f', '\u007f', '\ufffd', '\ufeff', '\uff0c', '\u3000'];
    let seed = 13;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: next(10) }, () => alphabet[next(alphabet.length)]).join('');
      const split = splitText(text);
      expect(split.suspect, JSON.stringify(text)).toBe(/[\u0000\ufffd\u0001-\u0008\u000e-\u001f]/.test(text));
      expect(split.blank).toBe(split.lines.every((l) => l.text === ''));
      expect(split.lines).toEqual(referenceSplit(text));
    }
  });
});
