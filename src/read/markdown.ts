import { splitLineBreaks } from '../text/line-breaks.js';

export interface MarkdownLines {
  lines: string[];
  /** Original 1-based line of each produced line; null when no table changed the layout. */
  lineMap: number[] | null;
}

// A GFM table needs a delimiter row ("| --- | :-: |"); without one there is nothing to convert.
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$/m;

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
  const { tablesToLines } = await import('./markdown-tables.js');
  return tablesToLines(text, source);
}
