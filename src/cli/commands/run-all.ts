import { FORMATS } from '../../render/formats.js';
import type { CliContext } from '../context.js';
import { loadDataFiles, type DataFileOptions } from '../data-files.js';
import { reportDiagnostics } from '../diagnostics.js';
import { emitOutputs } from '../emit.js';
import { UsageError } from '../errors.js';
import { loadInputs } from '../inputs.js';
import type { OutputOptions } from '../options.js';
import type { CommandResult } from '../program.js';
import { comparisonFiles, templateFiles } from '../stages.js';

/**
 * plan-diff with no command: the seeds, compared, with every report under out/ and the
 * annual templates under out/templates/ — the whole job CI regenerates and --check verifies.
 */
export async function runAll(ctx: CliContext, options: OutputOptions & DataFileOptions): Promise<CommandResult> {
  if (options.out === '-') throw new UsageError('the default run writes many files; give a folder with -o, or use compare -o -');
  const tables = await loadDataFiles(ctx, options);
  const loaded = await loadInputs(ctx, []);
  const comparison = await comparisonFiles(loaded.documents, options.format ?? FORMATS, tables);
  reportDiagnostics(ctx, [...loaded.diagnostics, ...comparison.diagnostics]);
  const templates = (await templateFiles(loaded.documents, {})).map((f) => ({ ...f, name: `templates/${f.name}` }));
  const findings = await emitOutputs(ctx, [...comparison.files, ...templates], { out: options.out, check: options.check ?? false, inputs: loaded.inputPaths });
  return { findings, inputErrors: loaded.unusable.length };
}
