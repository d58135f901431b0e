import type { Problem } from '../../annual/index.js';
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

// An untouched form has a problem per empty cell; the terminal gets the first few, the report all.
const SHOWN_PROBLEMS = 20;

/**
 * report <workbooks…>: each returned form names its plan in its meta sheet; forms are routed
 * to the plans given (default: the seeds), validated, merged into a progress report per plan.
 * Every validation problem is a finding (exit 1); the report is written all the same.
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
  const run = await annual.annualProgress(files, loaded.documents.map((d) => d.plan), year === undefined ? {} : { year });

  const outputs: OutputFile[] = [];
  const shown: Problem[] = [];
  for (const r of run.results) {
    shown.push(...r.problems, ...r.progress.problems);
    const data = { schemaVersion: SCHEMA_VERSION, progress: r.progress, problems: r.problems };
    outputs.push(...(await renderAll({ report: r.report, data }, options.format ?? FORMATS, { baseName: `${r.plan.id}-${r.year}-progress` })));
  }
  shown.push(...tooLarge, ...run.problems);
  const problems = shown.length;
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
