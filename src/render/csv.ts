import Papa from 'papaparse';
import type { RenderOptions } from './registry.js';
import type { RenderedFile, RenderInput, ReportTable } from './report.js';
import { safeCellValue } from './cells.js';
import { partFileStem } from './file-names.js';
import { uniqueNames } from './unique-names.js';

/**
 * Report → one CSV per table. CSV is for data, so cells carry raw values (no markers,
 * no notes); the BOM makes Excel on Windows read the file as UTF-8 instead of GBK.
 */

const BOM = '\ufeff';

export function tableCsv(table: ReportTable): string {
  const header = table.columns.map((c) => safeCellValue(c.header));
  const rows = table.rows.map((cells) => table.columns.map((_, i) => safeCellValue(cells[i]?.value ?? null)));
  // CRLF as RFC 4180 and Excel expect; the trailing newline keeps concatenation and diffs clean.
  return `${BOM}${Papa.unparse([header, ...rows], { newline: '\r\n', quotes: false })}\r\n`;
}

export function renderCsv(input: RenderInput, options: RenderOptions): RenderedFile[] {
  const tables = input.report.sections.flatMap((s) => (s.table ? [s.table] : []));
  const stems = uniqueNames(tables.map((t) => partFileStem(options.baseName, t.name)));
  return tables.map((table, i) => ({ name: `${stems[i]}.csv`, content: tableCsv(table) }));
}
