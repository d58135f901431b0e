/**
 * "Stacked" tables, as web pages render them when scraped to text: one cell per line with blank
 * lines between cells, an empty cell showing up as a longer run of blank lines. The header is a
 * run of short column words from 序号 to the row number "1"; rows are cut at the running row
 * numbers 1, 2, 3 … and a short row gets its empty cells where the blank runs are longest.
 */
import { charClass, codeTable, trimmedStart, WHITE_SPACE } from './chars.js';
import type { Line } from './lines.js';
import { compact, isColumnWord, isPageNumber, type Table } from './table-shape.js';
import { readRows, rowNumber, type Cell } from './tables-stacked-rows.js';

const FIRST_COLUMN = /^(?:序号|编号|序列|顺序)$/;
const opensFirstColumnWord = charClass('序编顺');
// By code unit, 1 for what a FIRST_COLUMN line can open with: 序, 编, 顺 or white space.
const OPENS_FIRST_COLUMN = codeTable('序编顺', { whiteSpace: true });
const MAX_HEADER_FRAGMENTS = 12;

/** Whether the first character that is not white space can open a FIRST_COLUMN word. */
function opensFirstColumn(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  return opensFirstColumnWord(WHITE_SPACE[c] === 1 ? text.charCodeAt(trimmedStart(text)) : c);
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

/** Every stacked table in the document: a 序号 header run followed by numbered rows. */
export function findStackedTables(lines: readonly Line[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    // Most lines are ruled out by their first character, without a call.
    if (line.cells !== null || line.text.length === 0 || OPENS_FIRST_COLUMN[line.text.charCodeAt(0)] !== 1) continue;
    if (!opensFirstColumn(line.text) || !FIRST_COLUMN.test(compact(line.text))) continue;
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
