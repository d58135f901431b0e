/** The report year, the evaluation stage it implies, and the columns of each sheet for that year. */
import type { Plan } from '../model/types.js';
import type { AnnualConfig, ColumnSpec, InputKind, SheetKind } from './config.js';

export type Stage = 'annual' | 'midterm' | 'final';

/** The latest year of the plan period that has ended as of `now` (clamped to the period). */
export function defaultYear(plan: Plan, now: Date): number {
  const ended = now.getUTCFullYear() - 1;
  const { start, end } = plan.period;
  if (end !== null && ended > end) return end;
  if (start !== null && ended < start) return start;
  return ended;
}

export function stageOf(plan: Plan, year: number): Stage {
  const { start, end } = plan.period;
  if (end !== null && year >= end) return 'final';
  if (start !== null && end !== null && year === start + Math.floor((end - start) / 2)) return 'midterm';
  return 'annual';
}

export interface FormColumn {
  /** Column key; an earlier-year actual is "earlierActual:2021". */
  key: string;
  header: string;
  width: number;
  input: InputKind | null;
  required: boolean;
}

/** The columns of one sheet for a plan and year; the final evaluation adds one actual-value column per earlier year. */
export function formColumns(config: AnnualConfig, kind: SheetKind, plan: Plan, year: number): FormColumn[] {
  const { start, end } = plan.period;
  const fill = (header: string, y?: number) =>
    header
      .replaceAll('{year}', String(year))
      .replaceAll('{baseYear}', start === null ? '基期' : String(start - 1))
      .replaceAll('{endYear}', end === null ? '目标' : String(end))
      .replaceAll('{y}', String(y ?? ''));
  const make = (c: ColumnSpec, key: string, y?: number): FormColumn => ({
    key, header: fill(c.header, y), width: c.width ?? 12, input: c.input ?? null, required: c.required ?? false,
  });
  return config.layout[kind].flatMap((c) => {
    if (c.key !== 'earlierActual') return [make(c, c.key)];
    if (start === null || stageOf(plan, year) !== 'final') return [];
    const years = Array.from({ length: Math.max(0, year - start) }, (_, i) => start + i);
    return years.map((y) => make(c, `earlierActual:${y}`, y));
  });
}

