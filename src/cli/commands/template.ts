import { FORMATS } from '../../render/formats.js';
import type { CliContext } from '../context.js';
import { reportDiagnostics } from '../diagnostics.js';
import { emitOutputs } from '../emit.js';
import { UsageError } from '../errors.js';
import { loadInputs } from '../inputs.js';
import type { OutputOptions } from '../options.js';
import type { CommandResult } from '../program.js';
import { templateFiles } from '../stages.js';

export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new UsageError(`--year expects a four-digit year, got ${JSON.stringify(text)}`);
  return Number(text);
}

/** template [files…]: one workbook per plan and department under out/templates/. */
export async function runTemplate(ctx: CliContext, files: string[], options: OutputOptions & { year?: string }): Promise<CommandResult> {
  if (options.format && options.format.join() !== 'xlsx' && options.format.length !== FORMATS.length) {
    throw new UsageError('templates are Excel workbooks; --format accepts only xlsx here');
  }
  const year = parseYear(options.year);
  const loaded = await loadInputs(ctx, files);
  reportDiagnostics(ctx, loaded.diagnostics);
  const rendered = await templateFiles(loaded.documents, year === undefined ? {} : { year });
  const findings = await emitOutputs(ctx, rendered, { out: options.out, check: options.check ?? false, inputs: loaded.inputPaths });
  return { findings, inputErrors: loaded.unusable.length };
}
