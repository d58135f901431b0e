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
  while (isNumeral(text.charCodeAt(i))) i++;
  if (i === digits) return 0;
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
