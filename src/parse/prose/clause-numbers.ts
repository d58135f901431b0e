/**
 * The numbers of a clause, before anything decides whether they are figures: Arabic numbers with
 * their multiplier, percentages written out (百分之九十) and Chinese numerals right after a bounding
 * word (至少一人). See docs/prose-figures.md.
 */
import { parseChineseNumber } from '../numerals.js';

const CHINESE_AFTER_BOUND = /(至少|不少于|不低于|最少)(建有|配备|安排|设立|有|为)?([一两二三四五六七八九十百千]+)/g;
const PERCENT_WORDS = /百分之(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/g;

const BOUND_WORD = /至少|不少于|不低于|最少/;

export interface NumberAt { start: number; end: number; value: number; percent: boolean }

// Arabic numbers with their multiplier (3.37亿, 2万); the text is already half-width (paragraphs.ts).
// This pattern is read by arabicNumberEnd, character by character (no match array per number).
export const ARABIC_NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?[千万亿]*%?/g;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The end of the ARABIC_NUMBER match that starts at the digit at `start`. Every part after the
 * digits is optional, so taking each part whole when it is there is the pattern's greedy match.
 */
function arabicNumberEnd(text: string, start: number): number {
  // Every read is inside the text (chars.ts says why).
  const n = text.length;
  let i = start + 1;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  while (i + 3 < n && text.charCodeAt(i) === 0x2c && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) i += 4;
  if (i + 1 < n && text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  }
  while (i < n && isScaleWord(text.charCodeAt(i))) i++;
  if (i < n && text.charCodeAt(i) === 0x25) i++; // %
  return i;
}

const isScaleWord = (c: number): boolean => c === 0x5343 || c === 0x4e07 || c === 0x4ebf; // 千 万 亿

/**
 * The value of the number text.slice(start, end) (an ARABIC_NUMBER match without its %), as
 * parseChineseNumber reads it. Up to 15 digits alone, most numbers, are summed in place (exact:
 * below 2^53) with no slice; plain digits with a decimal part (no multiplier at the end, no
 * separator) are what parseChineseNumber reads as Number(text).
 */
function numberValue(text: string, start: number, end: number): number | null {
  let at = start;
  let value = 0;
  for (; at < end; at++) {
    const c = text.charCodeAt(at);
    if (!isDigit(c)) break;
    value = value * 10 + (c - 0x30);
  }
  if (at === end && end - start <= 15) return value;
  const digits = text.slice(start, end);
  const plain = digits.length <= 15 && isDigit(digits.charCodeAt(digits.length - 1)) && !digits.includes(',');
  return plain ? Number(digits) : parseChineseNumber(digits);
}

/**
 * Whether [start, end) overlaps one of `sorted`: intervals that do not overlap one another, by
 * start. Only the last one starting before `end` can: any earlier one ends before it starts.
 */
function overlapsAny(sorted: readonly NumberAt[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && sorted[lo - 1]!.end > start;
}

export function numbersIn(clause: string): NumberAt[] {
  const found: NumberAt[] = [];
  // A number inside a percentage is part of it. The percentages found never overlap one another
  // (a number overlapping one is dropped), so each lookup is a binary search: a clause of
  // thousands of numbers stays linear.
  // "百分之九十", "百分之90": a percentage written out; other readings of its characters are dropped.
  const written: NumberAt[] = [];
  if (clause.includes('百分之')) {
    PERCENT_WORDS.lastIndex = 0;
    for (let m = PERCENT_WORDS.exec(clause); m !== null; m = PERCENT_WORDS.exec(clause)) {
      const value = parseChineseNumber(m[0]);
      const start = m.index;
      if (value !== null) written.push({ start, end: start + m[0].length, value, percent: true });
    }
    found.push(...written);
  }
  // Arabic numbers never overlap one another: only a written-out percentage can hold one.
  const percents: NumberAt[] = [];
  for (let start = 0; start < clause.length; start++) {
    // isDigit, written out: this runs on every character of the clause.
    const c = clause.charCodeAt(start);
    if (c < 0x30 || c > 0x39) continue;
    const end = arabicNumberEnd(clause, start);
    const percent = clause.charCodeAt(end - 1) === 0x25; // %
    const value = numberValue(clause, start, percent ? end - 1 : end);
    if (value !== null && (written.length === 0 || !overlapsAny(written, start, end))) {
      const number = { start, end, value, percent };
      found.push(number);
      if (percent) percents.push(number);
    }
    start = end - 1;
  }
  let inOrder = written.length === 0;
  if (BOUND_WORD.test(clause)) {
    const allPercents = written.length === 0 ? percents : [...written, ...percents].sort((a, b) => a.start - b.start);
    CHINESE_AFTER_BOUND.lastIndex = 0;
    for (let m = CHINESE_AFTER_BOUND.exec(clause); m !== null; m = CHINESE_AFTER_BOUND.exec(clause)) {
      const value = parseChineseNumber(m[3] ?? '');
      const start = m.index + (m[1] ?? '').length + (m[2] ?? '').length;
      const end = start + (m[3] ?? '').length;
      if (value !== null && !overlapsAny(allPercents, start, end)) {
        found.push({ start, end, value, percent: false });
        inOrder = false;
      }
    }
  }
  // Arabic numbers alone are found in order (they never overlap one another).
  return found.length > 1 && !inOrder ? found.sort((a, b) => a.start - b.start) : found;
}
