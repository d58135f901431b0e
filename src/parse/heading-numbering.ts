/**
 * Numbering styles of Chinese government documents and how a numbered line reads:
 * 第一章 / 第一部分 / 第一节 / 一、 / （一） / 1. / （1）.
 */
import { charClass, trimmedEnd, WHITE_SPACE } from './chars.js';
import { parseChineseNumber } from './numerals.js';

export type NumberingStyle = 'chapter' | 'part' | 'section' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic';

export interface NumberedLine {
  style: NumberingStyle;
  /** The numbering as printed, trimmed ("第一章", "一、", "(一)", "1."). */
  numbering: string;
  /** Its ordinal (第三章 → 3). */
  number: number;
  /** Text after the numbering; for a run-in heading ("（一）加强组织保障。各县…") the part before 。. */
  title: string;
  /** True when body text follows the title on the same line. */
  runIn: boolean;
}

const CN = '[一二三四五六七八九十百零〇两]+';
interface Pattern {
  style: NumberingStyle;
  /** Groups: 1 the numbering, 2 its number, 3 the text after it. */
  regex: RegExp;
}
const CHAPTER_PATTERNS: readonly Pattern[] = [
  { style: 'chapter', regex: new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*章)\\s*(.*)$`) },
  { style: 'part', regex: new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*部分)\\s*(.*)$`) },
  { style: 'section', regex: new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*节)\\s*(.*)$`) },
];
const CN_PATTERNS: readonly Pattern[] = [{ style: 'cn', regex: new RegExp(`^((${CN})\\s*[、.．])\\s*(.*)$`) }];
const PAREN_PATTERNS: readonly Pattern[] = [
  { style: 'paren-cn', regex: new RegExp(`^([（(]\\s*(${CN})\\s*[）)][、.．]?)\\s*(.*)$`) },
  { style: 'paren-arabic', regex: /^([（(]\s*(\d{1,2})\s*[）)][、.．]?)\s*(.*)$/ },
];
// "1.5" is a decimal, not an item number: the separator may not be followed by a digit.
const ARABIC_PATTERNS: readonly Pattern[] = [{ style: 'arabic', regex: /^((\d{1,2})\s*[.、．](?!\d))\s*(.*)$/ }];
const NO_PATTERNS: readonly Pattern[] = [];

/**
 * The patterns that may match a text opening with `first`, in the order they are tried. Each
 * pattern opens with 第, a Chinese numeral, a bracket or a digit, so the first character rules
 * out all others: most lines are settled without running any.
 */
function patternsFor(first: number): readonly Pattern[] {
  if (first === 0x7b2c) return CHAPTER_PATTERNS; // 第
  if (first === 0xff08 || first === 0x28) return PAREN_PATTERNS; // （ or (
  if (first >= 0x30 && first <= 0x39) return ARABIC_PATTERNS;
  return isChineseNumeral(first) ? CN_PATTERNS : NO_PATTERNS;
}

const isChineseNumeral = charClass('一二三四五六七八九十百零〇两');

/** Whether a text opening with `first` may be numbered: readNumbering is null for any other. */
export function opensNumbering(first: number): boolean {
  return first === 0x7b2c || first === 0xff08 || first === 0x28 || (first >= 0x30 && first <= 0x39) || isChineseNumeral(first);
}

/** Where the title ends: at the first full stop (。！？), the run-in body starts after it; -1 when none. */
function sentenceEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return i;
  }
  return -1;
}

/** Where `text.slice(0, end)` ends without its trailing run of [；;：:，,\s] (the title's tail). */
function withoutTail(text: string, end: number): number {
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (!(c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0xff0c || c === 0x2c || WHITE_SPACE[c] === 1)) break;
    end--;
  }
  return end;
}

/** `/\s/.test(text)`, for the few characters of a numbering. */
function holdsWhiteSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (WHITE_SPACE[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** The numbered line a pattern's groups make (numbering, its number, the text after it). */
function numberedLine(style: NumberingStyle, numbering: string, number: number, after: string): NumberedLine {
  const rest = after.trim();
  const stop = sentenceEnd(rest);
  // Body text after the stop: something other than white space follows it.
  const runIn = stop >= 0 && trimmedEnd(rest) > stop + 1;
  const title = rest.slice(0, withoutTail(rest, stop >= 0 ? stop : rest.length)).trim();
  return { style, numbering: holdsWhiteSpace(numbering) ? numbering.replace(/\s+/g, '') : numbering, number, title, runIn };
}

/** How a line's text is numbered, or null when it does not start with a numbering. */
export function readNumbering(text: string): NumberedLine | null {
  const patterns = patternsFor(text.charCodeAt(0));
  for (let k = 0; k < patterns.length; k++) {
    const { style, regex } = patterns[k] as Pattern;
    const m = regex.exec(text);
    if (!m) continue;
    const digits = m[2] ?? '';
    // Arabic digits (all of the group when it opens with one) read as parseChineseNumber would.
    const first = digits.charCodeAt(0);
    const number = first >= 0x30 && first <= 0x39 ? Number(digits) : parseChineseNumber(digits);
    if (number === null || number <= 0) continue;
    return numberedLine(style, m[1] ?? '', number, m[3] ?? '');
  }
  return null;
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether a numbered line has the shape of a heading rather than a numbered paragraph.
 * Chapter-to-（一） styles may run in ("（一）加强组织保障。各县…"); Arabic items only count
 * as headings when the line is a short title, since "1.巩固拓展脱贫攻坚成果。巩固…" is a list item.
 */
export function looksLikeHeading(numbered: NumberedLine): boolean {
  const { title, style, runIn } = numbered;
  const item = style === 'arabic' || style === 'paren-arabic';
  // The cheap tests first: most Arabic items run in.
  if ((item && (runIn || title.length > 25)) || title.length > 40 || !HAN.test(title)) return false;
  return !item || !/[，,；;]/.test(title);
}

/** Titles compared across the table of contents and the body: no spaces or punctuation. */
export function titleKey(title: string): string {
  return title.replace(/[\s\p{P}\p{S}]/gu, '');
}
