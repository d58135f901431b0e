import { SCHEMA_VERSION, type ParseOutput, type Plan } from '../../model/types.js';
import { stableJson } from '../../render/json.js';
import type { CliContext } from '../context.js';
import { reportDiagnostics } from '../diagnostics.js';
import { loadInputs } from '../inputs.js';
import type { CommandResult } from '../program.js';
import { writeOutputs } from '../write-files.js';

/** One human line per plan: where it came from, what it is, and what was found in it. */
export function planSummaryLine(plan: Plan): string {
  const period = plan.period.start && plan.period.end ? `${plan.period.start}–${plan.period.end}` : 'period ?';
  const what = [plan.region.name ?? plan.title ?? '(no title found)', plan.kind, plan.status, period].join(' · ');
  const counts = `${plan.indicators.length} indicators, ${plan.projects.length} projects, ${plan.tasks.length} tasks, ${plan.targets.length} prose targets`;
  return `${plan.source}: ${what} — ${counts}`;
}

export async function runParse(ctx: CliContext, files: string[], options: { out?: string }): Promise<CommandResult> {
  const loaded = await loadInputs(ctx, files);
  const output: ParseOutput = {
    schemaVersion: SCHEMA_VERSION,
    plans: loaded.documents.map((d) => d.plan),
    diagnostics: loaded.diagnostics,
  };
  const json = stableJson(output);
  const toFile = options.out !== undefined && options.out !== '-';
  if (toFile) {
    const path = ctx.resolvePath(options.out as string);
    const { dirname, basename } = await import('node:path');
    await writeOutputs(dirname(path), [{ name: basename(path), content: json }], { inputs: loaded.inputPaths });
    ctx.info(`wrote ${ctx.displayPath(path)}`);
  } else if (ctx.json || options.out === '-') {
    ctx.io.stdout.write(json);
  } else {
    for (const document of loaded.documents) ctx.out(planSummaryLine(document.plan));
  }
  reportDiagnostics(ctx, loaded.diagnostics);
  return { findings: 0, inputErrors: loaded.unusable.length };
}
