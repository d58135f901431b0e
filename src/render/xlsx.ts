import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RenderOptions } from './registry.js';
import type { RenderedFile, RenderInput, Report, ReportTable } from './report.js';
import { safeCellValue } from './cells.js';
import { MARK_STYLES, marksUsed } from './marks.js';
import { columnLooks, FIXED_DATE, reportMarks, HEADER_FILL, PERCENT_FORMAT, solid, stampWorkbook, SUMMARY, summaryLines, tableSheets, TITLE_FONT, WRAP_TOP } from './xlsx-look.js';
import { writeReportXlsxStream } from './xlsx-stream.js';
import { fixZipDates } from './zip-dates.js';

/**
 * Report → workbook: a summary sheet, then one sheet per table with a frozen header and
 * key columns, an autofilter, CJK-aware widths, fills for marks and notes for provenance.
 * Values are written exactly as in the report (so reading back equals the JSON output);
 * marks are fills, not text. Reports above STREAM_CELLS cells go through exceljs's streaming
 * writer (xlsx-stream.ts), which never holds the workbook model in memory.
 */

export { FIXED_DATE } from './xlsx-look.js';
/** Table cells from which the streaming writer is used (a national comparison has millions). */
export const STREAM_CELLS = 50_000;

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
  columnLooks(table).forEach((look, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = look.width;
    if (look.percent) sheetColumn.numFmt = PERCENT_FORMAT;
    if (look.wrap) sheetColumn.alignment = WRAP_TOP;
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = solid(HEADER_FILL)));
  sheet.views = [{ state: 'frozen', xSplit: keyColumns, ySplit: 1 }];
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.columns.length } };
  }
}

function writeSummarySheet(sheet: ExcelJS.Worksheet, report: Report, sheets: Map<ReportTable, string>): void {
  sheet.getColumn(1).width = 100;
  sheet.getColumn(1).alignment = WRAP_TOP;
  sheet.addRow([safeCellValue(report.title)]).font = TITLE_FONT;
  for (const paragraph of report.summary) sheet.addRow([safeCellValue(paragraph)]);
  for (const line of summaryLines(report, sheets)) {
    const row = sheet.addRow(line.blank ? [] : [safeCellValue(line.text)]);
    if (line.bold) row.font = { bold: true };
  }
  const marks = marksUsed(reportMarks(report));
  if (marks.length > 0) {
    sheet.addRow([]);
    sheet.addRow(['Legend']).font = { bold: true };
    for (const mark of marks) sheet.addRow([MARK_STYLES[mark].label]).getCell(1).fill = solid(MARK_STYLES[mark].fill);
  }
}

const tableCells = (report: Report): number =>
  report.sections.reduce((n, s) => n + (s.table ? s.table.rows.length * s.table.columns.length : 0), 0);

/** The streaming writer's output, collected: the CLI owns files, renderers return bytes. */
async function streamedWorkbook(report: Report, now: Date): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await writeReportXlsxStream(report, sink, now);
  await ended;
  return Buffer.concat(chunks);
}

export async function reportWorkbook(report: Report, now: Date = FIXED_DATE): Promise<Buffer> {
  if (tableCells(report) > STREAM_CELLS) return fixZipDates(await streamedWorkbook(report, now), now);
  const workbook = new ExcelJS.Workbook();
  stampWorkbook(workbook, now);
  const sheets = tableSheets(report);
  writeSummarySheet(workbook.addWorksheet(SUMMARY), report, sheets);
  for (const [table, name] of sheets) writeTableSheet(workbook.addWorksheet(name), table);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return fixZipDates(written, now);
}

export async function renderXlsx(input: RenderInput, options: RenderOptions): Promise<RenderedFile[]> {
  return [{ name: `${options.baseName}.xlsx`, content: await reportWorkbook(input.report, options.now) }];
}
