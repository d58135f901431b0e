/**
 * Which form a returned file is, read from its hidden meta sheet alone: plan id, year,
 * department, fingerprint. Cheap (a few zip parts, no exceljs), so every file can be
 * routed to its plan before any of them is opened as a workbook.
 */
import { MAX_FILE_BYTES, MAX_SHEET_ROWS, MAX_UNCOMPRESSED_BYTES, zipUncompressedSize } from './bounds.js';
import { loadAnnualConfig } from './config.js';
import { problem, type Problem } from './problems.js';
import { FORM_VERSION, type FormIdentity } from './rows.js';
import { XlsxParts, type SheetRef } from './xlsx-parts.js';

export interface FormStamp {
  identity: FormIdentity;
  fingerprint: string;
}

export interface IdentityOptions {
  /** File name for problems. */
  name?: string;
  /** Name of the meta sheet; default: the shipped layout's. */
  metaSheet?: string;
}

/** The meta sheet holds a handful of key/value rows; anything longer is not ours. */
const META_ROWS = 64;

/** The meta sheet by name, else (renamed layouts) the first sheet, hidden ones first, whose A1 says "formVersion". */
function metaCells(parts: XlsxParts, sheets: SheetRef[], name: string): Map<string, string | number> | null {
  const named = sheets.find((s) => s.name === name);
  if (named) return parts.cells(named, META_ROWS);
  const hiddenFirst = [...sheets.filter((s) => s.state !== 'visible'), ...sheets.filter((s) => s.state === 'visible')];
  for (const sheet of hiddenFirst) {
    const cells = parts.cells(sheet, META_ROWS);
    if (cells?.get('A1') === 'formVersion') return cells;
  }
  return null;
}

export function formIdentity(content: Buffer, options: IdentityOptions = {}): FormStamp | Problem {
  const file = options.name ?? '';
  const metaSheet = options.metaSheet ?? loadAnnualConfig().layout.sheets.meta;
  if (content.length > MAX_FILE_BYTES) return problem('file-too-large', file, { size: content.length, limit: MAX_FILE_BYTES });
  const unpacked = zipUncompressedSize(content);
  if (unpacked === null) return problem('not-a-workbook', file, { reason: 'not a zip archive' });
  if (unpacked > MAX_UNCOMPRESSED_BYTES) return problem('file-too-large', file, { size: unpacked, limit: MAX_UNCOMPRESSED_BYTES });
  const parts = XlsxParts.open(content, MAX_UNCOMPRESSED_BYTES);
  const sheets = parts?.sheets();
  if (!parts || !sheets) return problem('not-a-workbook', file, { reason: 'no workbook part' });
  const cells = metaCells(parts, sheets, metaSheet);
  const values = new Map<string, string | number>();
  for (let r = 1; cells && r <= Math.min(META_ROWS, MAX_SHEET_ROWS); r++) {
    const key = cells.get(`A${r}`);
    const value = cells.get(`B${r}`);
    if (typeof key === 'string' && value !== undefined) values.set(key, value);
  }
  const planId = values.get('planId');
  const year = Number(values.get('year'));
  const fingerprint = values.get('fingerprint');
  if (typeof planId !== 'string' || !Number.isInteger(year) || typeof fingerprint !== 'string') return problem('not-a-form', file, { sheet: metaSheet });
  const version = Number(values.get('formVersion'));
  if (version !== FORM_VERSION) return problem('form-version', file, { found: version, expected: FORM_VERSION });
  const department = values.get('department');
  return { identity: { planId, year, department: typeof department === 'string' ? department : null }, fingerprint };
}
