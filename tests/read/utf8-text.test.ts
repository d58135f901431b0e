import { describe, expect, it } from 'vitest';
import { validUtf8Text } from '../../src/read/utf8-text.js';

/** Every code point from `from` to `to` (surrogates skipped: they have no UTF-8 form). */
function codePoints(from: number, to: number): string {
  const chars: string[] = [];
  for (let code = from; code <= to; code++) if (code < 0xd800 || code > 0xdfff) chars.push(String.fromCodePoint(code));
  return chars.join('');
}

describe('validUtf8Text', () => {
  it.each([
    ['empty', ''],
    ['ASCII only', 'plan 2021\r\n\t\0end'],
    ['hanzi and punctuation', '残疾人保障，“十四五”规划（2021—2025年）\n'],
    ['a leading U+FEFF (kept, as toString keeps it)', '\ufeff\ufeff第一章'],
    ['noncharacters and the last BMP code points', '\ufffe\uffff\ufffd\uffef'],
    ['supplementary characters', '𠀀𪚥😀\u{10ffff}'],
  ])('gives the same string as Buffer#toString for %s', (_name, text) => {
    const bytes = Buffer.from(text, 'utf8');
    expect(validUtf8Text(bytes)).toBe(bytes.toString('utf8'));
    expect(validUtf8Text(bytes)).toBe(text);
  });

  it('gives the same string as Buffer#toString for every code point', () => {
    const bytes = Buffer.from(codePoints(0, 0x10ffff), 'utf8');
    expect(validUtf8Text(bytes) === bytes.toString('utf8')).toBe(true);
  });

  it('decodes a view into a larger buffer, not the whole buffer', () => {
    const whole = Buffer.from('前缀残疾人后缀', 'utf8');
    expect(validUtf8Text(whole.subarray(6, 15))).toBe('残疾人');
  });
});
