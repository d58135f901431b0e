/** Indicator arithmetic: is the target met, how far from baseline toward target, and a status. */
import type { Indicator, Plan } from '../model/types.js';

export type IndicatorStatus = 'behind' | 'not-met' | 'conflict' | 'missing' | 'manual' | 'on-track' | 'met';

export interface IndicatorEvaluation {
  /** Target value after resolving deltas ("提高5个百分点") against the baseline; null when not numeric. */
  target: number | null;
  met: boolean | null;
  /** (actual − baseline) / (target − baseline); 1 = target reached. Null without a usable baseline. */
  progress: number | null;
  /** Share of the period elapsed by the end of the year: where progress should be. */
  expected: number | null;
  status: IndicatorStatus;
}

const EPS = 1e-9;

function compare(actual: number, op: string, target: number): boolean {
  switch (op) {
    case '>': return actual > target + EPS;
    case '>=': return actual >= target - EPS;
    case '<': return actual < target - EPS;
    case '<=': return actual <= target + EPS;
    default: return Math.abs(actual - target) <= EPS;
  }
}

/**
 * A delta relative to the baseline: a negative value, or a positive one under "<"/"<=",
 * is a decrease ("降低5个百分点"); otherwise an increase.
 */
function resolveTarget(indicator: Indicator): number | null {
  const t = indicator.target;
  if (!t || t.op === 'qualitative' || t.value === null) return null;
  if (t.relativeTo !== 'baseline') return t.value;
  const base = indicator.baseline?.value;
  if (base === null || base === undefined) return null;
  const decrease = t.value < 0 || t.op === '<' || t.op === '<=';
  return base + (decrease ? -Math.abs(t.value) : t.value);
}

export function expectedShare(plan: Plan, year: number): number | null {
  const { start, end } = plan.period;
  if (start === null || end === null || end < start) return null;
  return Math.min(1, Math.max(0, (year - start + 1) / (end - start + 1)));
}

export function evaluateIndicator(plan: Plan, indicator: Indicator, actual: number | null, year: number): IndicatorEvaluation {
  const target = resolveTarget(indicator);
  const expected = expectedShare(plan, year);
  const none = { target, met: null, progress: null, expected };
  if (target === null) return { ...none, status: 'manual' };
  if (actual === null) return { ...none, status: 'missing' };
  const op = indicator.target!.op;
  const met = compare(actual, op, target);
  const base = indicator.baseline?.value ?? null;
  const progress = base !== null && Math.abs(target - base) > EPS ? (actual - base) / (target - base) : null;
  const final = plan.period.end !== null && year >= plan.period.end;
  let status: IndicatorStatus;
  if (met) status = 'met';
  else if (final || progress === null || expected === null) status = 'not-met';
  else status = progress + EPS >= expected ? 'on-track' : 'behind';
  return { target, met, progress, expected, status };
}
