/**
 * What the in-memory (xlsx.ts) and streaming (xlsx-stream.ts) workbook writers share: the
 * workbook's stamp, its sheets, column widths and the fills and fonts of marks and headers.
 */
import type ExcelJS from 'exceljs';
import type { CellMark, Report, ReportCell, ReportColumn, ReportTable } from './report.js';
import { displayWidth } from './text-width.js';
import { sheetNames } from './xlsx-sheet-name.js';

/** Default stamp: a fixed date, so the same report always gives the same bytes. */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
export const SUMMARY = 'Summary';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
export const HEADER_FILL = 'FFDDEBF7';
export const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
export const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
export const PERCENT_FORMAT = 'General"%"';

export const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

function shownWidth(cell: ReportCell | undefined, column: ReportColumn): number {
  const value = cell?.value;
  const text = value === null || value === undefined ? '' : String(value) + (column.kind === 'percent' ? '%' : '');
  return Math.max(0, ...text.split('\n').map(displayWidth));
}

export interface ColumnLook {
  width: number;
  percent: boolean;
  /** Text wider than the widest column: wrapped, aligned to the top. */
  wrap: boolean;
}

/** Widths from the header and the first `sampleRows` rows (all rows by default). */
export function columnLooks(table: ReportTable, sampleRows = Infinity): ColumnLook[] {
  const sample = sampleRows >= table.rows.length ? table.rows : table.rows.slice(0, sampleRows);
  return table.columns.map((column, i) => {
    let widest = displayWidth(column.header);
    for (const cells of sample) widest = Math.max(widest, shownWidth(cells[i], column));
    return { width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2)), percent: column.kind === 'percent', wrap: widest + 2 > MAX_WIDTH };
  });
}

/** The same properties on every workbook plan-diff writes. */
export function stampWorkbook(workbook: { creator: string; lastModifiedBy: string; created: Date; modified: Date }, now: Date): void {
  workbook.creator = 'plan-diff';
  workbook.lastModifiedBy = 'plan-diff';
  workbook.created = now;
  workbook.modified = now;
}

/** The report's tables, each with its sheet name (unique, Excel-safe, never "Summary"). */
export function tableSheets(report: Report): Map<ReportTable, string> {
  const tables = report.sections.flatMap((s) => (s.table ? [s.table] : []));
  const names = sheetNames(tables.map((t) => t.name), [SUMMARY]);
  return new Map(tables.map((t, i) => [t, names[i] ?? t.name]));
}

/** The summary sheet's lines after the title and summary: section titles, paragraphs, sheet pointers. */
export function* summaryLines(report: Report, sheets: ReadonlyMap<ReportTable, string>): Generator<{ text: string; bold?: boolean; blank?: boolean }> {
  for (const section of report.sections) {
    yield { text: '', blank: true };
    yield { text: section.title, bold: true };
    for (const paragraph of section.paragraphs) yield { text: paragraph };
    const name = section.table && sheets.get(section.table);
    if (name) yield { text: `→ sheet "${name}" (${section.table?.rows.length ?? 0} rows)` };
  }
}

/** Every cell's mark, without building an array of every cell. */
export function* reportMarks(report: Report): Generator<CellMark | undefined> {
  for (const section of report.sections) for (const row of section.table?.rows ?? []) for (const cell of row) yield cell.mark;
}
