import { splitLineBreaks } from '../text/line-breaks.js';

export interface MarkdownLines {
  lines: string[];
  /** Original 1-based line of each produced line; null when no table changed the layout. */
  lineMap: number[] | null;
  /** 1-based line of a container nesting too deep to parse: tables were left as written. */
  tooDeepAt?: number;
}

// A GFM table needs a delimiter row ("| --- | :-: |"); without one there is nothing to convert.
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$/m;

/**
 * A line that opens more than MAX_NESTING block quotes or lists. The CommonMark parser's time
 * grows with the square of the nesting (100,000 '>' took a minute, then overflowed the stack);
 * no plan nests more than a few levels.
 */
const MAX_NESTING = 32;
// A list marker needs a space after it (a line of dashes is a rule, not 40 lists); '>' does not.
// A line of one marker spaced out ("- - - …", "* * * …") is a rule too: CommonMark reads a rule
// before a list item.
const RULE = String.raw` {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$`;
const TOO_DEEP = new RegExp(String.raw`^(?!${RULE})[ \t]*(?:>[ \t]*|(?:[-+*]|\d{1,9}[.)])[ \t]+){${MAX_NESTING + 1}}`, 'm');

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
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
  const deep = TOO_DEEP.exec(text);
  if (deep) return { lines: source, lineMap: null, tooDeepAt: lineOf(text, deep.index) };
  const { tablesToLines } = await import('./markdown-tables.js');
  return tablesToLines(text, source);
}
