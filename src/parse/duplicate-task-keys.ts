/**
 * The key two tasks are compared by: the task text without its numbering, white space,
 * punctuation and symbols (numbering, punctuation and spaces do not make two tasks different).
 */
import { charClass, isWhiteSpace } from './chars.js';

const MARK = /^[\s\p{P}\p{S}]$/u;
// Per BMP code unit: 0 not yet known, 1 kept, 2 a space, punctuation or symbol (MARK).
const MARK_OF = new Uint8Array(0x10000);

function classifyMark(c: number): number {
  return (MARK_OF[c] = MARK.test(String.fromCharCode(c)) ? 2 : 1);
}

const isNumeral = charClass('0123456789一二三四五六七八九十');

/** Where the numbering /^\s*[\d一二三四五六七八九十]+[.、．]/ ends, or 0 without one. */
function numberingEnd(text: string): number {
  let i = 0;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  const digits = i;
  while (i < text.length && isNumeral(text.charCodeAt(i))) i++;
  if (i === digits || i === text.length) return 0;
  const dot = text.charCodeAt(i);
  return dot === 0x2e || dot === 0x3001 || dot === 0xff0e ? i + 1 : 0;
}

/**
 * The task's key: its text without the numbering and without any white space, punctuation or
 * symbol (text.replace(/[\s\p{P}\p{S}]/gu, '')); each BMP character's class is looked up once
 * per worker. The white space after the numbering is a mark, so removing it is implied.
 */
export function taskKey(text: string): string {
  const start = numberingEnd(text);
  let out = '';
  let from = start;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // CJK ideographs, nearly every character of a task, are never marks.
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    let mark: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2;
      mark = MARK.test(text.slice(i, i + 2));
    } else {
      let known = MARK_OF[c]!;
      if (known === 0) known = classifyMark(c);
      mark = known === 2;
    }
    if (mark) {
      out += text.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The length of taskKey(text) without making the key, adding the histogram of its bigrams' first
 * characters (code point mod 64) to `histograms` at `at` (not when `at` is negative). -1 for a
 * text with any surrogate code unit: removing marks can join halves into a new pair, so such a
 * text's key is made and read instead.
 */
export function keyLength(text: string, histograms: Uint32Array, at: number): number {
  let length = 0;
  let previous = -1;
  for (let i = numberingEnd(text); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0x4e00 && c <= 0x9fff)) {
      if (c >= 0xd800 && c <= 0xdfff) return -1;
      let known = MARK_OF[c]!;
      if (known === 0) known = classifyMark(c);
      if (known === 2) continue;
    }
    if (previous >= 0 && at >= 0) histograms[at + (previous & 63)]! += 1;
    previous = c;
    length++;
  }
  return length;
}

/** keyLength's histogram of a key that was made (code points: a pair is one character). */
export function addKeyHistogram(key: string, histograms: Uint32Array, at: number): void {
  let previous = -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.codePointAt(i) as number;
    if (c > 0xffff) i++;
    if (previous >= 0 && at >= 0) histograms[at + (previous & 63)]! += 1;
    previous = c;
  }
}

/** The number of code points of a key (its bigram count is one less). */
export function codePointCount(key: string): number {
  let count = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < key.length && (key.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    count++;
  }
  return count;
}
