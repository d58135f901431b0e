/**
 * Numbers as Chinese documents write them: Arabic digits (half- or full-width, with thousands
 * commas), Chinese numerals (一百二十, 两千, 二〇三五), and mixes with a multiplier (3.37亿, 10.33万).
 */
import { chineseDigit, parseChineseNumeral } from './numerals-chinese.js';

const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Full-width digits, dot, percent and comparison signs → ASCII, so one set of patterns suffices.
 * Length-preserving, so offsets found in the result hold in the input. The full-width comma is
 * left alone: in Chinese text it separates clauses ("5，100人" is not 5100).
 */
/** The ASCII characters toHalfWidth produces; each one's full-width form sits at its code + 0xfee0. */
export const HALF_WIDTH_MAPPED = '0123456789.%<>=';
export const fullWidthOf = (c: string): string => String.fromCharCode(c.charCodeAt(0) + 0xfee0);
const FULL_WIDTH_CLASS = `[${[...HALF_WIDTH_MAPPED].map(fullWidthOf).join('')}]`;
const FULL_WIDTH = new RegExp(FULL_WIDTH_CLASS, 'g');
const ANY_FULL_WIDTH = new RegExp(FULL_WIDTH_CLASS);

export function toHalfWidth(s: string): string {
  // Most strings hold none of them, and a test costs far less than a replace that finds nothing.
  if (!ANY_FULL_WIDTH.test(s)) return s;
  // Every character it maps sits at its ASCII code + 0xfee0 (０ → 0, ． → ., ％ → %, ＞ → >).
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// Floating-point products like 3.37 * 1e8 drift (336999999.99999994); round to the digits written.
function scale(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}

/** /^\d+(?:\.\d+)?$/.test(s), by code. */
function isPlainDecimal(s: string): boolean {
  let i = 0;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  if (i === 0 || i === s.length) return i > 0;
  if (s.charCodeAt(i) !== 0x2e) return false;
  const fraction = ++i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i === s.length && i > fraction;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const ARABIC = /^(\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)([千万亿]*)$/;

/**
 * The number a whole string denotes, or null when it is not just a number.
 * '3.37亿' → 337000000, '10.33万' → 103300, '二〇三五' → 2035, '十四' → 14, '百分之九十' → 90.
 */
export function parseChineseNumber(input: string): number | null {
  // Most numbers in a plan are plain ASCII ("2025", "95.5"): what the general path would return.
  if (input.length <= 15 && isPlainDecimal(input)) return Number(input);
  // A single Chinese digit (the 一 of 一、, the 三 of 第三章): what the general path would return.
  const digit = chineseDigit(input);
  if (digit !== null) return digit;
  const trimmed = toHalfWidth(input).trim();
  const s = trimmed.startsWith('百分之') ? trimmed.slice(3) : trimmed;
  if (s === '') return null;
  const arabic = ARABIC.exec(s);
  if (arabic) {
    let value = Number((arabic[1] ?? '').replace(/,/g, ''));
    for (const unit of arabic[2] ?? '') value = scale(value, SMALL_UNITS[unit] ?? BIG_UNITS[unit] ?? 1);
    return Number.isFinite(value) ? value : null;
  }
  return parseChineseNumeral(s);
}

export interface NumberToken {
  value: number;
  /** The characters the number was read from. */
  raw: string;
  start: number;
  end: number;
  /** True when written as a percentage (97.88%, 百分之九十). */
  percent: boolean;
}

const NUMBER_PATTERN =
  /(百分之)?([零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)|(\d+(?:,\d{3}(?!\d))*(?:\.\d+)?[千万亿]*)(%)?/g;

/**
 * Every number in a string, in order. Chinese numerals are only taken when `chinese` is set,
 * because in prose 一 and 万 are mostly parts of words (统一, 万众一心).
 */
export function findNumbers(input: string, options: { chinese?: boolean } = {}): NumberToken[] {
  const s = toHalfWidth(input);
  const tokens: NumberToken[] = [];
  // An exec loop, not matchAll: that copies the pattern and makes an iterator on every call.
  // One shared /g pattern (matchAll would copy it per call): nothing in the loop may use it again.
  NUMBER_PATTERN.lastIndex = 0;
  for (let m = NUMBER_PATTERN.exec(s); m !== null; m = NUMBER_PATTERN.exec(s)) {
    const isChinese = m[2] !== undefined;
    if (isChinese && !options.chinese) continue;
    const raw = m[0];
    const value = parseChineseNumber(isChinese ? (m[2] ?? '') : (m[3] ?? ''));
    if (value === null) continue;
    const start = m.index ?? 0;
    tokens.push({ value, raw, start, end: start + raw.length, percent: Boolean(m[1] || m[4]) });
  }
  return tokens;
}
