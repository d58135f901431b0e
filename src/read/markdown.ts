import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitLineBreaks } from '../text/line-breaks.js';

export interface MarkdownLines {
  lines: string[];
  /** Original 1-based line of each produced line; null when no table changed the layout. */
  lineMap: number[] | null;
}

// A GFM table needs a delimiter row ("| --- | :-: |"); without one there is nothing to convert.
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$/m;

function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return node.children.map((child) => inlineText(child as Nodes)).join('');
  return '';
}

function collectTables(node: Nodes, tables: Table[]): void {
  if (node.type === 'table') tables.push(node);
  else if ('children' in node) for (const child of node.children) collectTables(child as Nodes, tables);
}

/**
 * Markdown → lines. Headings and paragraphs stay as written (the parser strips '#', '**' and
 * bullets itself, and keeps "1." numbering that a Markdown list would swallow); each GFM table
 * becomes one tab-separated line per row, its delimiter row dropped.
 */
export function markdownToLines(text: string): MarkdownLines {
  const source = splitLineBreaks(text);
  // Both forms of the delimiter row hold a '|': a plain scan for it spares the multi-line regex
  // on documents without pipe tables (most plans lay tables out with tabs).
  if (!text.includes('|') || !DELIMITER_ROW.test(text)) return { lines: source, lineMap: null };
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(text);
  const tables: Table[] = [];
  collectTables(tree, tables);
  if (tables.length === 0) return { lines: source, lineMap: null };

  const lines: string[] = [];
  const lineMap: number[] = [];
  let next = 1;
  for (const table of tables) {
    const start = table.position?.start.line;
    const end = table.position?.end.line;
    if (start === undefined || end === undefined || start < next) continue;
    for (; next < start; next++) { lines.push(source[next - 1] ?? ''); lineMap.push(next); }
    for (const row of table.children) {
      const cells = row.children.map((cell) => inlineText(cell).replace(/\s+/g, ' ').trim());
      lines.push(cells.join('\t'));
      lineMap.push(row.position?.start.line ?? start);
    }
    next = end + 1;
  }
  for (; next <= source.length; next++) { lines.push(source[next - 1] ?? ''); lineMap.push(next); }
  return { lines, lineMap };
}
