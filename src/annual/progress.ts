/**
 * Returned forms of one plan and year → progress data: indicator evaluations, task and
 * project statuses, per-department counts and the reporting rate (forms returned / forms sent).
 */
import type { Plan, Value } from '../model/types.js';
import { loadAnnualConfig, type AnnualConfig, type StatusCode } from './config.js';
import { evaluateIndicator, type IndicatorEvaluation } from './evaluate.js';
import { mergeReturns, type MergedRow } from './merge.js';
import type { Problem } from './problems.js';
import type { FormReturn } from './read.js';
import type { ReporterField } from './reporter.js';
import { departmentCanon, planRows, stageOf, type Stage } from './rows.js';

export type ItemStatus = StatusCode | 'missing' | 'conflict';
export const ITEM_STATUSES: readonly ItemStatus[] = ['behind', 'not-started', 'conflict', 'missing', 'on-track', 'done'];

export interface IndicatorProgress extends IndicatorEvaluation {
  key: string;
  no: number | null;
  name: string;
  unit: string | null;
  baseline: Value | null;
  targetText: string | null;
  actual: number | null;
  /** Earlier years' actual values (final evaluation), by year. */
  earlier: Record<string, number | null>;
  /** What the department itself declared. */
  reported: StatusCode | null;
  /** Responsible units as the plan writes them (display); `departments` holds their canonical names. */
  responsible: string[];
  departments: string[];
  explanation: string[];
  line: number;
}

export interface ItemProgress {
  key: string;
  /** Task number; for a key project, its box (专栏) number. */
  no: number | null;
  text: string;
  /** Lead units as the plan writes them (display); `departments` holds their canonical names. */
  responsible: string[];
  departments: string[];
  status: ItemStatus;
  progress: number | null;
  done: string[];
  problems: string[];
  line: number;
}

export interface DepartmentProgress {
  department: string;
  sent: boolean;
  returned: boolean;
  files: string[];
  /** Who filled each returned form in (填报单位, 填报人, 联系电话, 填报日期), in the order of `files`. */
  reporters: ReporterField[][];
  /** Tasks the department leads, by the status its own form gave them. */
  tasks: Record<ItemStatus, number>;
}

export interface Progress {
  planId: string;
  title: string | null;
  region: string | null;
  year: number;
  stage: Stage;
  indicators: IndicatorProgress[];
  tasks: ItemProgress[];
  projects: ItemProgress[];
  taskCounts: Record<ItemStatus, number>;
  departments: DepartmentProgress[];
  reporting: { sent: number; returned: number; rate: number | null };
  /** Departments sent a form that returned none. */
  notReturned: string[];
  /** Conflicts and duplicate forms found while merging. */
  problems: Problem[];
}

const zeroCounts = (): Record<ItemStatus, number> => ({ behind: 0, 'not-started': 0, conflict: 0, missing: 0, 'on-track': 0, done: 0 });
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const itemStatus = (m: MergedRow | undefined): ItemStatus =>
  m?.conflicts.includes('status') ? 'conflict' : ((m?.values.status as StatusCode | undefined) ?? 'missing');

export function buildProgress(plan: Plan, returns: readonly FormReturn[], sent: readonly string[], year: number, options: { config?: AnnualConfig } = {}): Progress {
  const config = options.config ?? loadAnnualConfig();
  const canon = departmentCanon(plan);
  const all = planRows(plan, canon);
  const labels = new Map<string, string>([
    ...all.indicators.map((r) => [r.key, r.indicator.name] as const),
    ...all.tasks.map((r) => [r.key, `${config.layout.sheets.tasks} ${r.task.no ?? r.key}`] as const),
    ...all.projects.map((r) => [r.key, r.project.name] as const),
  ]);
  const statusLabel = new Map(config.wording.statuses.map((s) => [s.code as string, s.value]));
  const { rows: merged, problems } = mergeReturns(returns, {
    rowLabel: (key) => labels.get(key) ?? key,
    display: (key, value) => (key === 'status' ? (statusLabel.get(String(value)) ?? value) : value),
  });

  const indicators = all.indicators.map((r): IndicatorProgress => {
    const m = merged.get(r.key);
    const actual = num(m?.values.actual);
    const evaluation = evaluateIndicator(plan, r.indicator, actual, year);
    const earlier = Object.fromEntries(Object.entries(m?.values ?? {}).filter(([k]) => k.startsWith('earlierActual:')).map(([k, v]) => [k.slice(14), num(v)]));
    return {
      ...evaluation,
      status: m?.conflicts.includes('actual') ? 'conflict' : evaluation.status,
      key: r.key, no: r.indicator.no, name: r.indicator.name, unit: r.indicator.unit, baseline: r.indicator.baseline,
      targetText: r.indicator.target?.text ?? null, actual, earlier,
      reported: (m?.values.status as StatusCode | undefined) ?? null,
      responsible: r.responsible, departments: r.departments, explanation: m?.texts.explanation ?? [], line: r.indicator.source.line,
    };
  });
  const item = (key: string, no: number | null, text: string, r: { responsible: string[]; departments: string[] }, line: number): ItemProgress => {
    const m = merged.get(key);
    return { key, no, text, responsible: r.responsible, departments: r.departments, status: itemStatus(m), progress: num(m?.values.progress), done: m?.texts.done ?? [], problems: m?.texts.problems ?? [], line };
  };
  const tasks = all.tasks.map((r) => item(r.key, r.task.no, r.task.text, r, r.task.source.line));
  const projects = all.projects.map((r) => item(r.key, r.project.box, r.project.name, r, r.project.source.line));
  const taskCounts = zeroCounts();
  for (const t of tasks) taskCounts[t.status]++;

  const sentSet = new Set(sent.map(canon));
  const byDept = new Map<string, FormReturn[]>();
  for (const ret of returns) if (ret.department !== null) byDept.set(ret.department, [...(byDept.get(ret.department) ?? []), ret]);
  const names = [...new Set([...sentSet, ...byDept.keys(), ...all.tasks.flatMap((t) => t.departments)])].sort();
  const departments = names.map((department): DepartmentProgress => {
    const own = byDept.get(department) ?? [];
    const counts = zeroCounts();
    for (const t of all.tasks.filter((x) => x.departments.includes(department))) {
      const statuses = new Set(own.flatMap((ret) => ret.rows.filter((row) => row.key === t.key).map((row) => row.values.status ?? 'missing')));
      counts[statuses.size > 1 ? 'conflict' : ((([...statuses][0] ?? 'missing') as ItemStatus))]++;
    }
    return { department, sent: sentSet.has(department), returned: own.length > 0, files: own.map((r) => r.file), reporters: own.map((r) => r.reporter), tasks: counts };
  });
  const returnedSent = departments.filter((d) => d.sent && d.returned).length;
  return {
    planId: plan.id, title: plan.title, region: plan.region.name, year, stage: stageOf(plan, year),
    indicators, tasks, projects, taskCounts, departments,
    reporting: { sent: sentSet.size, returned: returnedSent, rate: sentSet.size > 0 ? returnedSent / sentSet.size : null },
    notReturned: departments.filter((d) => d.sent && !d.returned).map((d) => d.department),
    problems,
  };
}
