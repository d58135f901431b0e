import { toText } from 'hast-util-to-text';
import { isLayoutTable, mainContent, titlesBefore } from './html-content.js';
import { tableRows } from './html-table.js';
import { SpanBudget } from './merged-cells.js';
import { collapseWhitespace } from './html-text.js';
import { parsePage, type PageContent, type PageElement, type PageParent } from './html-tree.js';

export { collapseWhitespace } from './html-text.js';

/** Text lines of an HTML page, each with the 1-based HTML source line its element starts on. */
export interface HtmlLines {
  lines: string[];
  lineMap: number[];
  /** Number of CJK-bearing characters found in the main content (0 → nothing to parse). */
  textLength: number;
}

const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'hr', 'html', 'li', 'main', 'ol', 'p', 'section', 'summary', 'ul',
  'caption', 'header', 'footer', 'aside', 'nav', 'form', 'menu',
  // Reached only inside layout tables (data tables become rows).
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
]);

// String#trim's whitespace is exactly what \s matches, so "not all \s" is "trim() !== ''".
const NOT_SPACE = /\S/;

class LineCollector {
  readonly lines: string[] = [];
  readonly lineMap: number[] = [];
  private buffer = '';
  private bufferLine: number | null = null;

  /** `budget`: what merged cells may still add in this document (merged-cells.ts). */
  constructor(private lastLine: number, readonly budget: SpanBudget) {}

  text(value: string, line: number | undefined): void {
    if (this.bufferLine === null && NOT_SPACE.test(value)) this.bufferLine = line ?? this.lastLine;
    this.buffer += value;
  }

  /** Ends the current line (block boundary or <br>). */
  flush(): void {
    const text = collapseWhitespace(this.buffer);
    if (text !== '') this.push(text, this.bufferLine ?? this.lastLine);
    this.buffer = '';
    this.bufferLine = null;
  }

  push(text: string, line: number): void {
    this.lines.push(text);
    this.lineMap.push(line);
    this.lastLine = line;
  }
}

/** 1–6 for <h1>–<h6>, else 0 (no regex run per element). */
function headingLevel(tagName: string): number {
  if (tagName.length !== 2 || tagName.charCodeAt(0) !== 0x68) return 0;
  const digit = tagName.charCodeAt(1) - 0x30;
  return digit >= 1 && digit <= 6 ? digit : 0;
}

function startLine(node: PageParent, fallback: number): number {
  return node.line ?? fallback;
}

function walk(node: PageContent | PageParent, out: LineCollector): void {
  if (node.type === 'text') {
    out.text(node.value, node.line);
    return;
  }
  if (node.type === 'element') {
    const element = node;
    const line = startLine(element, 1);
    if (element.tagName === 'br') return out.flush();
    if (element.tagName === 'table' && !isLayoutTable(element)) {
      out.flush();
      for (const row of tableRows(element, (cell) => cellText(cell, out.budget), out.budget)) {
        out.push(row.cells.join('\t'), startLine(row.element, line));
      }
      return;
    }
    const level = headingLevel(element.tagName);
    if (level > 0) {
      // Headings keep a Markdown marker so the parser sees the same shape as in .md/.txt plans.
      out.flush();
      const text = collapseWhitespace(toText(element, { whitespace: 'pre-wrap' }));
      if (text !== '') out.push(`${'#'.repeat(level)} ${text}`, line);
      return;
    }
    if (element.tagName === 'pre') {
      out.flush();
      toText(element, { whitespace: 'pre' }).split(/\r\n|\r|\n/).forEach((text, i) => {
        if (text.trim() !== '') out.push(text.trimEnd(), line + i);
      });
      return;
    }
    const block = BLOCK.has(element.tagName);
    if (block) out.flush();
    for (const child of element.children) walk(child, out);
    if (block) out.flush();
    return;
  }
  for (const child of node.children) walk(child, out);
  out.flush();
}

/** A cell's paragraphs and line breaks joined with spaces; nested tables flattened. */
function cellText(cell: PageElement, budget: SpanBudget): string {
  const out = new LineCollector(startLine(cell, 1), budget);
  for (const child of cell.children) walk(child, out);
  out.flush();
  const text = out.lines.length === 1 ? out.lines[0]! : out.lines.join(' ');
  return text.includes('\t') ? text.replace(/\t+/g, ' ') : text;
}

/** Characters in U+3400–U+9FFF. */
function hanziCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) count++;
  }
  return count;
}

/** Parse an HTML page and return the plan's text as lines (tables as tab-separated rows). */
export function htmlToLines(html: string): HtmlLines {
  const root = parsePage(html);
  const content = mainContent(root);
  const out = new LineCollector(startLine(content, 1), new SpanBudget());
  for (const title of titlesBefore(root, content)) walk(title, out);
  walk(content, out);
  out.flush();
  let textLength = 0;
  for (const line of out.lines) textLength += hanziCount(line);
  return { lines: out.lines, lineMap: out.lineMap, textLength };
}
