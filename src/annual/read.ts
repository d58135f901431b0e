/**
 * `plan-diff report`, reading side: returned workbooks → validated input values,
 * or problems naming file, sheet and cell. Reading never writes to the given buffers.
 */
import ExcelJS from 'exceljs';
import type { Plan } from '../model/types.js';
import { MAX_FILE_BYTES, MAX_SHEET_ROWS, MAX_UNCOMPRESSED_BYTES, zipUncompressedSize } from './bounds.js';
import { loadAnnualConfig, type AnnualConfig } from './config.js';
import { findMetaSheet, readFormMeta, type FormMeta } from './form-meta.js';
import { rawValue } from './input-cells.js';
import { problem, type Problem } from './problems.js';
import { cellText, fingerprint, fixedTable, planRows, rowsFor, FORM_VERSION, SHEET_KINDS, type FixedTable, type FormRows } from './rows.js';
import { readInputs, type ReturnRow } from './read-inputs.js';

export type { ReturnRow } from './read-inputs.js';

export interface FormReturn {
  file: string;
  /** Canonical department the form was made for; null for a whole-plan form. */
  department: string | null;
  rows: ReturnRow[];
}

export interface ReadResult {
  returns: FormReturn[];
  problems: Problem[];
}

export interface ReturnFile {
  name: string;
  content: Buffer;
}

function cellsTable(wb: ExcelJS.Workbook, meta: FormMeta): FixedTable | string {
  const table = {} as FixedTable;
  for (const kind of SHEET_KINDS) {
    const { name, columns } = meta.sheets[kind];
    const ws = wb.getWorksheet(name);
    if (!ws) return name;
    const fixed = columns.flatMap((c, i) => (c.input === null ? [{ key: c.key, col: i + 1 }] : []));
    let last = 1;
    ws.eachRow((row, n) => {
      if (row.values && (row.values as unknown[]).some((v) => rawValue(v as ExcelJS.CellValue) !== null)) last = Math.max(last, n);
    });
    const rows: string[][] = [];
    for (let r = 2; r <= last; r++) rows.push(fixed.map((f) => cellText(rawValue(ws.getCell(r, f.col).value))));
    table[kind] = { columns: fixed.map((f) => f.key), rows };
  }
  return table;
}

/** Where the returned fixed cells first differ from what the form was made with. */
function firstDifference(found: FixedTable, expected: FixedTable, meta: FormMeta): { sheet: string; cell: string | null; found: string; expected: string } | null {
  for (const kind of SHEET_KINDS) {
    const a = found[kind].rows;
    const b = expected[kind].rows;
    const fixedCols = meta.sheets[kind].columns.flatMap((c, i) => (c.input === null ? [i + 1] : []));
    for (let r = 0; r < Math.max(a.length, b.length); r++) {
      if (r >= a.length || r >= b.length) {
        return { sheet: meta.sheets[kind].name, cell: `A${r + 2}`, found: r < a.length ? 'added row' : 'deleted row', expected: (b[r] ?? []).join(' ') };
      }
      for (let c = 0; c < fixedCols.length; c++) {
        const x = a[r]?.[c] ?? '';
        const y = b[r]?.[c] ?? '';
        if (x !== y) return { sheet: meta.sheets[kind].name, cell: `${columnLetter(fixedCols[c]!)}${r + 2}`, found: x, expected: y };
      }
    }
  }
  return null;
}

const columnLetter = (n: number): string => (n <= 0 ? '' : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

async function readOne(file: ReturnFile, plan: Plan, year: number, all: FormRows, config: AnnualConfig): Promise<{ ret?: FormReturn; problems: Problem[] }> {
  const fail = (p: Problem) => ({ problems: [p] });
  if (file.content.length > MAX_FILE_BYTES) return fail(problem('file-too-large', file.name, { size: file.content.length, limit: MAX_FILE_BYTES }));
  const unpacked = zipUncompressedSize(file.content);
  if (unpacked === null) return fail(problem('not-a-workbook', file.name, { reason: 'not a zip archive' }));
  if (unpacked > MAX_UNCOMPRESSED_BYTES) return fail(problem('file-too-large', file.name, { size: unpacked, limit: MAX_UNCOMPRESSED_BYTES }));
  const wb = new ExcelJS.Workbook();
  try {
    // A copy, so nothing downstream can touch the caller's buffer.
    await wb.xlsx.load(Buffer.from(file.content) as unknown as ExcelJS.Buffer);
  } catch (e) {
    return fail(problem('not-a-workbook', file.name, { reason: e instanceof Error ? e.message : String(e) }));
  }
  const huge = wb.worksheets.find((ws) => ws.rowCount > MAX_SHEET_ROWS);
  if (huge) return fail(problem('too-many-rows', file.name, { rows: huge.rowCount, limit: MAX_SHEET_ROWS }, huge.name));
  const metaSheet = findMetaSheet(wb, config.layout.sheets.meta);
  const meta = metaSheet && readFormMeta(metaSheet);
  if (!meta) return fail(problem('not-a-form', file.name, { sheet: config.layout.sheets.meta }));
  if (meta.formVersion !== FORM_VERSION) return fail(problem('form-version', file.name, { found: meta.formVersion, expected: FORM_VERSION }));
  if (meta.identity.planId !== plan.id) return fail(problem('wrong-plan', file.name, { found: meta.identity.planId, expected: plan.id }));
  if (meta.identity.year !== year) return fail(problem('wrong-year', file.name, { found: meta.identity.year, expected: year }));
  const columns = Object.fromEntries(SHEET_KINDS.map((k) => [k, meta.sheets[k].columns])) as Parameters<typeof fixedTable>[1];
  const expectedRows = rowsFor(all, meta.identity.department);
  const expected = fixedTable(expectedRows, columns);
  const found = cellsTable(wb, meta);
  if (typeof found === 'string') return fail(problem('rows-altered', file.name, { found: 'sheet missing', expected: found }, found));
  if (fingerprint(meta.identity, found) !== meta.fingerprint) {
    const diff = firstDifference(found, expected, meta);
    return fail(problem('rows-altered', file.name, { found: diff?.found ?? '', expected: diff?.expected ?? '' }, diff?.sheet ?? null, diff?.cell ?? null));
  }
  if (fingerprint(meta.identity, expected) !== meta.fingerprint) return fail(problem('plan-changed', file.name));
  const { rows, problems } = readInputs(wb, file.name, meta, expectedRows, config);
  return { ret: { file: file.name, department: meta.identity.department, rows }, problems };
}

export async function readReturns(files: readonly ReturnFile[], plan: Plan, year: number, options: { config?: AnnualConfig } = {}): Promise<ReadResult> {
  const config = options.config ?? loadAnnualConfig();
  const all = planRows(plan);
  const returns: FormReturn[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const one = await readOne(file, plan, year, all, config);
    if (one.ret) returns.push(one.ret);
    problems.push(...one.problems);
  }
  return { returns, problems };
}
