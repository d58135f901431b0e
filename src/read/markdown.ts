import { splitLineBreaks } from '../text/line-breaks.js';

export interface MarkdownLines {
  lines: string[];
  /** Original 1-based line of each produced line; null when no table changed the layout. */
  lineMap: number[] | null;
  /** Where and why the document nests too deeply to parse: its tables were left as written. */
  tooDeep?: { line: number; reason: string };
}

// A GFM table needs a delimiter row ("| --- | :-: |"); without one there is nothing to convert.
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$/m;

/**
 * Nesting the CommonMark parser is given. Its time grows with the square of one line's nesting
 * (100,000 '>' took a minute, then overflowed the stack) and, in nested lists, with the square of
 * their length (8,000 lines of a two-level list: 14 s). No plan nests more than a few levels or
 * lists thousands of nested items; past either bound its tables are left as written.
 */
const MAX_NESTING = 32;
/**
 * Σ over the lines that open a nested list item or quote of how far they nest: the markers past
 * the first, plus one when the line is indented (an indented item sits in the item above it).
 * Top-level lists cost little.
 */
const MAX_NESTED_MARKS = 2000;
// The block quote and list markers opening a line. A list marker needs a space after it (a line of
// dashes is a rule, not 40 lists); '>' does not. A line of one marker spaced out ("- - - …",
// "* * * …") is a rule too: CommonMark reads a rule before a list item.
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const MARKERS = /^[ \t]*(?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])[ \t]+)+/;
const MARKER = />|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])/g;

/** The first line (1-based) past a nesting bound, and which bound; null when within both. */
function tooDeep(lines: readonly string[]): { line: number; reason: string } | null {
  let nested = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const markers = MARKERS.exec(line);
    if (markers === null || RULE.test(line)) continue;
    const depth = markers[0].match(MARKER)?.length ?? 0;
    if (depth > MAX_NESTING) return { line: i + 1, reason: `block quotes or lists nested more than ${MAX_NESTING} deep` };
    const below = depth - 1 + (line.charCodeAt(0) === 0x20 || line.charCodeAt(0) === 0x09 ? 1 : 0);
    if (below > 0 && (nested += below) > MAX_NESTED_MARKS) {
      return { line: i + 1, reason: `more than ${MAX_NESTED_MARKS.toLocaleString('en')} levels of nested lists or block quotes` };
    }
  }
  return null;
}

/**
 * Markdown → lines. Headings and paragraphs stay as written (the parser strips '#', '**' and
 * bullets itself, and keeps "1." numbering that a Markdown list would swallow); each GFM table
 * becomes one tab-separated line per row, its delimiter row dropped (markdown-tables.ts). The
 * CommonMark parser loads only for a document with a delimiter row: most plans lay tables out
 * with tabs, and loading it costs more than reading such a document.
 */
export async function markdownToLines(text: string): Promise<MarkdownLines> {
  const source = splitLineBreaks(text);
  // Both forms of the delimiter row hold a '|': a plain scan for it spares the multi-line regex
  // on documents without pipe tables.
  if (!text.includes('|') || !DELIMITER_ROW.test(text)) return { lines: source, lineMap: null };
  const deep = tooDeep(source);
  if (deep) return { lines: source, lineMap: null, tooDeep: deep };
  const { tablesToLines } = await import('./markdown-tables.js');
  return tablesToLines(text, source);
}
