/**
 * "Stacked" tables, as web pages render them when scraped to text: one cell per line with blank
 * lines between cells, an empty cell showing up as a longer run of blank lines. The header is a
 * run of short column words from 序号 to the row number "1"; rows are cut at the running row
 * numbers 1, 2, 3 … and a short row gets its empty cells where the blank runs are longest.
 */
import type { Line } from './lines.js';
import { compact, isColumnWord, isPageNumber, type Table, type TableRow } from './table-shape.js';
import { isHeading } from './shapes.js';

interface Cell {
  text: string;
  line: number;
  /** Blank lines right before this cell. */
  blanksBefore: number;
}

const ROW_NUMBER = /^(\d{1,3})[.．]?$/;
const FIRST_COLUMN = /^(?:序号|编号|序列|顺序)$/;
const FIRST_COLUMN_START = '序编顺';
const MAX_HEADER_FRAGMENTS = 12;

function rowNumber(text: string): number | null {
  const m = ROW_NUMBER.exec(compact(text));
  return m ? Number(m[1]) : null;
}

/** Non-blank lines from `from` on, with the blank run before each; stops at a tabbed line. */
function cellsFrom(lines: readonly Line[], from: number, limit = lines.length): Cell[] {
  const cells: Cell[] = [];
  let blanks = 0;
  for (let i = from; i < Math.min(lines.length, from + limit); i++) {
    const line = lines[i] as Line;
    if (line.cells !== null) break;
    if (line.text === '' || isPageNumber(line.text)) blanks++;
    else {
      cells.push({ text: line.text, line: line.no, blanksBefore: blanks });
      blanks = 0;
    }
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

function headerAt(cells: readonly Cell[]): { header: string[]; firstRow: number } | null {
  const fragments: string[] = [];
  for (let k = 0; k < cells.length && fragments.length <= MAX_HEADER_FRAGMENTS; k++) {
    const text = (cells[k] as Cell).text;
    if (rowNumber(text) === 1) {
      const header = mergeFragments(fragments);
      return header.length >= 3 ? { header, firstRow: k } : null;
    }
    if (compact(text).length > 14) return null;
    fragments.push(text);
  }
  return null;
}

/**
 * Where row `no` ends: at the last cell "no+1" within reach (a value cell may read "3" too, but
 * the real row number comes after it). Null when the table ends with this row.
 */
function nextRowStart(cells: readonly Cell[], at: number, no: number, columns: number): number | null {
  let found: number | null = null;
  // One cell more than the header: a category cell ("公共服务") written once before its group.
  for (let k = at + 1; k < cells.length && k <= at + columns + 1; k++) {
    if (rowNumber((cells[k] as Cell).text) === no + 1 && cells[k + 1] !== undefined) found = k;
  }
  return found;
}

// The last row has no next number to stop at: it must not swallow the prose after the table.
function endsTable(cell: Cell): boolean {
  return isHeading({ no: cell.line, raw: cell.text, text: cell.text, cells: null }) || /^(专栏|附件|附表|表\s*\d)/.test(cell.text) || cell.text.length > 200;
}

/** Fills a short row with empty cells where the blank runs are longer than between filled cells. */
function withEmptyCells(row: readonly Cell[], after: number, columns: number, separator: number): string[] {
  const gaps = [...row.slice(1).map((c) => c.blanksBefore), after];
  const missing = columns - row.length;
  const emptyAt = new Set(
    gaps.map((blanks, i) => ({ blanks, i })).filter((g) => g.blanks > separator)
      .sort((a, b) => b.blanks - a.blanks || a.i - b.i).slice(0, Math.max(missing, 0)).map((g) => g.i),
  );
  const out: string[] = [];
  row.forEach((cell, i) => {
    if (i > 0 && emptyAt.has(i - 1)) out.push('');
    out.push(cell.text);
  });
  if (emptyAt.has(row.length - 1)) out.push('');
  // Cells no blank run accounts for stay missing: the row is reported, not silently padded.
  return out;
}

/** The usual blank run between two filled cells: the median over the first rows. */
function separatorRun(cells: readonly Cell[], from: number, columns: number): number {
  const runs = cells.slice(from + 1, from + 1 + 3 * columns).map((c) => c.blanksBefore).sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] ?? 1;
}

function readRows(cells: readonly Cell[], from: number, columns: number): { rows: TableRow[]; end: number } {
  const rows: TableRow[] = [];
  const separator = separatorRun(cells, from, columns);
  let k = from;
  for (let no = 1; k < cells.length && rowNumber((cells[k] as Cell).text) === no; no++) {
    const next = nextRowStart(cells, k, no, columns);
    let end = next ?? Math.min(cells.length, k + columns);
    if (next === null) for (let j = k + 1; j < end; j++) if (endsTable(cells[j] as Cell)) end = j;
    const row = cells.slice(k, end);
    const after = cells[end]?.blanksBefore ?? 0;
    rows.push({ cells: withEmptyCells(row, after, columns, separator), line: (cells[k] as Cell).line });
    k = end;
    if (next === null) break;
  }
  return { rows, end: k };
}

/** Every stacked table in the document: a 序号 header run followed by numbered rows. */
export function findStackedTables(lines: readonly Line[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.cells !== null || !FIRST_COLUMN_START.includes(line.text.trimStart().charAt(0)) || !FIRST_COLUMN.test(compact(line.text))) continue;
    // A bounded look first: most 序号 lines do not start a stacked table.
    if (!headerAt(cellsFrom(lines, i, 4 * MAX_HEADER_FRAGMENTS))) continue;
    const cells = cellsFrom(lines, i);
    const found = headerAt(cells);
    if (!found) continue;
    const { rows, end } = readRows(cells, found.firstRow, found.header.length);
    if (rows.length === 0) continue;
    const lastLine = cells[end - 1]?.line ?? line.no;
    tables.push({
      layout: 'stacked', header: found.header, headerLine: line.no, rows,
      firstLine: line.no, lastLine, caption: null, captionLine: null,
    });
    while (i + 1 < lines.length && (lines[i + 1] as Line).no <= lastLine) i++;
  }
  return tables;
}
