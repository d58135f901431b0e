/**
 * Tables written as tab-separated rows. A table runs across blank lines and page-number lines
 * (tables split over pages), drops header rows that repeat the first one, and keeps a short
 * untabbed label between two rows ("一、生活保障") as a one-cell group row.
 */
import type { Line } from './lines.js';
import { isPageNumber, looksLikeHeader, sameHeader, type Table, type TableRow } from './table-shape.js';

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

/** Reads one table starting at `start` (a tabbed line); returns it and the index after it. */
function readTable(lines: readonly Line[], start: number): { table: Table; next: number } {
  const first = lines[start] as Line;
  const firstCells = first.cells ?? [];
  let header = looksLikeHeader(firstCells) ? firstCells : [];
  const rows: TableRow[] = header.length ? [] : [{ cells: firstCells, line: first.no }];
  let last = start;
  let j = start + 1;
  for (;;) {
    j = nextContentIndex(lines, j);
    const line = lines[j];
    if (line === undefined) break;
    if (line.cells !== null) {
      if (header.length && sameHeader(line.cells, header)) {
        last = j++;
        continue;
      }
      if (looksLikeHeader(line.cells) && rows.length === 0 && header.length && j === start + 1) {
        header = mergeHeaderRows(header, line.cells);
        last = j++;
        continue;
      }
      if (looksLikeHeader(line.cells)) break;
      rows.push({ cells: line.cells, line: line.no });
    } else if (rows.length > 0 && isGroupLabel(lines, j)) {
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
