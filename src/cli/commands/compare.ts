import { FORMATS } from '../../render/formats.js';
import type { CliContext } from '../context.js';
import { loadDataFiles, type DataFileOptions } from '../data-files.js';
import { reportDiagnostics } from '../diagnostics.js';
import { emitOutputs } from '../emit.js';
import { loadInputs } from '../inputs.js';
import type { OutputOptions } from '../options.js';
import type { CommandResult } from '../program.js';
import { comparisonFiles } from '../stages.js';

/**
 * compare [files…]: the comparison report in every requested format under out/.
 * --json alone is shorthand for "--format json -o -" (the data on stdout); with --check
 * it makes the staleness listing JSON instead.
 */
export async function runCompare(ctx: CliContext, files: string[], options: OutputOptions & DataFileOptions): Promise<CommandResult> {
  const dataToStdout = ctx.json && !options.check;
  const tables = await loadDataFiles(ctx, options);
  const loaded = await loadInputs(ctx, files);
  if (loaded.documents.length === 0) {
    // Every input was unusable (already reported): writing an empty report would hide that.
    reportDiagnostics(ctx, loaded.diagnostics);
    ctx.info('no plan to compare; nothing written');
    return { findings: 0, inputErrors: Math.max(1, loaded.unusable.length) };
  }
  const formats = options.format ?? (dataToStdout ? ['json' as const] : FORMATS);
  const comparison = await comparisonFiles(loaded.documents, formats, tables);
  reportDiagnostics(ctx, [...loaded.diagnostics, ...comparison.diagnostics]);
  const findings = await emitOutputs(ctx, comparison.files, {
    out: dataToStdout ? '-' : options.out,
    check: options.check ?? false,
    inputs: loaded.inputPaths,
  });
  return { findings, inputErrors: loaded.unusable.length };
}
