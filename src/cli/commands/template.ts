import type { Format } from '../../render/report.js';
import type { CliContext } from '../context.js';
import { reportDiagnostics } from '../diagnostics.js';
import { emitOutputs } from '../emit.js';
import { quote, UsageError } from '../errors.js';
import { loadInputs } from '../inputs.js';
import type { OutputOptions } from '../options.js';
import type { CommandResult } from '../program.js';
import { templateFiles } from '../stages.js';

export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text)) throw new UsageError(`--year expects a four-digit year, got ${quote(text)}`);
  return Number(text);
}

// Each form is a workbook to send and a Markdown twin to read or print.
const TEMPLATE_FORMATS: readonly Format[] = ['xlsx', 'md'];

type TemplateOptions = OutputOptions & { year?: string; byDepartment?: boolean };

/** template [files…]: one workbook per plan and department under out/templates/. */
export async function runTemplate(ctx: CliContext, files: string[], options: TemplateOptions): Promise<CommandResult> {
  const formats = options.format ?? TEMPLATE_FORMATS;
  const unsupported = formats.filter((f) => !TEMPLATE_FORMATS.includes(f));
  if (unsupported.length > 0) throw new UsageError(`templates come as ${TEMPLATE_FORMATS.join(' and ')}; --format ${unsupported.join(',')} is not available here`);
  const year = parseYear(options.year);
  const loaded = await loadInputs(ctx, files);
  if (loaded.documents.length === 0) {
    // Every input was unusable (already reported): writing an empty report would hide that.
    reportDiagnostics(ctx, loaded.diagnostics);
    ctx.info('no plan to make forms for; nothing written');
    return { findings: 0, inputErrors: Math.max(1, loaded.unusable.length) };
  }
  reportDiagnostics(ctx, loaded.diagnostics);
  const all = await templateFiles(loaded.documents, { ...(year === undefined ? {} : { year }), byDepartment: options.byDepartment ?? false });
  const rendered = all.filter((f) => formats.some((format) => f.name.endsWith(`.${format}`)));
  const findings = await emitOutputs(ctx, rendered, { out: options.out, check: options.check ?? false, inputs: loaded.inputPaths });
  return { findings, inputErrors: loaded.unusable.length };
}
