/**
 * Tables written as tab-separated rows. A table runs across blank lines and page-number lines
 * (tables split over pages), drops header rows that repeat the first one, and keeps a short
 * untabbed label between two rows, or between the header and the first row ("一、生活保障"),
 * as a one-cell group row.
 */
import type { Line } from './lines.js';
import { hasHeaderKey, headerKey, isPageNumber, looksLikeHeader, type Table, type TableRow } from './table-shape.js';

function isSkippable(line: Line): boolean {
  return line.cells === null && (line.text === '' || isPageNumber(line.text));
}

function nextContentIndex(lines: readonly Line[], from: number): number {
  let j = from;
  while (j < lines.length && isSkippable(lines[j] as Line)) j++;
  return j;
}

// A group label inside a table: short, not a sentence, and the table goes on right after it.
function isGroupLabel(lines: readonly Line[], at: number): boolean {
  const line = lines[at] as Line;
  if (line.text.length > 24 || /[。；;]$/.test(line.text)) return false;
  const next = lines[nextContentIndex(lines, at + 1)];
  return next !== undefined && next.cells !== null && !looksLikeHeader(next.cells);
}

/**
 * A header over two rows (a merged "目标值" cell above "2020年" / "2025年"): the cells of the
 * second row are appended to the first, column by column.
 */
function mergeHeaderRows(first: readonly string[], second: readonly string[]): string[] {
  const width = Math.max(first.length, second.length);
  return Array.from({ length: width }, (_, i) => {
    const top = first[i] ?? '';
    const bottom = second[i] ?? '';
    return top === bottom ? top : top + bottom;
  });
}

// A row whose text wrapped onto a line of its own (copied from a PDF or a narrow page): a
// tabbed line that leaves the row-number column empty and fills fewer cells than the row above.
function continuesTabbed(header: readonly string[], previous: TableRow | undefined, cells: readonly string[]): boolean {
  if (previous === undefined || !/^(?:序号|编号)$/.test((header[0] ?? '').replace(/\s/g, ''))) return false;
  if ((cells[0] ?? '') !== '' || !/^\d{1,3}$/.test(previous.cells[0] ?? '')) return false;
  const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== '').length;
  return filled(cells) < filled(previous.cells);
}

// An untabbed line right under a row, one of whose cells breaks off mid-sentence ("…服务，").
function unfinishedCell(previous: TableRow | undefined, previousEnd: number, line: Line): number | null {
  if (previous === undefined || line.no !== previousEnd + 1 || /^(?:注|备注|说明|资料来源)/.test(line.text)) return null;
  const open = previous.cells.map((c, i) => (/[，、；：,;:（(“]$/.test(c.trim()) ? i : -1)).filter((i) => i >= 0);
  return open.length === 1 ? (open[0] as number) : null;
}

function appendCells(row: TableRow, cells: readonly string[]): void {
  cells.forEach((c, i) => {
    if (c !== '') row.cells[i] = (row.cells[i] ?? '') + c;
  });
}

/** Reads one table starting at `start` (a tabbed line); returns it and the index after it. */
function readTable(lines: readonly Line[], start: number): { table: Table; next: number } {
  const first = lines[start] as Line;
  const firstCells = first.cells ?? [];
  let header = looksLikeHeader(firstCells) ? firstCells : [];
  // What sameHeader compares the header by, made once per header rather than once per row.
  let key = headerKey(header);
  const rows: TableRow[] = header.length ? [] : [{ cells: firstCells, line: first.no }];
  let last = start;
  let j = start + 1;
  for (;;) {
    j = nextContentIndex(lines, j);
    const line = lines[j];
    if (line === undefined) break;
    const open = line.cells === null ? unfinishedCell(rows[rows.length - 1], (lines[last] as Line).no, line) : null;
    if (line.cells !== null) {
      if (header.length && hasHeaderKey(line.cells, key)) {
        last = j++;
        continue;
      }
      const isHeader = looksLikeHeader(line.cells);
      if (isHeader && rows.length === 0 && header.length && j === start + 1) {
        header = mergeHeaderRows(header, line.cells);
        key = headerKey(header);
        last = j++;
        continue;
      }
      if (isHeader) break;
      if (continuesTabbed(header, rows[rows.length - 1], line.cells)) appendCells(rows[rows.length - 1] as TableRow, line.cells);
      else rows.push({ cells: line.cells, line: line.no });
    } else if (open !== null) {
      (rows[rows.length - 1] as TableRow).cells[open] += line.text;
    } else if ((rows.length > 0 || header.length > 0) && isGroupLabel(lines, j)) {
      rows.push({ cells: [line.text], line: line.no });
    } else break;
    last = j++;
  }
  const table: Table = {
    layout: 'tabbed',
    header,
    headerLine: first.no,
    rows,
    firstLine: first.no,
    lastLine: (lines[last] as Line).no,
    caption: null,
    captionLine: null,
  };
  return { table, next: last + 1 };
}

/** Every tab-separated table in the document, in order. */
export function findTabbedTables(lines: readonly Line[]): Table[] {
  const tables: Table[] = [];
  let i = 0;
  while (i < lines.length) {
    if ((lines[i] as Line).cells === null) {
      i++;
      continue;
    }
    const { table, next } = readTable(lines, i);
    tables.push(table);
    i = next;
  }
  return tables;
}
