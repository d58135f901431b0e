/**
 * Numbers as Chinese documents write them: Arabic digits (half- or full-width, with thousands
 * commas), Chinese numerals (一百二十, 两千, 二〇三五), and mixes with a multiplier (3.37亿, 10.33万).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
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

/** Chinese numeral without Arabic digits: 十四, 一百零五, 三千五百万, 二〇三五, 三点五. */
function parseChineseNumeral(s: string): number | null {
  const [intPart, fracPart] = s.split('点');
  if (intPart === undefined || s.split('点').length > 2) return null;
  const whole = parseChineseInteger(intPart);
  if (whole === null) return null;
  if (fracPart === undefined) return whole;
  if (fracPart === '' || ![...fracPart].every((c) => c in DIGITS)) return null;
  return Number(`${whole}.${[...fracPart].map((c) => DIGITS[c]).join('')}`);
}

function parseChineseInteger(s: string): number | null {
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

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;
const ARABIC = /^(\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)([千万亿]*)$/;

/**
 * The number a whole string denotes, or null when it is not just a number.
 * '3.37亿' → 337000000, '10.33万' → 103300, '二〇三五' → 2035, '十四' → 14, '百分之九十' → 90.
 */
export function parseChineseNumber(input: string): number | null {
  // Most numbers in a plan are plain ASCII ("2025", "95.5"): what the general path would return.
  if (input.length <= 15 && PLAIN_DECIMAL.test(input)) return Number(input);
  // A single Chinese digit (the 一 of 一、, the 三 of 第三章): what the general path would return.
  if (input.length === 1 && Object.hasOwn(DIGITS, input)) return DIGITS[input] as number;
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
  for (const m of s.matchAll(NUMBER_PATTERN)) {
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
