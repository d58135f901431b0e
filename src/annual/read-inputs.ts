/** Validating every input cell of an accepted form; each bad cell is one problem, reading goes on. */
import type ExcelJS from 'exceljs';
import type { AnnualConfig, SheetKind } from './config.js';
import type { FormMeta } from './form-meta.js';
import { parseInput, rawValue } from './input-cells.js';
import { problem, type Problem } from './problems.js';
import { SHEET_KINDS, type FormRows } from './rows.js';

export interface ReturnRow {
  kind: SheetKind;
  /** Row key shared by every form of the plan ("task:3"). */
  key: string;
  sheet: string;
  row: number;
  /** Validated input values by column key; empty or invalid cells are null. Statuses are codes ("behind"). */
  values: Record<string, number | string | null>;
  /** Column key → A1 address. */
  cells: Record<string, string>;
  /** Column key → header as printed in the returned form. */
  headers: Record<string, string>;
}

/** A required cell may stay empty when its value follows from the row: no numeric target, or progress of a done/not-started item. */
function excused(kind: SheetKind, key: string, planned: FormRows[SheetKind][number], status: unknown): boolean {
  if (kind === 'indicators' && key === 'actual' && 'indicator' in planned) {
    const target = planned.indicator.target;
    return target === null || target.op === 'qualitative' || target.value === null;
  }
  if (key === 'progress') return status !== 'on-track' && status !== 'behind';
  return false;
}

export function readInputs(wb: ExcelJS.Workbook, file: string, meta: FormMeta, planned: FormRows, config: AnnualConfig): { rows: ReturnRow[]; problems: Problem[] } {
  const rows: ReturnRow[] = [];
  const problems: Problem[] = [];
  for (const kind of SHEET_KINDS) {
    const { name, columns } = meta.sheets[kind];
    const ws = wb.getWorksheet(name)!;
    planned[kind].forEach((row, i) => {
      const r = i + 2;
      const out: ReturnRow = { kind, key: row.key, sheet: name, row: r, values: {}, cells: {}, headers: {} };
      const percentUnit = 'indicator' in row && (row.indicator.unit ?? '').includes('%');
      const pending: { key: string; address: string; header: string }[] = [];
      columns.forEach((c, ci) => {
        if (c.input === null) return;
        const cell = ws.getCell(r, ci + 1);
        out.cells[c.key] = cell.address;
        out.headers[c.key] = String(rawValue(ws.getCell(1, ci + 1).value) ?? c.key);
        const parsed = parseInput(c.input, rawValue(cell.value), percentUnit, config.wording.statuses);
        if (!parsed.ok) {
          problems.push(problem(parsed.code, file, parsed.args, name, cell.address));
          out.values[c.key] = null;
          return;
        }
        out.values[c.key] = parsed.value;
        if (parsed.value === null && c.required) pending.push({ key: c.key, address: cell.address, header: out.headers[c.key]! });
      });
      for (const p of pending) {
        if (!excused(kind, p.key, row, out.values.status)) problems.push(problem('required', file, { column: p.header }, name, p.address));
      }
      rows.push(out);
    });
  }
  return { rows, problems };
}
