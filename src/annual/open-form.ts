/** Opening a returned file as a form: size limits, zip sanity, exceljs, the meta sheet. */
import ExcelJS from 'exceljs';
import { MAX_FILE_BYTES, MAX_SHEET_ROWS, MAX_UNCOMPRESSED_BYTES, zipUncompressedSize } from './bounds.js';
import type { AnnualConfig } from './config.js';
import { findMetaSheet, readFormMeta, type FormMeta } from './form-meta.js';
import { problem, type Problem } from './problems.js';
import { FORM_VERSION } from './rows.js';

export interface ReturnFile {
  name: string;
  content: Buffer;
}

export interface OpenedForm {
  file: string;
  wb: ExcelJS.Workbook;
  meta: FormMeta;
}

export async function openForm(file: ReturnFile, config: AnnualConfig): Promise<OpenedForm | Problem> {
  if (file.content.length > MAX_FILE_BYTES) return problem('file-too-large', file.name, { size: file.content.length, limit: MAX_FILE_BYTES });
  const unpacked = zipUncompressedSize(file.content);
  if (unpacked === null) return problem('not-a-workbook', file.name, { reason: 'not a zip archive' });
  if (unpacked > MAX_UNCOMPRESSED_BYTES) return problem('file-too-large', file.name, { size: unpacked, limit: MAX_UNCOMPRESSED_BYTES });
  const wb = new ExcelJS.Workbook();
  try {
    // A copy, so nothing downstream can touch the caller's buffer.
    await wb.xlsx.load(Buffer.from(file.content) as unknown as ExcelJS.Buffer);
  } catch (e) {
    return problem('not-a-workbook', file.name, { reason: e instanceof Error ? e.message : String(e) });
  }
  const huge = wb.worksheets.find((ws) => ws.rowCount > MAX_SHEET_ROWS);
  if (huge) return problem('too-many-rows', file.name, { rows: huge.rowCount, limit: MAX_SHEET_ROWS }, huge.name);
  const metaSheet = findMetaSheet(wb, config.layout.sheets.meta);
  const meta = metaSheet && readFormMeta(metaSheet);
  if (!meta) return problem('not-a-form', file.name, { sheet: config.layout.sheets.meta });
  if (meta.formVersion !== FORM_VERSION) return problem('form-version', file.name, { found: meta.formVersion, expected: FORM_VERSION });
  return { file: file.name, wb, meta };
}
