/**
 * `plan-diff report` in one call: returned files for any number of plans → one progress
 * report per plan. Each file is opened once and routed to its plan by the meta sheet.
 */
import type { Plan } from '../model/types.js';
import type { Report } from '../render/report.js';
import { loadAnnualConfig, type AnnualConfig } from './config.js';
import { openForm, type OpenedForm, type ReturnFile } from './open-form.js';
import { problem, type Problem } from './problems.js';
import { buildProgress, type Progress } from './progress.js';
import { progressReport } from './progress-report.js';
import { readOpenedForm, type FormReturn } from './read.js';
import { departmentCanon, formDepartments, planRows } from './rows.js';

export interface PlanProgress {
  plan: Plan;
  year: number;
  progress: Progress;
  /** Problems of this plan's files: reading (cells, rejections) and merging (conflicts). */
  problems: Problem[];
  report: Report;
}

export interface AnnualRun {
  results: PlanProgress[];
  /** Files that could not be opened as forms or belong to none of the plans. */
  problems: Problem[];
}

export async function annualProgress(files: readonly ReturnFile[], plans: readonly Plan[], options: { year?: number; config?: AnnualConfig } = {}): Promise<AnnualRun> {
  const config = options.config ?? loadAnnualConfig();
  const unassigned: Problem[] = [];
  const byPlan = new Map<string, OpenedForm[]>();
  const ids = new Set(plans.map((p) => p.id));
  for (const file of files) {
    const opened = await openForm(file, config);
    if ('code' in opened) unassigned.push(opened);
    else if (!ids.has(opened.meta.identity.planId)) unassigned.push(problem('wrong-plan', file.name, { found: opened.meta.identity.planId, expected: [...ids].sort().join(' / ') }));
    else byPlan.set(opened.meta.identity.planId, [...(byPlan.get(opened.meta.identity.planId) ?? []), opened]);
  }
  const results: PlanProgress[] = [];
  for (const plan of [...plans].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const forms = byPlan.get(plan.id);
    if (!forms) continue;
    // Without --year, the latest year any form carries; forms for other years are then rejected by name.
    const year = options.year ?? Math.max(...forms.map((f) => f.meta.identity.year));
    const all = planRows(plan, departmentCanon(plan));
    const returns: FormReturn[] = [];
    const problems: Problem[] = [];
    for (const form of forms) {
      const one = readOpenedForm(form, plan, year, all, config);
      if (one.ret) returns.push(one.ret);
      problems.push(...one.problems);
    }
    // Department forms imply every lead department was sent one; whole-plan forms have no reporting rate.
    const sent = forms.some((f) => f.meta.identity.department !== null) ? formDepartments(all) : [];
    const progress = buildProgress(plan, returns, sent, year, { config });
    results.push({ plan, year, progress, problems: [...problems, ...progress.problems], report: progressReport(progress, problems, { config }) });
  }
  return { results, problems: unassigned };
}
