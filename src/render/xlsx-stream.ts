/**
 * Report → workbook through exceljs's streaming writer, for reports too large to build in
 * memory (a national comparison of thousands of plans). Same sheets, fills, notes and
 * neutralised formulas as render/xlsx.ts; rows are committed one by one, so memory stays flat.
 * The caller supplies the output stream; reportWorkbook (xlsx.ts) collects it into bytes with
 * fixed zip dates, which is how the CLI gets large workbooks.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { safeCellValue } from './cells.js';
import { MARK_STYLES, marksUsed } from './marks.js';
import type { CellMark, Report, ReportTable } from './report.js';
import {
  columnLooks, FIXED_DATE, HEADER_FILL, PERCENT_FORMAT, reportMarks, solid, stampWorkbook, SUMMARY, summaryLines, tableSheets, TITLE_FONT, WRAP_TOP,
  type ColumnLook,
} from './xlsx-look.js';

/** Widths are estimated from the first rows; scanning a million rows for a width is not worth it. */
const WIDTH_SAMPLE_ROWS = 2000;

/**
 * One style object per distinct look, shared by every cell that has it: exceljs caches style ids
 * by object identity, so shared objects are registered once instead of once per cell (it gave
 * every cell a fresh object, which made style bookkeeping the largest cost on big reports).
 */
function styleCache(): (look: ColumnLook, mark: CellMark | undefined) => Partial<ExcelJS.Style> {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return (look, mark) => {
    const key = `${look.percent}|${look.wrap}|${mark ?? ''}`;
    let style = cache.get(key);
    if (!style) {
      style = {
        ...(look.percent ? { numFmt: PERCENT_FORMAT } : {}),
        ...(look.wrap ? { alignment: WRAP_TOP } : {}),
        ...(mark ? { fill: solid(MARK_STYLES[mark].fill) } : {}),
      };
      cache.set(key, style);
    }
    return style;
  };
}

function writeTableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, table: ReportTable): void {
  const keyColumns = Math.min(table.keyColumns ?? 1, table.columns.length);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: keyColumns, ySplit: 1 }] });
  const looks = columnLooks(table, WIDTH_SAMPLE_ROWS);
  const styleOf = styleCache();
  sheet.columns = looks.map((look) => ({ width: look.width }));
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };
  }
  const headerStyle: Partial<ExcelJS.Style> = { font: { bold: true }, fill: solid(HEADER_FILL) };
  const header = sheet.addRow(table.columns.map((c) => safeCellValue(c.header)));
  header.eachCell((cell) => (cell.style = headerStyle));
  header.commit();
  for (const cells of table.rows) {
    const row = sheet.addRow(table.columns.map((_, i) => safeCellValue(cells[i]?.value ?? null)));
    looks.forEach((look, i) => {
      const source = cells[i];
      const cell = row.getCell(i + 1);
      cell.style = styleOf(look, source?.mark);
      if (source?.note) cell.note = source.note;
    });
    row.commit();
  }
  sheet.commit();
}

function writeSummarySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, report: Report, sheets: Map<ReportTable, string>): void {
  const sheet = workbook.addWorksheet(SUMMARY);
  sheet.columns = [{ width: 100, style: { alignment: WRAP_TOP } }];
  const add = (text: string, font?: Partial<ExcelJS.Font>, fill?: string): void => {
    const row = sheet.addRow([safeCellValue(text)]);
    if (font) row.font = font;
    if (fill) row.getCell(1).fill = solid(fill);
    row.commit();
  };
  add(report.title, TITLE_FONT);
  for (const paragraph of report.summary) add(paragraph);
  for (const line of summaryLines(report, sheets)) add(line.text, line.bold ? { bold: true } : undefined);
  const marks = marksUsed(reportMarks(report));
  if (marks.length > 0) {
    add('');
    add('Legend', { bold: true });
    for (const mark of marks) add(MARK_STYLES[mark].label, undefined, MARK_STYLES[mark].fill);
  }
  sheet.commit();
}

/**
 * Streams the workbook into `output`; resolves once everything is written. The zip entries
 * carry the time of writing: reportWorkbook (xlsx.ts) fixes them for reproducible bytes.
 */
export async function writeReportXlsxStream(report: Report, output: Writable, now: Date = FIXED_DATE): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  stampWorkbook(workbook, now);
  const sheets = tableSheets(report);
  writeSummarySheet(workbook, report, sheets);
  for (const [table, name] of sheets) writeTableSheet(workbook, name, table);
  await workbook.commit();
}
