/**
 * Parsed plans against the generator's ground truth: rows met per category (indicators,
 * tasks, projects per box), exact sampled rows, broken down by layout so a weak spot shows.
 */
import type { Plan } from '../model/types.js';
import { foldWidth } from './encode.js';
import type { GroundTruth } from './truth.js';

export interface Tally {
  expected: number;
  met: number;
  /** Rows parsed beyond the expected count (false positives, at least). */
  extra: number;
}

export interface AccuracyReport {
  files: number;
  /** Files that produced no plan at all. */
  missingPlans: number;
  /** Files whose every count matches. */
  exactFiles: number;
  rows: Tally;
  byCategory: Record<'indicators' | 'tasks' | 'projects', Tally>;
  byLayout: Record<string, Tally & { files: number; exactFiles: number }>;
  samples: { checked: number; met: number; failures: string[] };
}

const tally = (): Tally => ({ expected: 0, met: 0, extra: 0 });

function add(t: Tally, expected: number, got: number): void {
  t.expected += expected;
  t.met += Math.min(expected, got);
  t.extra += Math.max(0, got - expected);
}

const same = (a: string, b: string): boolean => foldWidth(a) === foldWidth(b);
const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => same(x, b[i]!));

function sampleFailures(plan: Plan, truth: GroundTruth): { checked: number; failures: string[] } {
  const failures: string[] = [];
  for (const s of truth.samples.indicators) {
    const ind = plan.indicators.find((i) => same(i.name, s.name));
    const target = ind?.target?.text ?? '';
    if (!ind) failures.push(`${truth.file}: indicator "${s.name}" not found`);
    else if (!same(target, s.target)) failures.push(`${truth.file}: indicator "${s.name}" target "${target}", expected "${s.target}"`);
  }
  for (const s of truth.samples.tasks) {
    const task = plan.tasks.find((t) => t.no === s.no) ?? plan.tasks[s.no - 1];
    if (!task) failures.push(`${truth.file}: task ${s.no} not found`);
    // A document that never states which units lead cannot be read for the split; compare the units only.
    else if (truth.dutyConvention === 'unstated' ? !sameList([...task.lead, ...task.co], [...s.lead, ...s.co])
      : !sameList(task.lead, s.lead) || !sameList(task.co, s.co)) {
      failures.push(`${truth.file}: task ${s.no} lead/co ${task.lead.join('、')} / ${task.co.join('、')}, expected ${s.lead.join('、')} / ${s.co.join('、')}`);
    }
  }
  return { checked: truth.samples.indicators.length + truth.samples.tasks.length, failures };
}

/** `plans` keyed by the file name the truth refers to. */
export function checkAccuracy(truths: readonly GroundTruth[], plans: ReadonlyMap<string, Plan>): AccuracyReport {
  const report: AccuracyReport = {
    files: truths.length, missingPlans: 0, exactFiles: 0, rows: tally(),
    byCategory: { indicators: tally(), tasks: tally(), projects: tally() }, byLayout: {},
    samples: { checked: 0, met: 0, failures: [] },
  };
  for (const truth of truths) {
    const plan = plans.get(truth.file);
    const layout = (report.byLayout[truth.layout] ??= { ...tally(), files: 0, exactFiles: 0 });
    layout.files++;
    const counts = truth.counts;
    const got = { indicators: plan?.indicators.length ?? 0, tasks: plan?.tasks.length ?? 0 };
    const perBox = new Map<string, number>();
    for (const p of plan?.projects ?? []) perBox.set(String(p.box), (perBox.get(String(p.box)) ?? 0) + 1);
    const rows: [keyof AccuracyReport['byCategory'], number, number][] = [
      ['indicators', counts.indicators, got.indicators], ['tasks', counts.tasks, got.tasks]];
    for (const [box, n] of Object.entries(counts.projectsPerBox)) rows.push(['projects', n, perBox.get(box) ?? 0]);
    const unexpected = [...perBox].filter(([box]) => !(box in counts.projectsPerBox)).reduce((s, [, n]) => s + n, 0);
    if (unexpected > 0) rows.push(['projects', 0, unexpected]);
    for (const [category, expected, found] of rows) {
      add(report.byCategory[category], expected, found);
      add(report.rows, expected, found);
      add(layout, expected, found);
    }
    const exact = plan !== undefined && rows.every(([, e, f]) => e === f);
    if (!plan) report.missingPlans++;
    if (exact) { report.exactFiles++; layout.exactFiles++; }
    if (plan) {
      const samples = sampleFailures(plan, truth);
      report.samples.checked += samples.checked;
      report.samples.met += samples.checked - samples.failures.length;
      report.samples.failures.push(...samples.failures);
    }
  }
  return report;
}
