/**
 * Report → workbook through exceljs's streaming writer, for reports too large to build in
 * memory (a national comparison of thousands of plans). Same sheets, fills, notes and
 * neutralised formulas as render/xlsx.ts; rows are committed one by one, so memory stays flat.
 * The caller supplies the output stream (the CLI owns files). Zip entry dates are not fixed
 * here, so bytes differ between runs; read cells back to compare.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { safeCellValue } from './cells.js';
import { MARK_STYLES, marksUsed } from './marks.js';
import type { CellMark, Report, ReportCell, ReportColumn, ReportTable } from './report.js';
import { displayWidth } from './text-width.js';
import { sheetNames } from './xlsx-sheet-name.js';
import { FIXED_DATE } from './xlsx.js';

const SUMMARY = 'Summary';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const HEADER_FILL = 'FFDDEBF7';
/** Widths are estimated from the first rows; scanning a million rows for a width is not worth it. */
const WIDTH_SAMPLE_ROWS = 2000;

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

function shownWidth(cell: ReportCell | undefined, column: ReportColumn): number {
  const value = cell?.value;
  const text = value === null || value === undefined ? '' : String(value) + (column.kind === 'percent' ? '%' : '');
  return Math.max(0, ...text.split('\n').map(displayWidth));
}

interface ColumnLook {
  width: number;
  numFmt?: string;
  wrap: boolean;
}

function columnLooks(table: ReportTable): ColumnLook[] {
  const sample = table.rows.slice(0, WIDTH_SAMPLE_ROWS);
  return table.columns.map((column, i) => {
    const widest = Math.max(displayWidth(column.header), ...sample.map((cells) => shownWidth(cells[i], column)));
    return {
      width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2)),
      ...(column.kind === 'percent' ? { numFmt: 'General"%"' } : {}),
      wrap: widest + 2 > MAX_WIDTH,
    };
  });
}

/**
 * One style object per distinct look, shared by every cell that has it: exceljs caches style ids
 * by object identity, so shared objects are registered once instead of once per cell (it gave
 * every cell a fresh object, which made style bookkeeping the largest cost on big reports).
 */
function styleCache(): (look: ColumnLook, mark: CellMark | undefined) => Partial<ExcelJS.Style> {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return (look, mark) => {
    const key = `${look.numFmt ?? ''}|${look.wrap}|${mark ?? ''}`;
    let style = cache.get(key);
    if (!style) {
      style = {
        ...(look.numFmt ? { numFmt: look.numFmt } : {}),
        ...(look.wrap ? { alignment: { wrapText: true, vertical: 'top' } } : {}),
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
  const looks = columnLooks(table);
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

function* allMarks(report: Report): Generator<CellMark | undefined> {
  for (const section of report.sections) for (const row of section.table?.rows ?? []) for (const cell of row) yield cell.mark;
}

function writeSummarySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, report: Report, tableSheets: Map<ReportTable, string>): void {
  const sheet = workbook.addWorksheet(SUMMARY);
  sheet.columns = [{ width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  const add = (text: string, font?: Partial<ExcelJS.Font>, fill?: string): void => {
    const row = sheet.addRow([safeCellValue(text)]);
    if (font) row.font = font;
    if (fill) row.getCell(1).fill = solid(fill);
    row.commit();
  };
  add(report.title, { bold: true, size: 14 });
  for (const paragraph of report.summary) add(paragraph);
  for (const section of report.sections) {
    add('');
    add(section.title, { bold: true });
    for (const paragraph of section.paragraphs) add(paragraph);
    const name = section.table && tableSheets.get(section.table);
    if (name) add(`→ sheet "${name}" (${section.table?.rows.length ?? 0} rows)`);
  }
  const marks = marksUsed(allMarks(report));
  if (marks.length > 0) {
    add('');
    add('Legend', { bold: true });
    for (const mark of marks) add(MARK_STYLES[mark].label, undefined, MARK_STYLES[mark].fill);
  }
  sheet.commit();
}

/** Streams the workbook into `output`; resolves once everything is written. */
export async function writeReportXlsxStream(report: Report, output: Writable, now: Date = FIXED_DATE): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'plan-diff';
  workbook.lastModifiedBy = 'plan-diff';
  workbook.created = now;
  workbook.modified = now;
  const tables = report.sections.flatMap((s) => (s.table ? [s.table] : []));
  const names = sheetNames(tables.map((t) => t.name), [SUMMARY]);
  const tableSheets = new Map(tables.map((t, i) => [t, names[i] ?? t.name]));
  writeSummarySheet(workbook, report, tableSheets);
  tables.forEach((table) => writeTableSheet(workbook, tableSheets.get(table)!, table));
  await workbook.commit();
}
