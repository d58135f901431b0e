/**
 * What each line of a text holds that cleaning has to deal with (tabs, padding, Markdown marks,
 * runs of spaces), found in one pass over the whole text; the same pass tells whether the text
 * holds a character of binary data.
 */
import { Buffer } from 'node:buffer';

// What a line holds (bit flags).
export const TAB = 1;
export const PADDED = 2;
export const HASH = 4;
export const STARS_OR_UNDERSCORES = 8;
export const DOUBLE_SPACE = 16;
export const EVERY_MARK = 31;
// In MARK_OF only: a character that counts when the one before it is the same ("**", "  "), a
// line break, and a character of binary data (NUL, C0 controls other than \t\n\v\f\r, U+FFFD).
const PAIRED = 32;
const LINE_BREAK = 64;
const SUSPECT = 128;

/** Per code unit (only those up to U+3000 and from U+FEFF on are marks): what it adds to its line's marks. */
const MARK_OF = new Uint8Array(0x10000);
MARK_OF[0x09] = TAB;
MARK_OF[0x23] = HASH;
MARK_OF[0x2a] = MARK_OF[0x5f] = STARS_OR_UNDERSCORES | PAIRED;
MARK_OF[0x20] = DOUBLE_SPACE | PAIRED;
MARK_OF[0x0a] = MARK_OF[0x0d] = LINE_BREAK;
// Padding: en/em spaces, ideographic space, NBSP, zero-width space and BOM.
for (const c of [0x3000, 0xfeff, 0xa0, 0x2002, 0x2003, 0x2009, 0x200b]) MARK_OF[c] = PADDED;
for (let c = 0; c <= 0x1f; c++) if (c <= 0x08 || c >= 0x0e) MARK_OF[c] = SUSPECT;
MARK_OF[0xfffd] = SUSPECT;

// The code units of the text being read, in one buffer reused from document to document: the
// per-character loop reads a typed array faster than charCodeAt (no string-kind checks per
// character). Texts longer than this get a buffer of their own, not kept.
const KEPT_UNITS = 1 << 20;
let scratch = Buffer.alloc(0);

function codeUnits(text: string): Uint16Array {
  const bytes = text.length * 2;
  let buffer = scratch;
  if (buffer.length < bytes) {
    buffer = Buffer.alloc(Math.max(bytes, 1 << 16));
    if (text.length <= KEPT_UNITS) scratch = buffer;
  }
  buffer.write(text, 0, bytes, 'utf16le');
  return new Uint16Array(buffer.buffer, buffer.byteOffset, text.length);
}

export interface LineMarks {
  /** By line: what it holds (TAB, PADDED…). */
  byLine: Uint8Array;
  /** Whether the text holds NUL, a C0 control other than \t\n\v\f\r, or U+FFFD. */
  suspect: boolean;
}

/**
 * What each of the `count` lines of `text` holds. Lines end at CRLF, CR or LF, exactly where
 * splitLineBreaks cuts them. Every mark takes the same path through one table lookup, so the
 * loop's type feedback is complete early: V8 does not deoptimize it each time a document shows
 * a mark it had not seen yet.
 */
export function marksByLine(text: string, count: number): LineMarks {
  const units = codeUnits(text);
  const byLine = new Uint8Array(count);
  let line = 0;
  let current = 0;
  let seen = 0;
  for (let i = 0; i < units.length; i++) {
    const c = units[i] as number;
    // One lookup for every unit, with no test of the Han range first: nearly half the units of a
    // plan are not Han (digits, ASCII, line breaks), and a branch that goes both ways that often is
    // mispredicted more than a table read costs. A unit with no mark is passed over here.
    const mark = MARK_OF[c] as number;
    if (mark === 0) continue;
    seen |= mark;
    if (mark === LINE_BREAK) {
      if (c === 0x0d && i + 1 < units.length && units[i + 1] === 0x0a) i++;
      byLine[line++] = current;
      current = 0;
    } else current |= (mark & PAIRED) === 0 || (i > 0 && units[i - 1] === c) ? mark & EVERY_MARK : 0;
  }
  if (line < count) byLine[line] = current;
  return { byLine, suspect: (seen & SUSPECT) !== 0 };
}
