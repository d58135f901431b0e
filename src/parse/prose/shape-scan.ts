/**
 * The figure shapes of gate.ts found by one pass, in place of up to four regex scans. Nine
 * paragraphs in ten hold none, so this pass is what nearly all prose costs.
 *
 * A match of any shape holds an anchor: a digit (Arabic numbers and bounded digits), 少/低 (a
 * Chinese numeral after 至少/不少于/不低于/最少) or 百 (百分之). The pass reads every other character
 * and tests the anchors next to the ones that may stand beside an anchor (figureShapeAt). At an
 * anchor the shape is checked by character code exactly as the pattern reads it, so a text holds
 * an anchor that passes exactly when it holds a match (tests/prose/shape-scan.test.ts compares
 * them). A character-class pattern that finds the anchors costs more than this loop, whether it
 * finds only the first one or jumps from each to the next (a call per anchor).
 */
import { fullWidthOf, HALF_WIDTH_MAPPED } from '../numerals.js';
import { PROSE_UNITS } from './units.js';
import { WHITE_SPACE_CHARS } from '../chars.js';

// gate.ts BOUNDED_DIGIT and CHINESE_NUMBER_AFTER_BOUND, as word lists.
const BOUNDS_BEFORE_DIGIT = ['不低于', '不少于', '至少', '不超过', '超过', '控制在', '达到'];
const BOUNDS_BEFORE_NUMERAL = ['至少', '不少于', '不低于', '最少'];
const VERBS_AFTER_BOUND = ['建有', '配备', '安排', '设立', '有', '为'];

// Character roles, one bit each, by code unit.
const DIGIT = 1;
const UNIT_START = 2;
const MULTIPLIER = 4;
const SPACE = 8;
const NUMERAL = 16;
const ANCHOR = 32;
const BOUND_END = 64;
const LEAD_WORD = 128;
const BOUND_START = 256;
const PERCENT_NEXT = 512;

const ROLES = new Uint16Array(0x10000);
const mark = (chars: Iterable<string>, role: number): void => {
  for (const ch of chars) ROLES[ch.charCodeAt(0)]! |= role;
};
const eitherWidth = (c: string): string => (HALF_WIDTH_MAPPED.includes(c) ? c + fullWidthOf(c) : c);

mark('0123456789０１２３４５６７８９', DIGIT);
// The first character of every written unit (gate.ts UNIT_START).
mark(PROSE_UNITS.map((u) => eitherWidth(u.written.charAt(0))).join(''), UNIT_START);
mark('千万亿', MULTIPLIER);
mark(WHITE_SPACE_CHARS, SPACE);
mark('一两二三四五六七八九十百千', NUMERAL);
mark('0123456789０１２３４５６７８９少低百', ANCHOR);
// The last character of every word in BOUNDS_BEFORE_DIGIT: a bounded digit follows one, or a space.
mark(BOUNDS_BEFORE_DIGIT.map((w) => w.charAt(w.length - 1)), BOUND_END);
mark('余多', LEAD_WORD);
// What stands before the 少 of 至少/最少 (不少于/不低于 end in 于, a BOUND_END), and after the 百 of 百分之.
mark('至最', BOUND_START);
mark('分', PERCENT_NEXT);
// Characters that may stand right after a shape's anchor: a unit lead after a number's last digit,
// the 于 of 不少于/不低于 after 少/低, the 分 after 百; and right before one: the space or bounding
// word before a bounded digit, 至/最 before 少 (see figureShapeAt).
const FOLLOWS_ANCHOR = UNIT_START | MULTIPLIER | SPACE | LEAD_WORD | BOUND_END | PERCENT_NEXT;
const PRECEDES_ANCHOR = SPACE | BOUND_END | BOUND_START;
const NEAR_SHAPE = ANCHOR | FOLLOWS_ANCHOR | PRECEDES_ANCHOR;

const role = (text: string, i: number): number => (i < text.length ? ROLES[text.charCodeAt(i)]! : 0);

/** Whether a unit starts at `i` after the lead /\s*(?:[余多]\s*)?/ (greedy is exact: no unit starts with a space or 余/多). */
function unitAfterLead(text: string, i: number): boolean {
  let at = i;
  while ((role(text, at) & SPACE) !== 0) at++;
  const c = text.charCodeAt(at);
  if (c === 0x4f59 /* 余 */ || c === 0x591a /* 多 */) {
    at++;
    while ((role(text, at) & SPACE) !== 0) at++;
  }
  return (role(text, at) & UNIT_START) !== 0;
}

/** [0-9][千万亿]*LEAD UNIT_START with `last` the digit: only the last digit of a run can be followed by anything else. */
function numberWithUnit(text: string, last: number): boolean {
  let at = last + 1;
  let r = role(text, at);
  while ((r & MULTIPLIER) !== 0) r = role(text, ++at);
  // Most numbers are followed right away by their unit, or by nothing that could lead to one.
  if ((r & UNIT_START) !== 0) return true;
  return (r & (SPACE | LEAD_WORD)) !== 0 && unitAfterLead(text, at);
}

/** BOUND\s*[0-9] with `first` the digit, the bounding word starting at or after `from`: only a run's first digit can follow one. */
function boundedDigit(text: string, first: number, from: number): boolean {
  let end = first;
  while (end > from && (ROLES[text.charCodeAt(end - 1)]! & SPACE) !== 0) end--;
  if (end === from || (ROLES[text.charCodeAt(end - 1)]! & BOUND_END) === 0) return false;
  for (const word of BOUNDS_BEFORE_DIGIT) if (end - word.length >= from && text.startsWith(word, end - word.length)) return true;
  return false;
}

/** The length of the first of `words` that starts at `i`, or 0. */
function startingAt(text: string, i: number, words: readonly string[]): number {
  for (const word of words) if (text.startsWith(word, i)) return word.length;
  return 0;
}

/**
 * 少/低/百 at `i`: a Chinese numeral after a bounding word (starting at or after `from`, its second
 * character at `i`) and an optional verb, then a unit; or 百分之.
 */
function wordShape(text: string, i: number, from: number): boolean {
  if (text.startsWith('百分之', i)) return true;
  if (i - 1 < from) return false;
  const word = startingAt(text, i - 1, BOUNDS_BEFORE_NUMERAL);
  if (word === 0) return false;
  let at = i - 1 + word;
  // No verb starts with a numeral: a verb that matches is taken (the pattern's backtracking finds nothing else).
  at += startingAt(text, at, VERBS_AFTER_BOUND);
  const numerals = at;
  while ((role(text, at) & NUMERAL) !== 0) at++;
  if (at === numerals) return false;
  // Backtracking into the numerals: 百 is itself a unit start ("至少一百…" matches as 一 + 百).
  for (let k = numerals + 1; k < at; k++) if (text.charCodeAt(k) === 0x767e /* 百 */) return true;
  return unitAfterLead(text, at);
}

/**
 * Whether a bounding word stands right before a digit (BOUNDED_DIGIT of gate.ts). Every other
 * character is read, as in figureShapeAt: the digit, or the space or word end right before it, is one.
 */
export function holdsBoundedDigit(text: string): boolean {
  for (let i = 0; i < text.length; i += 2) {
    const r = ROLES[text.charCodeAt(i)]!;
    if ((r & DIGIT) !== 0 && boundedDigit(text, i, 0)) return true;
    if ((r & (SPACE | BOUND_END)) !== 0 && (role(text, i + 1) & DIGIT) !== 0 && boundedDigit(text, i + 1, 0)) return true;
  }
  return false;
}

/** Whether a shape is anchored at `p` (an ANCHOR): a digit ending a number with its unit or following a bounding word, 少/低 or 百. */
function shapeAt(text: string, p: number, from: number, bounded: boolean): boolean {
  if ((ROLES[text.charCodeAt(p)]! & DIGIT) === 0) return wordShape(text, p, from);
  // Within a run of digits both fail: a number ends at its last digit, a bounded one starts at its first.
  return (bounded && boundedDigit(text, p, from)) || numberWithUnit(text, p);
}

/**
 * The offset of a character of the first figure shape at or after `from` (within that match, so in
 * the same sentence as its start), or -1. `bounded`: a bounding word before a digit counts too.
 *
 * Every other character is read: each shape holds its anchor and, next to it, a character that
 * FOLLOWS_ANCHOR or PRECEDES_ANCHOR. So every shape's anchor is a read character or a neighbour of
 * one of these, and is tested from there. The three positions tested from one read character lie
 * in one sentence (it is no end mark, and an end mark before it is no anchor).
 */
export function figureShapeAt(text: string, from: number, bounded: boolean): number {
  const n = text.length;
  for (let i = from; i < n; i += 2) {
    const r = ROLES[text.charCodeAt(i)]!;
    if ((r & NEAR_SHAPE) === 0) continue;
    if ((r & FOLLOWS_ANCHOR) !== 0 && i > from && (ROLES[text.charCodeAt(i - 1)]! & ANCHOR) !== 0 && shapeAt(text, i - 1, from, bounded)) return i - 1;
    if ((r & ANCHOR) !== 0 && shapeAt(text, i, from, bounded)) return i;
    if ((r & PRECEDES_ANCHOR) !== 0 && i + 1 < n && (ROLES[text.charCodeAt(i + 1)]! & ANCHOR) !== 0 && shapeAt(text, i + 1, from, bounded)) return i + 1;
  }
  return -1;
}
