// parseChineseNumber reads numerals by character code; this pins it to the plain definitions
// (the character-set tests and digit strings of the first version) on generated strings.
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/parse/numerals.js';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Chinese numeral without Arabic digits: 十四, 一百零五, 三千五百万, 二〇三五, 三点五. */
function referenceNumeral(s: string): number | null {
  const [intPart, fracPart] = s.split('点');
  if (intPart === undefined || s.split('点').length > 2) return null;
  const whole = referenceInteger(intPart);
  if (whole === null) return null;
  if (fracPart === undefined) return whole;
  if (fracPart === '' || ![...fracPart].every((c) => c in DIGITS)) return null;
  return Number(`${whole}.${[...fracPart].map((c) => DIGITS[c]).join('')}`);
}

function referenceInteger(s: string): number | null {
  if (s === '') return null;
  const chars = [...s];
  if (!chars.every((c) => c in DIGITS || c in SMALL_UNITS || c in BIG_UNITS)) return null;
  // A multiplier alone (万, 亿) names no quantity.
  if (chars.every((c) => c in BIG_UNITS)) return null;
  // Digit strings without units are read positionally, as years are written: 二〇三五 → 2035.
  // Short runs without 〇 are approximations (三四个 = three or four), not numbers.
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) {
    if (chars.length < 4 && !chars.some((c) => c === '〇')) return null;
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0; // finished 亿 groups
  let section = 0; // finished 万 group below the current 亿
  let group = 0; // below 万
  let digit: number | null = null;
  for (const c of chars) {
    if (c in DIGITS) {
      // Two digits in a row are only valid after 零 (一百零五); 十四五 is a name, not a number.
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[c] ?? 0;
    } else if (c in SMALL_UNITS) {
      group += (digit ?? 1) * (SMALL_UNITS[c] ?? 1); // 十四: a bare 十 means 一十
      digit = null;
    } else if (c === '万') {
      section = (section + group + (digit ?? 0)) * 1e4;
      group = 0;
      digit = null;
    } else {
      total = (total + section + group + (digit ?? 0)) * 1e8;
      section = 0;
      group = 0;
      digit = null;
    }
  }
  return total + section + group + (digit ?? 0);
}


const PLAIN = /^\d+(?:\.\d+)?$/;
function reference(input: string): number | null {
  if (input.length <= 15 && PLAIN.test(input)) return Number(input);
  return /^[0-9０-９.,%％百分之千万亿\s]/.test(input) ? parseChineseNumber(input) : referenceNumeral(input.trim());
}

const CHARS = ['零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '点', '年', '𠀀'];

describe('parseChineseNumber', () => {
  it('reads Chinese numerals as the plain definitions do', () => {
    let seed = 11;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const samples = ['十四', '一百零五', '三千五百万', '二〇三五', '三点五', '三四', '万', '亿万', '十四五', '二〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇一', '一二三四五六七八九〇一二三四五六七'];
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let n = 1 + next(8); n > 0; n--) s += CHARS[next(CHARS.length)];
      samples.push(s);
    }
    for (const s of samples) expect(parseChineseNumber(s), s).toBe(reference(s));
  });

  it('reads plain decimals as Number does, and only those', () => {
    for (const s of ['0', '12', '2025', '95.5', '007', '123456789012345']) expect(parseChineseNumber(s), s).toBe(Number(s));
    for (const s of ['1.', '.5', '1.2.3', '1e5', '0x10']) expect(parseChineseNumber(s), s).toBeNull();
    expect(parseChineseNumber(' 12')).toBe(12);
  });
});
