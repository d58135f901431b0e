import { SCHEMA_VERSION } from '../../model/types.js';
import { stableJson } from '../../render/json.js';
import type { CliContext } from '../context.js';
import { loadDataFiles, type DataFileOptions } from '../data-files.js';
import { countByLevel, countsText, groupedDiagnostics } from '../diagnostics.js';
import { loadInputs } from '../inputs.js';
import type { CommandResult } from '../program.js';

/**
 * Lint: everything the reader, the parser and the name normalisation flagged (a misspelt
 * department is a document problem too). Errors always count as findings, warnings only
 * with --strict; notes never. Unusable files are input errors (exit 2).
 */
export async function runCheck(ctx: CliContext, files: string[], options: { strict?: boolean } & DataFileOptions): Promise<CommandResult> {
  const tables = await loadDataFiles(ctx, options);
  const loaded = await loadInputs(ctx, files);
  if (loaded.documents.length > 0) {
    const { compare } = await import('../../compare/index.js');
    // Only the normalisation diagnostics are wanted here; text reuse has none.
    loaded.diagnostics.push(...compare(loaded.documents, { ...tables, textReuse: false }).diagnostics);
  }
  const counts = countByLevel(loaded.diagnostics);
  if (ctx.json) {
    ctx.io.stdout.write(stableJson({
      schemaVersion: SCHEMA_VERSION,
      files: loaded.documents.map((d) => d.plan.source),
      diagnostics: loaded.diagnostics,
      counts,
    }));
  } else {
    for (const line of groupedDiagnostics(ctx, loaded.diagnostics)) ctx.out(line);
    ctx.info(`checked ${loaded.documents.length + loaded.unusable.length} file(s): ${countsText(loaded.diagnostics)}`);
  }
  const findings = counts.error + (options.strict ? counts.warning : 0);
  return { findings, inputErrors: loaded.unusable.length };
}
