/**
 * Line model the parser works on. Layout-level noise (Markdown markers, bullets,
 * en-space padding, full-width spaces) is removed from `text`; `raw` stays as read.
 */
import { Buffer } from 'node:buffer';
import { splitLineBreaks } from '../text/line-breaks.js';
import { charClass, trimmedStart } from './chars.js';

export interface Line {
  /** 1-based line number in the parsed text (mapped to the original file by the caller's lineMap). */
  no: number;
  raw: string;
  /** Trimmed, Markdown heading/bold/bullet markers removed, inner runs of spaces kept. */
  text: string;
  /** Cells when the raw line is tab-separated (two or more cells) or space-aligned (see splitLines), else null. */
  cells: string[] | null;
}

// Unicode spaces that layouts use for padding: en/em spaces, ideographic space, NBSP.
const PADDING = /[\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff]/g;
const BULLET = /^\s*[•·●▪■◆]\s*/;
const isBullet = charClass('•·●▪■◆');

export function cleanText(raw: string): string {
  return clean(raw, EVERY_MARK);
}

// What a line holds that cleaning has to deal with (bit flags).
const TAB = 1;
const PADDED = 2;
const HASH = 4;
const STARS_OR_UNDERSCORES = 8;
const DOUBLE_SPACE = 16;
const EVERY_MARK = 31;
// In MARK_OF only: a character that counts when the one before it is the same ("**", "  "); a line break.
const PAIRED = 32;
const LINE_BREAK = 64;

/** Per code unit (only those up to U+3000 and U+FEFF can be marks): what it adds to its line's marks. */
const MARK_OF = new Uint8Array(0x10000);
MARK_OF[0x09] = TAB;
MARK_OF[0x23] = HASH;
MARK_OF[0x2a] = MARK_OF[0x5f] = STARS_OR_UNDERSCORES | PAIRED;
MARK_OF[0x20] = DOUBLE_SPACE | PAIRED;
MARK_OF[0x0a] = MARK_OF[0x0d] = LINE_BREAK;
// The characters of PADDING.
for (const c of [0x3000, 0xfeff, 0xa0, 0x2002, 0x2003, 0x2009, 0x200b]) MARK_OF[c] = PADDED;

// The code units of the text being split, in one buffer reused from document to document: the
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

/**
 * What each of the `count` lines of `text` holds (TAB, PADDED…), found in one pass over the whole
 * text: far cheaper than several searches per line. Lines end at CRLF, CR or LF, exactly where
 * splitLineBreaks cuts them. Every mark takes the same path through one table lookup, so the
 * loop's type feedback is complete early: V8 no longer deoptimizes it each time a document
 * shows a mark it had not seen yet.
 */
function marksByLine(text: string, count: number): Uint8Array {
  const units = codeUnits(text);
  const marks = new Uint8Array(count);
  let line = 0;
  let current = 0;
  for (let i = 0; i < units.length; i++) {
    const c = units[i] as number;
    // Han characters and most punctuation (above U+3000, short of the BOM) are none of the marks.
    if (c > 0x3000 && c !== 0xfeff) continue;
    const mark = MARK_OF[c] as number;
    if (mark === 0) continue;
    if (mark === LINE_BREAK) {
      if (c === 0x0d && units[i + 1] === 0x0a) i++;
      marks[line++] = current;
      current = 0;
    } else current |= (mark & PAIRED) === 0 || (i > 0 && units[i - 1] === c) ? mark & EVERY_MARK : 0;
  }
  if (line < count) marks[line] = current;
  return marks;
}

/**
 * cleanText, given what `raw` holds (see marksByLine; a superset is fine). Each replace runs only on
 * lines that hold what it removes: most lines hold none of it.
 */
function clean(raw: string, marks: number): string {
  if (marks === 0 && isCleanAlready(raw)) return raw;
  let text = marks & PADDED ? raw.replace(PADDING, ' ') : raw;
  if (marks & HASH) text = text.replace(/^\s{0,3}#{1,6}\s+/, '');
  if (marks & STARS_OR_UNDERSCORES) text = text.replace(/\*\*|__/g, '');
  if (opensWithBullet(text)) text = text.replace(BULLET, '');
  return trimSpacesAndTabs(text);
}

/**
 * Whether a line without marks is its own clean text: empty, or opening with a character that is
 * neither white space nor a bullet (Han, most punctuation, a visible ASCII one) and not ending in
 * a space or tab. Most lines are, and are settled without the calls of the general path.
 */
function isCleanAlready(raw: string): boolean {
  if (raw.length === 0) return true;
  const first = raw.charCodeAt(0);
  if (!(first > 0x3000 ? first !== 0xfeff : first > 0x20 && first < 0x80)) return false;
  const last = raw.charCodeAt(raw.length - 1);
  return last !== 0x20 && last !== 0x09;
}

/** Whether BULLET matches: a bullet can only be the first character that is not \s. */
function opensWithBullet(text: string): boolean {
  const i = trimmedStart(text);
  return isBullet(text.charCodeAt(i));
}

function trimSpacesAndTabs(text: string): string {
  let end = text.length;
  while (end > 0 && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && isSpaceOrTab(text.charCodeAt(start))) start++;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const isSpaceOrTab = (c: number): boolean => c === 0x20 || c === 0x09;

// Columns aligned with runs of spaces (text copied from a PDF): three or more cells.
function spacedCells(text: string): string[] | null {
  if (!text.includes('  ')) return null;
  const cells = text.split(/ {2,}/);
  return cells.length >= 3 ? cells : null;
}

/**
 * A tab-separated raw line: its cleaned cells when two or more are filled, and its text (runs of
 * tabs read as one space). One walk from tab to tab makes both: the same as `raw.split('\t')`
 * and `raw.replace(/\t+/g, ' ')`.
 */
function tabbedLine(no: number, raw: string, marks: number): Line {
  const cells: string[] = [];
  let untabbed = '';
  let filled = 0;
  let from = 0;
  for (;;) {
    const tab = raw.indexOf('\t', from);
    const piece = tab < 0 ? raw.slice(from) : raw.slice(from, tab);
    // A tab opens a run of tabs unless the piece before it is empty between two tabs.
    if (from > 0 && (from === 1 || raw.charCodeAt(from - 2) !== 0x09)) untabbed += ' ';
    untabbed += piece;
    const cell = clean(piece, marks);
    cells.push(cell);
    if (cell !== '') filled++;
    if (tab < 0) break;
    from = tab + 1;
  }
  // A trailing tab (TOC page numbers, padded captions) does not make a table row.
  return { no, raw, text: clean(untabbed, marks), cells: filled >= 2 ? cells : null };
}

export function splitLines(text: string): Line[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rawLines = splitLineBreaks(body);
  const marksOfLine = marksByLine(body, rawLines.length);
  const lines: Line[] = [];
  // Space-aligned candidates by index: such a line is a row only next to another one.
  let spaced: (string[] | null)[] | null = null;
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i] as string;
    const marks = marksOfLine[i] as number;
    if (marks & TAB) {
      lines.push(tabbedLine(i + 1, raw, marks));
      continue;
    }
    const line: Line = { no: i + 1, raw, text: clean(raw, marks), cells: null };
    lines.push(line);
    // Two spaces in a row in the text were in the raw line, or came from padding or a removed "**".
    const cells = marks & (DOUBLE_SPACE | PADDED | STARS_OR_UNDERSCORES) ? spacedCells(line.text) : null;
    if (cells !== null) (spaced ??= new Array(rawLines.length).fill(null))[i] = cells;
  }
  if (spaced !== null) {
    for (let i = 0; i < spaced.length; i++) {
      const cells = spaced[i];
      if (cells && (spaced[i - 1] || spaced[i + 1])) (lines[i] as Line).cells = cells;
    }
  }
  return lines;
}
