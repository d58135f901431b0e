/**
 * "Stacked" tables, as web pages render them when scraped to text: one cell per line, a blank
 * line between cells, and an empty cell showing up as one extra blank line. The header is a run
 * of short column words ending where the row number "1" appears; rows are then cut by the
 * header's column count and checked against the running row number 1, 2, 3 …
 */
import type { Line } from './lines.js';
import { compact, isColumnWord, isPageNumber, type Table, type TableRow } from './table-shape.js';

interface Cell {
  text: string;
  line: number;
}

const ROW_NUMBER = /^(\d{1,3})[.．]?$/;
const MAX_HEADER_FRAGMENTS = 12;

function rowNumber(text: string): number | null {
  const m = ROW_NUMBER.exec(compact(text));
  return m ? Number(m[1]) : null;
}

/** Cells from line index `from` on: every non-blank line, plus one empty cell per extra blank line. */
function cellsFrom(lines: readonly Line[], from: number, limit = lines.length): Cell[] {
  const cells: Cell[] = [];
  let blanks = 1;
  for (let i = from; i < Math.min(lines.length, from + limit); i++) {
    const line = lines[i] as Line;
    if (line.cells !== null) break;
    if (line.text === '' || isPageNumber(line.text)) {
      blanks++;
      continue;
    }
    for (let k = 1; k < blanks; k++) cells.push({ text: '', line: line.no });
    cells.push({ text: line.text, line: line.no });
    blanks = 0;
  }
  return cells;
}

/** Header fragments: a cell split by a line break ("“十四五”" / "目标值") joins the next column word. */
function mergeFragments(fragments: readonly string[]): string[] {
  const header: string[] = [];
  let pending = '';
  for (const f of fragments) {
    if (isColumnWord(f)) {
      header.push(pending + f);
      pending = '';
    } else pending += f;
  }
  if (pending && header.length) header[header.length - 1] += pending;
  return header;
}

// A title just above the header ("重点任务分工") reads like a column word too; the distance
// from row number 1 to row number 2 tells how many columns there really are.
function trimToRowWidth(header: string[], cells: readonly Cell[], firstRow: number): string[] {
  for (let k = firstRow + 2; k < cells.length && k <= firstRow + header.length; k++) {
    if (rowNumber((cells[k] as Cell).text) === 2) return header.slice(header.length - (k - firstRow));
  }
  return header;
}

/** The header starting at cell `at`, if a run of column words there ends at row number 1. */
function headerAt(cells: readonly Cell[], at: number): { header: string[]; firstRow: number } | null {
  const fragments: string[] = [];
  for (let k = at; k < cells.length && fragments.length <= MAX_HEADER_FRAGMENTS; k++) {
    const text = (cells[k] as Cell).text;
    if (text === '') continue;
    if (rowNumber(text) === 1) {
      const header = trimToRowWidth(mergeFragments(fragments), cells, k);
      return header.length >= 3 ? { header, firstRow: k } : null;
    }
    if (compact(text).length > 14) return null;
    fragments.push(text);
  }
  return null;
}

function readRow(cells: readonly Cell[], at: number, columns: number): { row: string[]; next: number } {
  const row: string[] = [];
  let k = at;
  for (; row.length < columns && k < cells.length; k++) row.push((cells[k] as Cell).text);
  return { row, next: k };
}

// Where a row lost cells without leaving blank lines, the next row number turns up inside it;
// when the cell after the row is not that number, cut the row there instead.
function resync(cells: readonly Cell[], at: number, row: readonly string[], expected: number): number | null {
  const p = row.findIndex((c, i) => i >= 2 && rowNumber(c) === expected + 1);
  if (p < 0) return null;
  const following = cells[at + p + 1]?.text ?? '';
  return following !== '' && rowNumber(following) === null ? p : null;
}

function readRows(cells: readonly Cell[], from: number, columns: number): { rows: TableRow[]; end: number } {
  const rows: TableRow[] = [];
  let k = from;
  for (let expected = 1; ; expected++) {
    while (rows.length > 0 && k < cells.length && (cells[k] as Cell).text === '') k++;
    const first = cells[k];
    if (first === undefined || rowNumber(first.text) !== expected) break;
    let { row, next } = readRow(cells, k, columns);
    const after = cells[next]?.text ?? '';
    if (after !== '' && rowNumber(after) !== expected + 1) {
      const cut = resync(cells, k, row, expected);
      if (cut !== null) {
        row = row.slice(0, cut);
        next = k + cut;
      }
    }
    rows.push({ cells: row, line: first.line });
    k = next;
  }
  return { rows, end: k };
}

/** Every stacked table in the document whose header starts with a column word. */
export function findStackedTables(lines: readonly Line[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.cells !== null || !isColumnWord(line.text) || compact(line.text).length > 8) continue;
    // A bounded look first: most short column words are not the start of a table.
    if (!headerAt(cellsFrom(lines, i, 4 * MAX_HEADER_FRAGMENTS), 0)) continue;
    const cells = cellsFrom(lines, i);
    const found = headerAt(cells, 0);
    if (!found) continue;
    const { rows, end } = readRows(cells, found.firstRow, found.header.length);
    if (rows.length === 0) continue;
    const lastCell = cells.slice(0, end).reverse().find((c) => c.text !== '');
    const lastLine = lastCell?.line ?? line.no;
    tables.push({
      layout: 'stacked', header: found.header, headerLine: line.no, rows,
      firstLine: line.no, lastLine, caption: null, captionLine: null,
    });
    while (i + 1 < lines.length && (lines[i + 1] as Line).no <= lastLine) i++;
  }
  return tables;
}
