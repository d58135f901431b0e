/**
 * Figures in table cells ("≥90", "90以上", "97.88%", "—", "与地区生产总值增长基本同步") and the
 * comparator words around a number, read as Civil Code art. 1259 does: 以上/以下/以内 include the
 * number, 超过/不满/以外 exclude it.
 */
import type { Comparator, Value } from '../model/types.js';
import { findNumbers, toHalfWidth } from './numerals.js';

/** Words that, written right before a number, bound it. Longest first so 不低于 wins over 低于. */
export const COMPARATOR_PREFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ['大于或等于', '>='], ['大于等于', '>='], ['高于或等于', '>='], ['小于或等于', '<='],
  ['小于等于', '<='], ['低于或等于', '<='],
  ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['至少', '>='], ['最少', '>='], ['最低', '>='],
  ['不超过', '<='], ['不高于', '<='], ['不多于', '<='], ['不大于', '<='], ['最多', '<='], ['至多', '<='],
  ['最高', '<='], ['控制在', '<='], ['控制到', '<='], ['降低至', '<='], ['降低到', '<='], ['降至', '<='],
  ['下降到', '<='], ['下降至', '<='],
  ['超过', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'], ['逾', '>'],
  ['不足', '<'], ['低于', '<'], ['不满', '<'], ['未满', '<'], ['少于', '<'], ['小于', '<'],
  ['>=', '>='], ['≥', '>='], ['≧', '>='], ['<=', '<='], ['≤', '<='], ['≦', '<='],
  ['>', '>'], ['<', '<'],
];

/** Words that, written after a number (and its unit), bound it. */
export const COMPARATOR_SUFFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='], ['或以上', '>='], ['以上', '>='],
  ['及以下', '<='], ['或以下', '<='], ['以下', '<='], ['以内', '<='],
  ['以外', '>'],
];

// Verbs that may sit between a comparator word and its number: 不低于达到90, 控制在为5.
const CONNECTIVES = /(?:达到|提高到|提高至|提升到|提升至|增加到|增加至|稳定在|保持在|为|到|至|在)$/;
// What may stand between a number and 以上/以内: a unit (%, 个, 人次, 元/人·月, 个百分点), never a clause.
const UNIT_GAP = /^[^\d，。；：、,.;:！？!?（）()\s]{0,6}?$/;

function prefixComparator(before: string): Comparator | null {
  let text = toHalfWidth(before).trimEnd();
  for (let i = 0; i < 2; i++) {
    for (const [word, op] of COMPARATOR_PREFIXES) if (text.endsWith(word)) return op;
    const stripped = text.replace(CONNECTIVES, '').trimEnd();
    if (stripped === text) break;
    text = stripped;
  }
  return null;
}

function suffixComparator(after: string): Comparator | null {
  const text = toHalfWidth(after).replace(/^\s+/, '');
  for (const [word, op] of COMPARATOR_SUFFIXES) {
    const at = text.indexOf(word);
    if (at >= 0 && UNIT_GAP.test(text.slice(0, at))) return op;
  }
  return null;
}

/**
 * The comparator that the words around a number express, or null when they express none
 * (the caller then reads the number as '='). `before` is the text up to the number, `after`
 * the text following it. A word right before the number wins over one after it.
 */
export function comparatorFromWords(before: string, after: string): Comparator | null {
  return prefixComparator(before) ?? suffixComparator(after);
}

// Cells that mean "no figure": dashes of every width, slashes, 无.
const EMPTY_CELL = /^[\s\-—–－―─_/／\\、.。…·无]*$/;
const RELATIVE_UP = /(?:提高|提升|增加|增长|上升)[^\d]{0,3}$/;
const RELATIVE_DOWN = /(?:降低|下降|减少)[^\d]{0,3}$/;

/**
 * A table cell's figure. '—' and empty cells → null; text without any number → qualitative.
 * A range ("85-90", "85～90") is read as at least its lower bound. "提高5个百分点" is a delta:
 * {op '>=', value 5, relativeTo 'baseline'}; "降低5个百分点" → {op '<=', value -5, relativeTo}.
 */
export function parseValue(input: string): Value | null {
  const text = input.trim();
  if (EMPTY_CELL.test(text)) return null;
  const normal = toHalfWidth(text);
  const arabic = findNumbers(normal);
  // Chinese numerals only when the cell is short enough to be a figure, not a sentence.
  const tokens = arabic.length > 0 || normal.length > 12 ? arabic : findNumbers(normal, { chinese: true });
  const first = tokens[0];
  if (!first) {
    return /[\p{Script=Han}A-Za-z]/u.test(text) ? { op: 'qualitative', value: null, text } : null;
  }
  const before = normal.slice(0, first.start);
  const value = first.value;
  const after = normal.slice(first.end);
  if (/个?百分点/.test(after) && (RELATIVE_UP.test(before) || RELATIVE_DOWN.test(before))) {
    const down = RELATIVE_DOWN.test(before);
    return { op: down ? '<=' : '>=', value: down ? -value : value, text, relativeTo: 'baseline' };
  }
  const second = tokens[1];
  const isRange = second !== undefined && /^\s*[%]?\s*[-~～—–至到]\s*$/.test(normal.slice(first.end, second.start));
  const op = isRange ? '>=' : (comparatorFromWords(before, after) ?? '=');
  return { op, value, text };
}
