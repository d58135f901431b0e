/**
 * Table detection: every table in a document, whatever its layout, with its caption and
 * diagnostics for rows that came out shorter than the header.
 */
import type { Diagnostic } from '../model/types.js';
import { parseDiagnostic } from './diagnostic.js';
import type { Line } from './lines.js';
import { CAPTION, isCaption, type Table } from './table-shape.js';
import { findStackedTables } from './tables-stacked.js';
import { findTabbedTables } from './tables-tabbed.js';

export type { Table, TableRow } from './table-shape.js';

const CAPTION_REACH = 2;

function nonBlankNear(lines: readonly Line[], fromIndex: number, step: 1 | -1, count: number): Line[] {
  const found: Line[] = [];
  for (let i = fromIndex; i >= 0 && i < lines.length && found.length < count; i += step) {
    const line = lines[i] as Line;
    if (line.text !== '') found.push(line);
  }
  return found;
}

const ITEM_START = /^\d{1,2}\s*[.．、]/;

/**
 * The caption just above the table, else just below it (some documents put it after the
 * table). A "专栏N" line below that is followed by numbered items opens the next box instead.
 */
function findCaption(lines: readonly Line[], table: Table): Line | null {
  const above = nonBlankNear(lines, table.firstLine - 2, -1, CAPTION_REACH).find((l) => CAPTION.test(l.text));
  if (above && above.cells === null) return above;
  const [below, afterBelow] = nonBlankNear(lines, table.lastLine, 1, 2);
  if (below && below.cells === null && CAPTION.test(below.text) && !ITEM_START.test(afterBelow?.text ?? '')) {
    return below;
  }
  return null;
}

function missingCells(table: Table, file: string): Diagnostic[] {
  if (table.header.length === 0) return [];
  return table.rows
    .filter((row) => row.cells.length > 1 && row.cells.length < table.header.length)
    .map((row) =>
      parseDiagnostic('warning', file, row.line, 'parse/table-missing-cells',
        `Table row has ${row.cells.length} of ${table.header.length} cells.`,
        { found: row.cells.length, expected: table.header.length, header: table.header }),
    );
}

// Captions that announce a table the model reads: the indicator table and the task table.
const TABLE_CAPTION = /主要指标|指标体系|指标表|任务分工|分工表|任务清单/;

/** A caption of an indicator or task table that no table was found under: a layout not read. */
function captionsWithoutTable(lines: readonly Line[], tables: readonly Table[], file: string): Diagnostic[] {
  // A line claimed as a caption or inside a table: what tableLineSet holds, without building it.
  const inTable = (no: number): boolean => tables.some((t) => t.captionLine === no || (t.firstLine <= no && no <= t.lastLine));
  const diagnostics: Diagnostic[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.cells !== null || !isCaption(l.text) || !TABLE_CAPTION.test(l.text) || inTable(l.no)) continue;
    diagnostics.push(parseDiagnostic('warning', file, l.no, 'parse/caption-without-table',
      `"${l.text.slice(0, 40)}" announces a table, but no table layout was recognised under it.`, { caption: l.text }));
  }
  return diagnostics;
}

/** All tables of the document in line order, and diagnostics about their rows. */
export function findTables(lines: readonly Line[], file: string): { tables: Table[]; diagnostics: Diagnostic[] } {
  const tables = [...findTabbedTables(lines), ...findStackedTables(lines)].sort((a, b) => a.firstLine - b.firstLine);
  const diagnostics: Diagnostic[] = [];
  for (const table of tables) {
    const caption = findCaption(lines, table);
    if (caption) {
      table.caption = caption.text;
      table.captionLine = caption.no;
    }
    diagnostics.push(...missingCells(table, file));
  }
  diagnostics.push(...captionsWithoutTable(lines, tables, file));
  return { tables, diagnostics };
}

/** Parsed-text lines that belong to a table or its caption: prose readers skip them. */
/** Line numbers, asked of every line: a flag per line, not a hashed set. */
export class LineNumbers {
  private readonly marked: Uint8Array;
  constructor(size: number) {
    this.marked = new Uint8Array(size);
  }
  add(no: number): void {
    this.marked[no] = 1;
  }
  has(no: number): boolean {
    // Every read is inside the array (a line past the last table is none of them).
    return no >= 0 && no < this.marked.length && this.marked[no] === 1;
  }
}

export function tableLineSet(tables: readonly Table[]): LineNumbers {
  let size = 0;
  for (const t of tables) size = Math.max(size, t.lastLine + 1, (t.captionLine ?? 0) + 1);
  const set = new LineNumbers(size);
  for (const t of tables) {
    for (let n = t.firstLine; n <= t.lastLine; n++) set.add(n);
    if (t.captionLine !== null) set.add(t.captionLine);
  }
  return set;
}
