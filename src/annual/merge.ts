/**
 * Merging returned forms row by row. Two forms may carry the same row (a task with two
 * lead units, or a department sending twice); different figures for it are reported as
 * conflicts and left unused — never one silently overwriting the other.
 */
import { problem, type Problem } from './problems.js';
import type { FormReturn, ReturnRow } from './read.js';

export interface MergedRow {
  key: string;
  /** Figures and statuses agreed by every form that filled them; null when empty or in conflict. */
  values: Record<string, number | string | null>;
  conflicts: string[];
  /** Free text from each form, labelled with its department. */
  texts: Record<string, string[]>;
  files: string[];
}

const compared = (key: string): boolean => key === 'actual' || key === 'status' || key === 'progress' || key.startsWith('earlierActual:');

export interface Describe {
  /** How the report names a row ("任务 7", an indicator name). */
  rowLabel(key: string): string;
  /** A value as the form shows it (status codes back to 已完成 …). */
  display(key: string, value: number | string): string | number;
}

export function mergeReturns(returns: readonly FormReturn[], describe: Describe): { rows: Map<string, MergedRow>; problems: Problem[] } {
  const rows = new Map<string, MergedRow>();
  const problems: Problem[] = [];
  const firstFile = new Map<string, string>();
  const seen = new Map<string, { value: number | string; file: string; row: ReturnRow }>();
  for (const ret of returns) {
    if (ret.department !== null) {
      const other = firstFile.get(ret.department);
      if (other !== undefined) problems.push(problem('duplicate-return', ret.file, { department: ret.department, otherFile: other }));
      else firstFile.set(ret.department, ret.file);
    }
    for (const row of ret.rows) {
      let merged = rows.get(row.key);
      if (!merged) rows.set(row.key, (merged = { key: row.key, values: {}, conflicts: [], texts: {}, files: [] }));
      merged.files.push(ret.file);
      for (const [key, value] of Object.entries(row.values)) {
        if (value === null) continue;
        if (!compared(key)) {
          (merged.texts[key] ??= []).push(ret.department === null ? String(value) : `${ret.department}：${value}`);
          continue;
        }
        const id = `${row.key}\u0000${key}`;
        const first = seen.get(id);
        if (!first) {
          seen.set(id, { value, file: ret.file, row });
          if (!merged.conflicts.includes(key)) merged.values[key] = value;
        } else if (first.value !== value) {
          problems.push(problem('conflict', ret.file, {
            row: describe.rowLabel(row.key), column: row.headers[key] ?? key, value: describe.display(key, value), other: describe.display(key, first.value), otherFile: first.file, otherCell: `${first.row.sheet}!${first.row.cells[key]}`,
          }, row.sheet, row.cells[key] ?? null));
          if (!merged.conflicts.includes(key)) merged.conflicts.push(key);
          merged.values[key] = null;
        }
      }
    }
  }
  return { rows, problems };
}
