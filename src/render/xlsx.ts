import ExcelJS from 'exceljs';
import type { RenderOptions } from './registry.js';
import type { RenderedFile, RenderInput, Report, ReportCell, ReportColumn, ReportTable } from './report.js';
import { safeCellValue } from './cells.js';
import { MARK_STYLES, marksUsed } from './marks.js';
import { displayWidth } from './text-width.js';
import { sheetNames } from './xlsx-sheet-name.js';
import { fixZipDates } from './zip-dates.js';

/**
 * Report → workbook: a summary sheet, then one sheet per table with a frozen header and
 * key columns, an autofilter, CJK-aware widths, fills for marks and notes for provenance.
 * Values are written exactly as in the report (so reading back equals the JSON output);
 * marks are fills, not text.
 */

/** Default stamp: a fixed date, so the same report always gives the same bytes. */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const SUMMARY = 'Summary';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const HEADER_FILL = 'FFDDEBF7';

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

function shownWidth(cell: ReportCell | undefined, column: ReportColumn): number {
  const value = cell?.value;
  const text = value === null || value === undefined ? '' : String(value) + (column.kind === 'percent' ? '%' : '');
  return Math.max(0, ...text.split('\n').map(displayWidth));
}

function writeTableSheet(sheet: ExcelJS.Worksheet, table: ReportTable): void {
  const keyColumns = Math.min(table.keyColumns ?? 1, table.columns.length);
  sheet.addRow(table.columns.map((c) => safeCellValue(c.header)));
  for (const cells of table.rows) {
    const row = sheet.addRow(table.columns.map((_, i) => safeCellValue(cells[i]?.value ?? null)));
    table.columns.forEach((_, i) => {
      const source = cells[i];
      if (!source) return;
      const cell = row.getCell(i + 1);
      if (source.mark) cell.fill = solid(MARK_STYLES[source.mark].fill);
      if (source.note) cell.note = source.note;
    });
  }
  table.columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    const widest = Math.max(displayWidth(column.header), ...table.rows.map((cells) => shownWidth(cells[i], column)));
    sheetColumn.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
    if (column.kind === 'percent') sheetColumn.numFmt = 'General"%"';
    if (widest + 2 > MAX_WIDTH) sheetColumn.alignment = { wrapText: true, vertical: 'top' };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = solid(HEADER_FILL)));
  sheet.views = [{ state: 'frozen', xSplit: keyColumns, ySplit: 1 }];
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };
  }
}

function writeSummarySheet(sheet: ExcelJS.Worksheet, report: Report, tableSheets: Map<ReportTable, string>): void {
  sheet.getColumn(1).width = 100;
  sheet.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.addRow([safeCellValue(report.title)]).font = { bold: true, size: 14 };
  for (const paragraph of report.summary) sheet.addRow([safeCellValue(paragraph)]);
  for (const section of report.sections) {
    sheet.addRow([]);
    sheet.addRow([safeCellValue(section.title)]).font = { bold: true };
    for (const paragraph of section.paragraphs) sheet.addRow([safeCellValue(paragraph)]);
    const name = section.table && tableSheets.get(section.table);
    if (name) sheet.addRow([`→ sheet "${name}" (${section.table?.rows.length ?? 0} rows)`]);
  }
  const marks = marksUsed(report.sections.flatMap((s) => s.table?.rows.flat().map((c) => c.mark) ?? []));
  if (marks.length > 0) {
    sheet.addRow([]);
    sheet.addRow(['Legend']).font = { bold: true };
    for (const mark of marks) sheet.addRow([MARK_STYLES[mark].label]).getCell(1).fill = solid(MARK_STYLES[mark].fill);
  }
}

export async function reportWorkbook(report: Report, now: Date = FIXED_DATE): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'plan-diff';
  workbook.lastModifiedBy = 'plan-diff';
  workbook.created = now;
  workbook.modified = now;
  const tables = report.sections.flatMap((s) => (s.table ? [s.table] : []));
  const names = sheetNames(tables.map((t) => t.name), [SUMMARY]);
  const tableSheets = new Map(tables.map((t, i) => [t, names[i] ?? t.name]));
  writeSummarySheet(workbook.addWorksheet(SUMMARY), report, tableSheets);
  for (const table of tables) writeTableSheet(workbook.addWorksheet(tableSheets.get(table)), table);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return fixZipDates(written, now);
}

export async function renderXlsx(input: RenderInput, options: RenderOptions): Promise<RenderedFile[]> {
  return [{ name: `${options.baseName}.xlsx`, content: await reportWorkbook(input.report, options.now) }];
}
