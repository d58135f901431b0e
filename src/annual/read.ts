/**
 * `plan-diff report`, reading side: returned workbooks → validated input values,
 * or problems naming file, sheet and cell. Reading never writes to the given buffers.
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '../model/types.js';
import { loadAnnualConfig, type AnnualConfig } from './config.js';
import type { FormMeta } from './form-meta.js';
import { openForm, type OpenedForm, type ReturnFile } from './open-form.js';
import { rawValue } from './input-cells.js';
import { problem, type Problem } from './problems.js';
import { cellText, fingerprint, fixedTable, planRows, rowsFor, SHEET_KINDS, type FixedTable, type FormRows } from './rows.js';
import { readInputs, type ReturnRow } from './read-inputs.js';
import { readReporter, type ReporterField } from './reporter.js';

export type { ReturnRow } from './read-inputs.js';

export interface FormReturn {
  file: string;
  /** Canonical department the form was made for; null for a whole-plan form. */
  department: string | null;
  rows: ReturnRow[];
  /** Who filled the form in (填报单位, 填报人, …), from the instructions sheet. */
  reporter: ReporterField[];
}

export interface ReadResult {
  returns: FormReturn[];
  problems: Problem[];
}

export type { ReturnFile } from './open-form.js';

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

/** Checks an opened form against the plan and year, then validates its input cells. */
export function readOpenedForm(form: OpenedForm, plan: Plan, year: number, all: FormRows, config: AnnualConfig): { ret?: FormReturn; problems: Problem[] } {
  const fail = (p: Problem) => ({ problems: [p] });
  const { file, wb, meta } = form;
  if (meta.identity.planId !== plan.id) return fail(problem('wrong-plan', file, { found: meta.identity.planId, expected: plan.id }));
  if (meta.identity.year !== year) return fail(problem('wrong-year', file, { found: meta.identity.year, expected: year }));
  const columns = Object.fromEntries(SHEET_KINDS.map((k) => [k, meta.sheets[k].columns])) as Parameters<typeof fixedTable>[1];
  const expectedRows = rowsFor(all, meta.identity.department);
  const expected = fixedTable(expectedRows, columns);
  const found = cellsTable(wb, meta);
  if (typeof found === 'string') return fail(problem('rows-altered', file, { found: 'sheet missing', expected: found }, found));
  if (fingerprint(meta.identity, found) !== meta.fingerprint) {
    const diff = firstDifference(found, expected, meta);
    return fail(problem('rows-altered', file, { found: diff?.found ?? '', expected: diff?.expected ?? '' }, diff?.sheet ?? null, diff?.cell ?? null));
  }
  if (fingerprint(meta.identity, expected) !== meta.fingerprint) return fail(problem('plan-changed', file));
  const { rows, problems } = readInputs(wb, file, meta, expectedRows, config);
  return { ret: { file, department: meta.identity.department, rows, reporter: readReporter(wb, config) }, problems };
}

export async function readReturns(files: readonly ReturnFile[], plan: Plan, year: number, options: { config?: AnnualConfig } = {}): Promise<ReadResult> {
  const config = options.config ?? loadAnnualConfig();
  const all = planRows(plan);
  const returns: FormReturn[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const opened = await openForm(file, config);
    if ('code' in opened) {
      problems.push(opened);
      continue;
    }
    const one = readOpenedForm(opened, plan, year, all, config);
    if (one.ret) returns.push(one.ret);
    problems.push(...one.problems);
  }
  return { returns, problems };
}
