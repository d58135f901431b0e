/**
 * The words that bound a number, read as Civil Code art. 1259 does (via values.ts): a bounding word
 * right before it (不低于, 至少, 控制在, possibly with 每人每月/达到/建有 in between), one a few
 * characters back ("不低于低保标准的50%"), or one right after its unit (以上, 以内).
 */
import type { Comparator } from '../../model/types.js';
import { COMPARATOR_PREFIXES, COMPARATOR_SUFFIXES } from '../values.js';
import { isWhiteSpace, trimmedStart } from '../chars.js';

// Words that may stand between a bounding word and its number: 不低于达到, 至少建有, 每人每月再给予不低于.
const FILLER_WORDS = ['每人每月', '每人每年', '每户每年', '每人', '每户', '人均', '户均', '平均', '每月', '每年', '再给予', '给予', '建有', '配备', '安排', '获得', '达到', '有', '为', '到', '至', '在', '再'];
const FILLER = new RegExp(`(?:${FILLER_WORDS.join('|')}|\\s)$`);
// Their last characters: text that ends otherwise (and not in a space) holds no filler to strip.
const FILLER_LAST = new Set(FILLER_WORDS.map((w) => w.charCodeAt(w.length - 1)));

// A FILLER match is at most its longest word: only that much of the text's end can hold it.
const FILLER_SPAN = Math.max(1, ...FILLER_WORDS.map((w) => w.length));

// The bounding words by their last character (code), in list order: only those can end the text.
const PREFIXES_BY_LAST = new Map<number, Array<readonly [string, Comparator]>>();
for (const entry of COMPARATOR_PREFIXES) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  const list = PREFIXES_BY_LAST.get(last);
  if (list) list.push(entry);
  else PREFIXES_BY_LAST.set(last, [entry]);
}

/** text.replace(pattern, '') for a `…$` pattern whose matches are at most `span` characters long. */
export function stripEnd(text: string, pattern: RegExp, span: number): string {
  if (text.length <= span) return text.replace(pattern, '');
  const cut = text.length - span;
  const tail = text.slice(cut);
  const stripped = tail.replace(pattern, '');
  return stripped === tail ? text : text.slice(0, cut) + stripped;
}

export function adjacentBound(before: string): { op: Comparator; at: number } | null {
  let text = before;
  for (let i = 0; i < 4 && text !== ''; i++) {
    const last = text.charCodeAt(text.length - 1);
    const candidates = PREFIXES_BY_LAST.get(last);
    if (candidates) for (const [word, op] of candidates) if (text.endsWith(word)) return { op, at: text.length - word.length };
    if (!FILLER_LAST.has(last) && !isWhiteSpace(last)) return null;
    const stripped = stripEnd(text, FILLER, FILLER_SPAN);
    if (stripped === text) return null;
    text = stripped;
  }
  return null;
}

// Bounding words, not signs, that nearbyBound looks for a few characters back.
const NEARBY_WORDS = COMPARATOR_PREFIXES.filter(([word]) => word.length >= 2 && !/[<>=≥≤]/.test(word));

// The window nearbyBound looks in: the last ten characters before the number.
const NEARBY_SPAN = 10;
// NEARBY_WORDS by their first character (code), and a table of those characters (most hold none).
const NEARBY_BY_FIRST = new Map<number, Array<readonly [string, Comparator]>>();
const NEARBY_FIRST = new Uint8Array(0x10000);
for (const entry of NEARBY_WORDS) {
  const first = entry[0].charCodeAt(0);
  NEARBY_FIRST[first] = 1;
  const list = NEARBY_BY_FIRST.get(first);
  if (list) list.push(entry);
  else NEARBY_BY_FIRST.set(first, [entry]);
}

// A bounding word a few characters further back: 不低于低保标准的50%.
// The latest-ending word wins, the longer on a tie, so 不低于 is not read as 低于.
export function nearbyBound(before: string): { op: Comparator; at: number } | null {
  let op: Comparator | null = null;
  let at = -1;
  let end = -1;
  // Every word that starts in the window, from its start: on a tie the earlier start (the longer word) is found first.
  for (let i = Math.max(0, before.length - NEARBY_SPAN); i < before.length; i++) {
    const first = before.charCodeAt(i);
    if (NEARBY_FIRST[first] === 0) continue;
    for (const [word, wordOp] of NEARBY_BY_FIRST.get(first) ?? []) {
      const wordEnd = i + word.length;
      if (wordEnd > end && before.startsWith(word, i)) {
        op = wordOp;
        at = i;
        end = wordEnd;
      }
    }
  }
  return op === null ? null : { op, at };
}

const LEADING_SPACE = /^\s+/;
// The first characters of the suffixes (及以上, 以内…): most numbers are followed by none.
const SUFFIX_FIRSTS = new Set(COMPARATOR_SUFFIXES.map(([word]) => word.charCodeAt(0)));

const opensWithSuffix = (text: string, at: number): boolean => at < text.length && SUFFIX_FIRSTS.has(text.charCodeAt(at));

export function suffixBound(after: string): { op: Comparator; length: number } | null {
  if (after === '') return null;
  const first = after.charCodeAt(0);
  // Most numbers are followed by neither a suffix nor a space.
  if (!SUFFIX_FIRSTS.has(first) && !(isWhiteSpace(first) && opensWithSuffix(after, trimmedStart(after)))) return null;
  const text = after.replace(LEADING_SPACE, '');
  for (const [word, op] of COMPARATOR_SUFFIXES) {
    if (text.startsWith(word)) return { op, length: after.length - text.length + word.length };
  }
  return null;
}
