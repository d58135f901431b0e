/**
 * Chinese numerals without Arabic digits (十四, 一百零五, 三千五百万, 二〇三五, 三点五), read by
 * character code.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

// Each numeral character's kind and value by code: DIGIT (value 0–9), SMALL_UNIT (十 百 千,
// value the power of ten), BIG_UNIT (万 亿, likewise). The parse reads a numeral per character.
const DIGIT = 1;
const SMALL_UNIT = 2;
const BIG_UNIT = 3;
const KIND = new Uint8Array(0x10000);
const VALUE = new Uint8Array(0x10000);
const POWERS_OF_TEN = [1, 10, 100, 1000];
const mark = (c: string, kind: number, value: number): void => {
  KIND[c.charCodeAt(0)] = kind;
  VALUE[c.charCodeAt(0)] = value;
};
for (const [c, value] of Object.entries(DIGITS)) mark(c, DIGIT, value);
for (const [c, power] of [['十', 1], ['百', 2], ['千', 3]] as const) mark(c, SMALL_UNIT, power);
for (const [c, power] of [['万', 4], ['亿', 8]] as const) mark(c, BIG_UNIT, power);

/** Chinese numeral without Arabic digits: 十四, 一百零五, 三千五百万, 二〇三五, 三点五. */
export function parseChineseNumeral(s: string): number | null {
  const point = s.indexOf('点');
  if (point >= 0 && s.indexOf('点', point + 1) >= 0) return null;
  const whole = parseChineseInteger(point < 0 ? s : s.slice(0, point));
  if (whole === null) return null;
  if (point < 0) return whole;
  const fracPart = s.slice(point + 1);
  if (fracPart === '' || ![...fracPart].every((c) => c in DIGITS)) return null;
  return Number(`${whole}.${[...fracPart].map((c) => DIGITS[c]).join('')}`);
}

/** The integer a string of numeral characters denotes, by their codes (see KIND). */
function parseChineseInteger(s: string): number | null {
  if (s === '') return null;
  let units = 0; // characters that are not digits
  let big = 0;
  let zero = false; // a 〇 among them
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const kind = KIND[c]!;
    if (kind === 0) return null;
    if (kind !== DIGIT) units++;
    if (kind === BIG_UNIT) big++;
    if (c === 0x3007) zero = true;
  }
  // A multiplier alone (万, 亿) names no quantity.
  if (big === s.length) return null;
  // Digit strings without units are read positionally, as years are written: 二〇三五 → 2035.
  // Short runs without 〇 are approximations (三四个 = three or four), not numbers.
  if (s.length > 1 && units === 0) {
    if (s.length < 4 && !zero) return null;
    return positional(s);
  }
  let total = 0; // finished 亿 groups
  let section = 0; // finished 万 group below the current 亿
  let group = 0; // below 万
  let digit: number | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const kind = KIND[c]!;
    if (kind === DIGIT) {
      // Two digits in a row are only valid after 零 (一百零五); 十四五 is a name, not a number.
      if (digit !== null && digit !== 0) return null;
      digit = VALUE[c]!;
    } else if (kind === SMALL_UNIT) {
      group += (digit ?? 1) * POWERS_OF_TEN[VALUE[c]!]!; // 十四: a bare 十 means 一十
      digit = null;
    } else if (c === 0x4e07) { // 万
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

/** A run of digit characters read as a decimal numeral (二〇三五 → 2035). */
function positional(s: string): number {
  // Up to 15 digits the sum is exact; longer runs are rounded as Number rounds their digits.
  if (s.length > 15) return Number([...s].map((c) => DIGITS[c]).join(''));
  let value = 0;
  for (let i = 0; i < s.length; i++) value = value * 10 + VALUE[s.charCodeAt(i)]!;
  return value;
}

/** The value of a single Chinese digit (一 → 1), or null for any other string. */
export function chineseDigit(s: string): number | null {
  if (s.length !== 1) return null;
  const c = s.charCodeAt(0);
  return KIND[c] === DIGIT ? VALUE[c]! : null;
}
