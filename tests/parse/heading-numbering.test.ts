// readNumbering finds the title's end and tail with character loops; pinned here to the regex
// reading it replaced, on random lines made of the characters that matter.
import { describe, expect, it } from 'vitest';
import { opensNumbering, readNumbering, type NumberedLine } from '../../src/parse/heading-numbering.js';
import { parseChineseNumber } from '../../src/parse/numerals.js';

const CN = '[一二三四五六七八九十百零〇两]+';
const PATTERNS: Array<[NumberedLine['style'], RegExp]> = [
  ['chapter', new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*章)\\s*(.*)$`)],
  ['part', new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*部分)\\s*(.*)$`)],
  ['section', new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*节)\\s*(.*)$`)],
  ['cn', new RegExp(`^((${CN})\\s*[、.．])\\s*(.*)$`)],
  ['paren-cn', new RegExp(`^([（(]\\s*(${CN})\\s*[）)][、.．]?)\\s*(.*)$`)],
  ['paren-arabic', /^([（(]\s*(\d{1,2})\s*[）)][、.．]?)\s*(.*)$/],
  ['arabic', /^((\d{1,2})\s*[.、．](?!\d))\s*(.*)$/],
];

function reference(text: string): NumberedLine | null {
  for (const [style, pattern] of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const number = parseChineseNumber(m[2] ?? '');
    if (number === null || number <= 0) continue;
    const rest = (m[3] ?? '').trim();
    const stop = /[。！？]/.exec(rest);
    const runIn = stop !== null && rest.trimEnd().length > stop.index + 1;
    const title = (stop ? rest.slice(0, stop.index) : rest).replace(/(?<![；;：:，,\s])[；;：:，,\s]+$/, '').trim();
    const numbering = m[1] ?? '';
    return { style, numbering: numbering.replace(/\s+/g, ''), number, title, runIn };
  }
  return null;
}

describe('readNumbering', () => {
  it('reads as the regex reference on random lines', () => {
    const alphabet = ['1', '2', '0', '12', '第', '章', '节', '部分', '一', '十', '两', '（', '(', '）', ')', '、', '.', '．',
      '。', '！', '？', '；', ';', '：', '，', ',', ' ', '\u3000', '\u2028', '\u2029', '\n', '\r', '\t', '甲', '乙', '3.5'];
    let seed = 5;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 20000; k++) {
      const text = Array.from({ length: 1 + next(12) }, () => alphabet[next(alphabet.length)]).join('');
      expect(readNumbering(text), JSON.stringify(text)).toEqual(reference(text));
      if (readNumbering(text) !== null) expect(opensNumbering(text.charCodeAt(0))).toBe(true);
    }
  });
});
