/**
 * The words that bound a number, read as Civil Code art. 1259 does (via values.ts): a bounding word
 * right before it (不低于, 至少, 控制在, possibly with 每人每月/达到/建有 in between), one a few
 * characters back ("不低于低保标准的50%"), or one right after its unit (以上, 以内).
 */
import type { Comparator } from '../../model/types.js';
import { COMPARATOR_PREFIXES, COMPARATOR_SUFFIXES } from '../values.js';

// Words that may stand between a bounding word and its number: 不低于达到, 至少建有, 每人每月再给予不低于.
const FILLER = /(?:每人每月|每人每年|每户每年|每人|每户|人均|户均|平均|每月|每年|再给予|给予|建有|配备|安排|获得|达到|有|为|到|至|在|再|\s)$/;

export function adjacentBound(before: string): { op: Comparator; at: number } | null {
  let text = before;
  for (let i = 0; i < 4; i++) {
    for (const [word, op] of COMPARATOR_PREFIXES) if (text.endsWith(word)) return { op, at: text.length - word.length };
    const stripped = text.replace(FILLER, '');
    if (stripped === text) return null;
    text = stripped;
  }
  return null;
}

// Bounding words, not signs, that nearbyBound looks for a few characters back.
const NEARBY_WORDS = COMPARATOR_PREFIXES.filter(([word]) => word.length >= 2 && !/[<>=≥≤]/.test(word));

// A bounding word a few characters further back: 不低于低保标准的50%.
// The latest-ending word wins, the longer on a tie, so 不低于 is not read as 低于.
export function nearbyBound(before: string): { op: Comparator; at: number } | null {
  const window = before.slice(-10);
  let best: { op: Comparator; at: number; end: number } | null = null;
  for (const [word, op] of NEARBY_WORDS) {
    const at = window.lastIndexOf(word);
    const end = at + word.length;
    if (at >= 0 && (best === null || end > best.end || (end === best.end && at < best.at))) best = { op, at, end };
  }
  return best && { op: best.op, at: before.length - window.length + best.at };
}

export function suffixBound(after: string): { op: Comparator; length: number } | null {
  const text = after.replace(/^\s+/, '');
  for (const [word, op] of COMPARATOR_SUFFIXES) {
    if (text.startsWith(word)) return { op, length: after.length - text.length + word.length };
  }
  return null;
}
