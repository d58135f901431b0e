/**
 * Numbering styles of Chinese government documents and how a numbered line reads:
 * 第一章 / 第一部分 / 第一节 / 一、 / （一） / 1. / （1）.
 */
import { charClass, trimmedEnd } from './chars.js';
import { parseChineseNumber } from './numerals.js';
import { trailingRun } from '../text/trailing-run.js';

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
type Pattern = readonly [NumberingStyle, RegExp];
const CHAPTER_PATTERNS: readonly Pattern[] = [
  ['chapter', new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*章)\\s*(.*)$`)],
  ['part', new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*部分)\\s*(.*)$`)],
  ['section', new RegExp(`^(第\\s*(${CN}|\\d{1,3})\\s*节)\\s*(.*)$`)],
];
const CN_PATTERNS: readonly Pattern[] = [['cn', new RegExp(`^((${CN})\\s*[、.．])\\s*(.*)$`)]];
const PAREN_PATTERNS: readonly Pattern[] = [
  ['paren-cn', new RegExp(`^([（(]\\s*(${CN})\\s*[）)][、.．]?)\\s*(.*)$`)],
  ['paren-arabic', /^([（(]\s*(\d{1,2})\s*[）)][、.．]?)\s*(.*)$/],
];
// "1.5" is a decimal, not an item number: the separator may not be followed by a digit.
const ARABIC_PATTERNS: readonly Pattern[] = [['arabic', /^((\d{1,2})\s*[.、．](?!\d))\s*(.*)$/]];

/**
 * The patterns that may match a text opening with `first`, in the order they are tried. Each
 * pattern opens with 第, a Chinese numeral, a bracket or a digit, so the first character rules
 * out all others: most lines are settled without running any.
 */
function patternsFor(first: number): readonly Pattern[] {
  if (first === 0x7b2c) return CHAPTER_PATTERNS; // 第
  if (first === 0xff08 || first === 0x28) return PAREN_PATTERNS; // （ or (
  if (first >= 0x30 && first <= 0x39) return ARABIC_PATTERNS;
  return isChineseNumeral(first) ? CN_PATTERNS : [];
}

const isChineseNumeral = charClass('一二三四五六七八九十百零〇两');

// Ends of a heading title: the run-in body starts after the first full stop.
const SENTENCE_END = /[。！？]/;
const TITLE_TAIL = trailingRun(/[；;：:，,\s]/);

/** How a line's text is numbered, or null when it does not start with a numbering. */
export function readNumbering(text: string): NumberedLine | null {
  for (const [style, pattern] of patternsFor(text.charCodeAt(0))) {
    const m = pattern.exec(text);
    if (!m) continue;
    const number = parseChineseNumber(m[2] ?? '');
    if (number === null || number <= 0) continue;
    const rest = (m[3] ?? '').trim();
    const stop = SENTENCE_END.exec(rest);
    // Body text after the stop: something other than white space follows it.
    const runIn = stop !== null && trimmedEnd(rest) > stop.index + 1;
    const title = (stop ? rest.slice(0, stop.index) : rest).replace(TITLE_TAIL, '').trim();
    const numbering = m[1] ?? '';
    return { style, numbering: /\s/.test(numbering) ? numbering.replace(/\s+/g, '') : numbering, number, title, runIn };
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
  if (!HAN.test(title) || title.length > 40) return false;
  if (style === 'arabic' || style === 'paren-arabic') {
    return !runIn && title.length <= 25 && !/[，,；;]/.test(title);
  }
  return true;
}

/** Titles compared across the table of contents and the body: no spaces or punctuation. */
export function titleKey(title: string): string {
  return title.replace(/[\s\p{P}\p{S}]/gu, '');
}
