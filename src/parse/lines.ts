/**
 * Line model the parser works on. Layout-level noise (Markdown markers, bullets,
 * en-space padding, full-width spaces) is removed from `text`; `raw` stays as read.
 */
import { splitLineBreaks } from '../text/line-breaks.js';

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
const PADDING_ANYWHERE = /[\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff]/;

export function cleanText(raw: string): string {
  return clean(raw, true);
}

/** cleanText; `padded` false when the whole document holds no padding character to replace. */
function clean(raw: string, padded: boolean): string {
  let text = padded ? raw.replace(PADDING, ' ') : raw;
  // The marker patterns only run on lines that hold a marker character at all.
  if (text.includes('#')) text = text.replace(/^\s{0,3}#{1,6}\s+/, '');
  if (text.includes('**') || text.includes('__')) text = text.replace(/\*\*|__/g, '');
  text = text.replace(/^\s*[•·●▪■◆]\s*/, '');
  return trimSpacesAndTabs(text);
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

export function splitLines(text: string): Line[] {
  const rawLines = splitLineBreaks(text.replace(/^\ufeff/, ''));
  const padded = PADDING_ANYWHERE.test(text);
  const lines = rawLines.map((raw, i) => {
    const tabbed = raw.includes('\t') ? raw.split('\t').map((c) => clean(c, padded)) : null;
    // A trailing tab (TOC page numbers, padded captions) does not make a table row.
    const cells = tabbed && tabbed.filter((c) => c !== '').length >= 2 ? tabbed : null;
    return { no: i + 1, raw, text: clean(tabbed ? raw.replace(/\t+/g, ' ') : raw, padded), cells };
  });
  // A space-aligned line is a row only next to another one: padding inside one line is not a table.
  const spaced = lines.map((l) => (l.cells === null && !l.raw.includes('\t') ? spacedCells(l.text) : null));
  spaced.forEach((cells, i) => {
    if (cells !== null && (spaced[i - 1] || spaced[i + 1])) (lines[i] as Line).cells = cells;
  });
  return lines;
}
