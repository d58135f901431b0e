/**
 * Line model the parser works on. Layout-level noise (Markdown markers, bullets,
 * en-space padding, full-width spaces) is removed from `text`; `raw` stays as read.
 */
import { splitLineBreaks } from '../text/line-breaks.js';
import { charClass, trimmedStart } from './chars.js';
import { DOUBLE_SPACE, EVERY_MARK, HASH, marksByLine, PADDED, STARS_OR_UNDERSCORES, TAB } from './lines-marks.js';

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
  return i < text.length && isBullet(text.charCodeAt(i));
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

/** The lines of a text, and what splitting learnt about the whole text on the way. */
export interface SplitText {
  lines: Line[];
  /** Whether every line's text is empty. */
  blank: boolean;
  /** Whether the text holds NUL, a C0 control other than \t\n\v\f\r, or U+FFFD: it may be binary data. */
  suspect: boolean;
}

export function splitLines(text: string): Line[] {
  return splitText(text).lines;
}

export function splitText(text: string): SplitText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rawLines = splitLineBreaks(body);
  const { byLine, suspect } = marksByLine(body, rawLines.length);
  const lines: Line[] = new Array(rawLines.length);
  let blank = true;
  // Space-aligned candidates by index: such a line is a row only next to another one.
  let spaced: (string[] | null)[] | null = null;
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i] as string;
    const marks = byLine[i] as number;
    // Most lines have no marks and are clean already: settled here with one call.
    const line = marks & TAB
      ? tabbedLine(i + 1, raw, marks)
      : { no: i + 1, raw, text: marks === 0 && isCleanAlready(raw) ? raw : clean(raw, marks), cells: null };
    lines[i] = line;
    if (line.text !== '') blank = false;
    // Two spaces in a row in the text were in the raw line, or came from padding or a removed "**".
    const cells = marks & TAB || !(marks & (DOUBLE_SPACE | PADDED | STARS_OR_UNDERSCORES)) ? null : spacedCells(line.text);
    if (cells !== null) (spaced ??= new Array(rawLines.length).fill(null))[i] = cells;
  }
  if (spaced !== null) {
    for (let i = 0; i < spaced.length; i++) {
      const cells = spaced[i];
      if (cells && (spaced[i - 1] || spaced[i + 1])) (lines[i] as Line).cells = cells;
    }
  }
  return { lines, blank, suspect };
}
