import type { Diagnostic, PlanDocument } from '../model/types.js';
import { SCHEMA_VERSION } from '../model/types.js';
import type { Format } from '../render/report.js';
import type { DataTables } from './data-files.js';
import { UsageError } from './errors.js';
import type { OutputFile } from './write-files.js';

/**
 * The heavy stages (comparison, annual templates, renderers), each imported only by the
 * commands that need them. A stage that has not landed yet answers with a usage error.
 */

export const notYet = (what: string): UsageError => new UsageError(`${what} is not yet available in this build`);

/** Base name of the comparison outputs: comparison.md, comparison.xlsx, comparison-<table>.csv … */
export const COMPARISON_NAME = 'comparison';

export interface ComparisonOutput {
  files: OutputFile[];
  /** Normalisation diagnostics (near-miss department spellings, uncertain indicator matches). */
  diagnostics: Diagnostic[];
}

/**
 * compare → report → files. The JSON format carries the comparison data with the schema version.
 * `tables` replaces the catalogue and department table under templates/ (--indicators, --departments).
 */
export async function comparisonFiles(documents: readonly PlanDocument[], formats: readonly Format[], tables: DataTables = {}): Promise<ComparisonOutput> {
  const { compare } = await import('../compare/index.js');
  const { comparisonReport } = await import('../compare/report.js');
  const { renderAll } = await import('../render/registry.js');
  // Text reuse is part of compare's default analysis.
  const comparison = compare(documents, tables);
  const input = { report: comparisonReport(comparison), data: { schemaVersion: SCHEMA_VERSION, ...comparison } };
  return { files: await renderAll(input, formats, { baseName: COMPARISON_NAME }), diagnostics: comparison.diagnostics };
}

/** Annual-report template workbooks (and their Markdown twins) for every plan, or per department. */
export async function templateFiles(documents: readonly PlanDocument[], options: { year?: number; byDepartment?: boolean; now?: Date }): Promise<OutputFile[]> {
  const { buildTemplates } = await import('../annual/templates.js');
  return buildTemplates(documents.map((d) => d.plan), {
    now: options.now ?? new Date(),
    ...(options.year === undefined ? {} : { year: options.year }),
    ...(options.byDepartment ? { byDepartment: true } : {}),
  });
}
