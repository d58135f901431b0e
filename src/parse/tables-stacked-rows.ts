/**
 * The rows of a stacked table: cut at the running row numbers 1, 2, 3 …, a short row given its
 * empty cells where the blank runs between its cells are longest.
 */
import { isHeading } from './shapes.js';
import { compact, opensNumber, type TableRow } from './table-shape.js';

export interface Cell {
  text: string;
  line: number;
  /** Blank lines right before this cell. */
  blanksBefore: number;
}

const ROW_NUMBER = /^(\d{1,3})[.．]?$/;

export function rowNumber(text: string): number | null {
  if (!opensNumber(text)) return null;
  const m = ROW_NUMBER.exec(compact(text));
  return m ? Number(m[1]) : null;
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

export function readRows(cells: readonly Cell[], from: number, columns: number): { rows: TableRow[]; end: number } {
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
