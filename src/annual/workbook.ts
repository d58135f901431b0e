/**
 * FormSpec → xlsx Buffer. Plan text is grey and locked, input cells white, unlocked and
 * validated; every sheet is protected (locking has no effect otherwise) without a password,
 * because a password hash carries a random salt and would break byte-identical output.
 */
import ExcelJS from 'exceljs';
import { FIXED_DATE } from '../render/xlsx.js';
import { fixZipDates } from '../render/zip-dates.js';
import type { SheetKind } from './config.js';
import type { FormSpec } from './form.js';
import { FORM_VERSION, SHEET_KINDS, fixedCell, type FormColumn } from './rows.js';
import { SCHEMA_VERSION } from '../model/types.js';
import { reporterCell } from './reporter.js';

const GREY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const HEADER: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };

/** The meta sheet's key/value rows; readReturns reads them back by these keys. */
export const META_KEYS = ['formVersion', 'schemaVersion', 'planId', 'year', 'department', 'fingerprint'] as const;

type ListRefs = { status: string; department: string };

function validation(spec: FormSpec, column: FormColumn, unit: string | null, lists: ListRefs): ExcelJS.DataValidation | null {
  const v = spec.config.wording.validation;
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: v.title } as const;
  switch (column.input) {
    case 'decimal':
      return unit === '%'
        ? { ...base, type: 'decimal', operator: 'between', formulae: [0, 100], error: v.percentRange }
        : { ...base, type: 'decimal', operator: 'between', formulae: [-1e15, 1e15], error: v.decimal };
    case 'percent':
      return { ...base, type: 'whole', operator: 'between', formulae: [0, 100], error: v.progress };
    case 'status':
      return { ...base, type: 'list', formulae: [lists.status], error: v.status };
    default:
      return null;
  }
}

function dataSheet(wb: ExcelJS.Workbook, spec: FormSpec, kind: SheetKind, lists: ListRefs): void {
  const ws = wb.addWorksheet(spec.config.layout.sheets[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = spec.columns[kind];
  ws.columns = columns.map((c) => ({ width: c.width }));
  const header = ws.addRow(columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.protection = { locked: true };
  });
  for (const row of spec.rows[kind]) {
    const unit = 'indicator' in row ? row.indicator.unit : null;
    const r = ws.addRow(columns.map((c) => (c.input === null ? fixedCell(kind, c.key, row) : null)));
    columns.forEach((c, i) => {
      const cell = r.getCell(i + 1);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.input === null) {
        cell.fill = GREY;
        cell.protection = { locked: true };
        return;
      }
      cell.protection = { locked: false };
      const dv = validation(spec, c, unit, lists);
      if (dv) cell.dataValidation = dv;
    });
  }
}

function instructionsSheet(wb: ExcelJS.Workbook, spec: FormSpec, lists: ListRefs): void {
  const { wording, layout } = spec.config;
  const ws = wb.addWorksheet(layout.sheets.instructions);
  ws.columns = [{ width: 16 }, { width: 90 }];
  const title = ws.addRow([spec.title]);
  title.getCell(1).font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const i of spec.instructions) ws.addRow([i.heading, i.text]);
  ws.addRow([]);
  ws.addRow([wording.statusHeading]).getCell(1).font = { bold: true };
  for (const s of wording.statuses) ws.addRow([s.value, s.definition]);
  ws.addRow([]);
  for (const f of wording.reporterFields) {
    reporterCell(ws.addRow([f.label, null]).getCell(2), f.input, wording, lists.department);
  }
  ws.eachRow((row) => row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'top', ...(cell.alignment ?? {}) })));
}

const listValues = (spec: FormSpec) => ({
  statuses: spec.config.wording.statuses.map((s) => s.value),
  departments: spec.departmentList.length > 0 ? spec.departmentList : [spec.config.wording.allDepartments],
});

/** Lists referenced by range: Excel rejects inline validation lists over 255 characters. */
function listRefs(spec: FormSpec): ListRefs {
  const ref = `'${spec.config.layout.sheets.lists.replace(/'/g, "''")}'`;
  const { statuses, departments } = listValues(spec);
  return { status: `${ref}!$A$1:$A$${statuses.length}`, department: `${ref}!$B$1:$B$${departments.length}` };
}

function listSheet(wb: ExcelJS.Workbook, spec: FormSpec): void {
  const ws = wb.addWorksheet(spec.config.layout.sheets.lists, { state: 'hidden' });
  const { statuses, departments } = listValues(spec);
  statuses.forEach((s, i) => (ws.getCell(i + 1, 1).value = s));
  departments.forEach((d, i) => (ws.getCell(i + 1, 2).value = d));
}

function metaSheet(wb: ExcelJS.Workbook, spec: FormSpec): void {
  const ws = wb.addWorksheet(spec.config.layout.sheets.meta, { state: 'veryHidden' });
  const { planId, year, department } = spec.identity;
  const values: Record<(typeof META_KEYS)[number], string | number> = {
    formVersion: FORM_VERSION, schemaVersion: SCHEMA_VERSION, planId, year, department: department ?? '', fingerprint: spec.fingerprint,
  };
  for (const key of META_KEYS) ws.addRow([key, values[key]]);
  for (const kind of SHEET_KINDS) ws.addRow([`sheet:${kind}`, spec.config.layout.sheets[kind], JSON.stringify(spec.columns[kind].map((c) => ({ key: c.key, input: c.input, required: c.required })))]);
}

export async function formWorkbook(spec: FormSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan-diff';
  wb.lastModifiedBy = 'plan-diff';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = spec.title;
  const lists = listRefs(spec);
  instructionsSheet(wb, spec, lists);
  for (const kind of SHEET_KINDS) dataSheet(wb, spec, kind, lists);
  listSheet(wb, spec);
  metaSheet(wb, spec);
  for (const ws of wb.worksheets) await ws.protect('', PROTECTION);
  return fixZipDates(Buffer.from(await wb.xlsx.writeBuffer()), FIXED_DATE);
}
