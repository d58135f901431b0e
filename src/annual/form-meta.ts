/** Reading the veryHidden meta sheet of a returned form back into identity, fingerprint and columns. */
import type ExcelJS from 'exceljs';
import type { InputKind, SheetKind } from './config.js';
import { rawValue } from './input-cells.js';
import { SHEET_KINDS, type FormColumn, type FormIdentity } from './rows.js';

export interface FormMeta {
  formVersion: number;
  identity: FormIdentity;
  fingerprint: string;
  sheets: Record<SheetKind, { name: string; columns: FormColumn[] }>;
}

const INPUTS = new Set<InputKind>(['decimal', 'status', 'percent', 'text']);

function parseColumns(json: string): FormColumn[] | null {
  try {
    const data: unknown = JSON.parse(json);
    if (!Array.isArray(data)) return null;
    const out: FormColumn[] = [];
    for (const c of data as Record<string, unknown>[]) {
      if (typeof c?.key !== 'string') return null;
      const input = INPUTS.has(c.input as InputKind) ? (c.input as InputKind) : null;
      out.push({ key: c.key, header: c.key, width: 0, input, required: c.required === true });
    }
    return out;
  } catch {
    return null;
  }
}

/** The meta sheet is found by name, or else as the sheet whose A1 says "formVersion" (renamed layouts). */
export function findMetaSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.getWorksheet(name) ?? wb.worksheets.find((ws) => rawValue(ws.getCell('A1').value) === 'formVersion');
}

export function readFormMeta(ws: ExcelJS.Worksheet): FormMeta | null {
  const values = new Map<string, { b: unknown; c: unknown }>();
  ws.eachRow((row) => {
    const key = rawValue(row.getCell(1).value);
    if (typeof key === 'string') values.set(key, { b: rawValue(row.getCell(2).value), c: rawValue(row.getCell(3).value) });
  });
  const get = (k: string) => values.get(k)?.b;
  const planId = get('planId');
  const year = Number(get('year'));
  const fingerprint = get('fingerprint');
  if (typeof planId !== 'string' || !Number.isInteger(year) || typeof fingerprint !== 'string') return null;
  const department = get('department');
  const sheets = {} as FormMeta['sheets'];
  for (const kind of SHEET_KINDS) {
    const entry = values.get(`sheet:${kind}`);
    const columns = typeof entry?.c === 'string' ? parseColumns(entry.c) : null;
    if (typeof entry?.b !== 'string' || columns === null) return null;
    sheets[kind] = { name: entry.b, columns };
  }
  return {
    formVersion: Number(get('formVersion')),
    identity: { planId, year, department: typeof department === 'string' && department !== '' ? department : null },
    fingerprint,
    sheets,
  };
}
