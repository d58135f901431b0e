/**
 * What a form contains: the plan's rows (indicators, tasks, key projects) with the
 * departments responsible for each, the columns of each sheet for a given year, the
 * fixed (read-only) cell values, and the fingerprint that lets a returned form be checked.
 */
import { createHash } from 'node:crypto';
import type { Indicator, Plan, Project, Task } from '../model/types.js';
import { normalizeDepartment } from '../normalize/departments.js';
import { safeCellValue } from '../render/cells.js';
import type { SheetKind } from './config.js';
import type { FormColumn } from './columns.js';

export { defaultYear, formColumns, stageOf, type FormColumn, type Stage } from './columns.js';
import { bestTask } from './match.js';

export const FORM_VERSION = 1;
export const SHEET_KINDS: readonly SheetKind[] = ['indicators', 'tasks', 'projects'];

interface Responsible {
  key: string;
  /** Units as written in the plan, for display ("市民政局"). */
  responsible: string[];
  /** Canonical names of the departments whose form carries the row. */
  departments: string[];
}
export interface IndicatorRow extends Responsible { indicator: Indicator }
export interface TaskRow extends Responsible { task: Task }
export interface ProjectRow extends Responsible { project: Project }
export interface FormRows {
  indicators: IndicatorRow[];
  tasks: TaskRow[];
  projects: ProjectRow[];
}

export type Canon = (name: string) => string;

export function departmentCanon(plan: Plan): Canon {
  const places = [plan.region.name, plan.region.province];
  return (name) => normalizeDepartment(name, { places }).name;
}

const uniq = (xs: string[]): string[] => [...new Set(xs)];

/**
 * All rows of a plan. Indicators and projects rarely name a department; they take the
 * lead units of the task that loosely matches them, else the department leading most
 * tasks (usually the disabled persons' federation, which compiles the report).
 */
export function planRows(plan: Plan, canon: Canon = departmentCanon(plan)): FormRows {
  const tasks = plan.tasks.map((task, i): TaskRow => ({ key: `task:${i}`, task, responsible: task.lead, departments: uniq(task.lead.map(canon)) }));
  const counts = new Map<string, number>();
  for (const row of tasks) for (const d of row.departments) counts.set(d, (counts.get(d) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const matched = (name: string, key: string): Responsible => {
    const t = bestTask(name, plan.tasks);
    if (t !== null) return { key, responsible: tasks[t]!.responsible, departments: tasks[t]!.departments };
    return { key, responsible: [], departments: main === undefined ? [] : [main] };
  };
  return {
    indicators: plan.indicators.map((indicator, i) => ({ ...matched(indicator.name, `indicator:${i}`), indicator })),
    tasks,
    projects: plan.projects.map((project, i) => ({ ...matched(project.name, `project:${i}`), project })),
  };
}

/** Canonical departments that receive a form, sorted. */
export function formDepartments(rows: FormRows): string[] {
  const all = [...rows.indicators, ...rows.tasks, ...rows.projects].flatMap((r) => r.departments);
  return uniq(all).sort();
}

/** The rows one department reports on; null → the whole plan. */
export function rowsFor(rows: FormRows, department: string | null): FormRows {
  if (department === null) return rows;
  const mine = <T extends Responsible>(xs: T[]) => xs.filter((r) => r.departments.includes(department));
  return { indicators: mine(rows.indicators), tasks: mine(rows.tasks), projects: mine(rows.projects) };
}

const ATTRIBUTE = { binding: '约束性', expected: '预期性' } as const;
type Cell = string | number | null;

/** The read-only value a cell shows, exactly as written to the workbook. */
export function fixedCell(kind: SheetKind, key: string, row: IndicatorRow | TaskRow | ProjectRow): Cell {
  const raw = ((): Cell => {
    if (kind === 'indicators' && 'indicator' in row) {
      const i = row.indicator;
      const map: Record<string, Cell> = { no: i.no, name: i.name, unit: i.unit, baseline: i.baseline?.text ?? '—', target: i.target?.text ?? null, attribute: i.attribute && ATTRIBUTE[i.attribute], responsible: row.responsible.join('、') };
      return map[key] ?? null;
    }
    if (kind === 'tasks' && 'task' in row) {
      const t = row.task;
      return ({ no: t.no, text: t.text, lead: t.lead.join('、'), co: t.co.join('、') } as Record<string, Cell>)[key] ?? null;
    }
    if (kind === 'projects' && 'project' in row) {
      const p = row.project;
      return ({ box: p.box, boxTitle: p.boxTitle, name: p.name, responsible: row.responsible.join('、') } as Record<string, Cell>)[key] ?? null;
    }
    return null;
  })();
  return safeCellValue(raw === '' ? null : raw);
}

export interface FormIdentity {
  planId: string;
  year: number;
  /** Canonical department, or null for the whole-plan form. */
  department: string | null;
}

/** Fixed columns and cell texts of each sheet: what the fingerprint covers. */
export type FixedTable = Record<SheetKind, { columns: string[]; rows: string[][] }>;

export const cellText = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v));

export function fixedTable(rows: FormRows, columns: Record<SheetKind, FormColumn[]>): FixedTable {
  const table = {} as FixedTable;
  for (const kind of SHEET_KINDS) {
    const fixed = columns[kind].filter((c) => c.input === null).map((c) => c.key);
    table[kind] = { columns: fixed, rows: rows[kind].map((r) => fixed.map((k) => cellText(fixedCell(kind, k, r)))) };
  }
  return table;
}

/** sha256 over the form's identity and fixed content in a canonical JSON form. */
export function fingerprint(id: FormIdentity, table: FixedTable): string {
  const canonical = JSON.stringify([FORM_VERSION, id.planId, id.year, id.department, SHEET_KINDS.map((k) => [k, table[k].columns, table[k].rows])]);
  return createHash('sha256').update(canonical).digest('hex');
}
