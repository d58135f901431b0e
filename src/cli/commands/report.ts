import type { FormReturn, Problem } from '../../annual/index.js';
import type { Plan } from '../../model/types.js';
import { SCHEMA_VERSION } from '../../model/types.js';
import { FORMATS } from '../../render/formats.js';
import type { CliContext } from '../context.js';
import { reportDiagnostics } from '../diagnostics.js';
import { emitOutputs } from '../emit.js';
import { loadInputs } from '../inputs.js';
import type { OutputOptions } from '../options.js';
import type { CommandResult } from '../program.js';
import { findReturnedFiles, readBounded } from '../returned-files.js';
import { parseYear } from './template.js';
import type { OutputFile } from '../write-files.js';

type ReportOptions = OutputOptions & { plans?: string[]; year?: string };

// Problems that make a file unusable whatever the plan: reported once per file, not per plan.
const FILE_LEVEL = new Set(['wrong-plan', 'file-too-large', 'too-many-rows', 'not-a-workbook', 'not-a-form', 'form-version']);
// An untouched form has a problem per empty cell; the terminal gets the first few, the report all.
const SHOWN_PROBLEMS = 20;

/**
 * report <workbooks…>: each returned form names its plan; forms are matched to the plans
 * given (default: the seeds), validated, merged into a progress report per plan. Every
 * validation problem is a finding (exit 1); the report is written all the same.
 */
export async function runReport(ctx: CliContext, workbooks: string[], options: ReportOptions): Promise<CommandResult> {
  const annual = await import('../../annual/index.js');
  const { problem } = await import('../../annual/problems.js');
  const { renderAll } = await import('../../render/registry.js');
  const year = parseYear(options.year);
  const found = await findReturnedFiles(ctx, workbooks);
  const loaded = await loadInputs(ctx, options.plans ?? []);
  reportDiagnostics(ctx, loaded.diagnostics);

  const tooLarge: Problem[] = [];
  const files: { name: string; content: Buffer }[] = [];
  for (const file of found) {
    const content = await readBounded(file, annual.MAX_FILE_BYTES);
    if (content) files.push({ name: file.name, content });
    else tooLarge.push(problem('file-too-large', file.name, { size: file.size, limit: annual.MAX_FILE_BYTES }));
  }

  // A form for another plan is only a problem if no plan of this run claims it; problems
  // found before the plan is even looked at belong to the file, once.
  const perPlan: { plan: Plan; year: number; returns: FormReturn[]; problems: Problem[] }[] = [];
  const claimed = new Set<string>();
  const fileProblems = new Map<string, Problem>();
  for (const { plan } of loaded.documents) {
    const planYear = year ?? annual.defaultYear(plan, new Date());
    const read = await annual.readReturns(files, plan, planYear);
    const own = read.problems.filter((p) => !FILE_LEVEL.has(p.code));
    for (const p of read.problems) if (FILE_LEVEL.has(p.code) && !fileProblems.has(p.file)) fileProblems.set(p.file, p);
    const mine = new Set([...read.returns.map((r) => r.file), ...own.map((p) => p.file)]);
    for (const file of mine) claimed.add(file);
    if (mine.size > 0) perPlan.push({ plan, year: planYear, returns: read.returns, problems: own });
  }
  const unclaimed = [...tooLarge, ...[...fileProblems.values()].filter((p) => !claimed.has(p.file))];

  const outputs: OutputFile[] = [];
  const shown: Problem[] = [];
  let problems = unclaimed.length;
  for (const entry of perPlan) {
    const byDepartment = entry.returns.some((r) => r.department !== null);
    const progress = annual.buildProgress(entry.plan, entry.returns, byDepartment ? annual.departmentsSent(entry.plan) : [], entry.year);
    const all = [...entry.problems, ...progress.problems];
    problems += all.length;
    shown.push(...all);
    const input = { report: annual.progressReport(progress, entry.problems), data: { schemaVersion: SCHEMA_VERSION, progress, problems: entry.problems } };
    outputs.push(...(await renderAll(input, options.format ?? FORMATS, { baseName: `${entry.plan.id}-${entry.year}-progress` })));
  }
  shown.push(...unclaimed);
  const limit = ctx.options.verbose ? Infinity : SHOWN_PROBLEMS;
  for (const p of shown.slice(0, limit)) ctx.io.stderr.write(`plan-diff: ${ctx.chalk.yellow('problem')} ${annual.formatProblem(p)}\n`);
  if (shown.length > limit) ctx.io.stderr.write(`plan-diff: … and ${shown.length - limit} more problem(s); all are listed in the report (or rerun with --verbose)\n`);
  if (outputs.length === 0) {
    ctx.info(`none of the ${found.length} workbook(s) is a form for the plans of this run; nothing to report`);
    return { findings: problems, inputErrors: loaded.unusable.length };
  }
  const stale = await emitOutputs(ctx, outputs, { out: options.out, check: options.check ?? false, inputs: [...loaded.inputPaths, ...found.map((f) => f.path)] });
  if (problems > 0) ctx.info(`${problems} problem(s) in the returned forms`);
  return { findings: problems + stale, inputErrors: loaded.unusable.length };
}
