/**
 * GFM tables of a Markdown document as tab-separated rows, read with remark (CommonMark + GFM):
 * loaded by markdown.ts only for a document that has a delimiter row.
 */
import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { MarkdownLines } from './markdown.js';

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

/** `text` with each GFM table as tab-separated rows; `source` is `text` split into lines. */
export function tablesToLines(text: string, source: string[]): MarkdownLines {
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
