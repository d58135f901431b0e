/**
 * `plan-diff report` in one call: returned files for any number of plans → one progress
 * report per plan. Each file is routed to its plan by its meta sheet alone, then parsed once.
 */
import type { Plan } from '../model/types.js';
import type { Report } from '../render/report.js';
import { loadAnnualConfig, type AnnualConfig } from './config.js';
import { formIdentity, type FormStamp } from './form-identity.js';
import { openForm, type ReturnFile } from './open-form.js';
import { problem, type Problem } from './problems.js';
import { buildProgress, type Progress } from './progress.js';
import { progressReport } from './progress-report.js';
import { readOpenedForm, type FormReturn } from './read.js';
import { departmentCanon, formDepartments, planRows } from './rows.js';

export interface PlanProgress {
  plan: Plan;
  year: number;
  progress: Progress;
  /** Problems found reading this plan's files (cells, rejections); merging problems (conflicts) are in `progress.problems`. */
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
  const byPlan = new Map<string, { file: ReturnFile; stamp: FormStamp }[]>();
  const ids = new Set(plans.map((p) => p.id));
  // Route on the meta sheet alone; only files that belong to a plan of this run are parsed, once.
  for (const file of files) {
    const stamp = formIdentity(file.content, { name: file.name, metaSheet: config.layout.sheets.meta });
    if ('code' in stamp) {
      unassigned.push(stamp);
      continue;
    }
    const { planId } = stamp.identity;
    if (!ids.has(planId)) unassigned.push(problem('wrong-plan', file.name, { found: planId, expected: [...ids].sort().join(' / ') }));
    else byPlan.set(planId, [...(byPlan.get(planId) ?? []), { file, stamp }]);
  }
  const results: PlanProgress[] = [];
  for (const plan of [...plans].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const forms = byPlan.get(plan.id);
    if (!forms) continue;
    // Without --year, the latest year any form carries; forms for other years are then rejected by name.
    const year = options.year ?? Math.max(...forms.map((f) => f.stamp.identity.year));
    const all = planRows(plan, departmentCanon(plan));
    const returns: FormReturn[] = [];
    const problems: Problem[] = [];
    for (const { file, stamp } of forms) {
      if (stamp.identity.year !== year) {
        problems.push(problem('wrong-year', file.name, { found: stamp.identity.year, expected: year }));
        continue;
      }
      const opened = await openForm(file, config);
      const one = 'code' in opened ? { problems: [opened] } : readOpenedForm(opened, plan, year, all, config);
      if (one.ret) returns.push(one.ret);
      problems.push(...one.problems);
    }
    // Department forms imply every lead department was sent one; whole-plan forms have no reporting rate.
    const sent = forms.some((f) => f.stamp.identity.department !== null) ? formDepartments(all) : [];
    const progress = buildProgress(plan, returns, sent, year, { config });
    results.push({ plan, year, progress, problems, report: progressReport(progress, problems, { config }) });
  }
  return { results, problems: unassigned };
}
