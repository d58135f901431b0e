import type { Diagnostic, DiagnosticLevel } from '../model/types.js';
import type { CliContext } from './context.js';

const LEVELS: DiagnosticLevel[] = ['error', 'warning', 'info'];
const PLURAL: Record<DiagnosticLevel, string> = { error: 'errors', warning: 'warnings', info: 'notes' };
const SINGULAR: Record<DiagnosticLevel, string> = { error: 'error', warning: 'warning', info: 'note' };

const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function countByLevel(diagnostics: readonly Diagnostic[]): Record<DiagnosticLevel, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.level]++;
  return counts;
}

/** "seeds/a.txt:12"; the read stage already starts its messages with the file, so that is cut. */
export function diagnosticLine(d: Diagnostic): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}`;
  const message = d.message.startsWith(`${d.file}: `) ? d.message.slice(d.file.length + 2) : d.message;
  return `${where}: ${message} [${d.code}]`;
}

/** Every diagnostic, grouped by severity (errors first), sorted by file and line within a group. */
export function groupedDiagnostics(ctx: CliContext, diagnostics: readonly Diagnostic[]): string[] {
  const colour: Record<DiagnosticLevel, (s: string) => string> = { error: ctx.chalk.red, warning: ctx.chalk.yellow, info: ctx.chalk.cyan };
  const lines: string[] = [];
  for (const level of LEVELS) {
    const group = diagnostics.filter((d) => d.level === level).sort(compareDiagnostics);
    if (group.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(colour[level](`${PLURAL[level]} (${group.length})`));
    for (const d of group) lines.push(`  ${diagnosticLine(d)}`);
  }
  return lines;
}

export function countsText(diagnostics: readonly Diagnostic[]): string {
  const counts = countByLevel(diagnostics);
  return LEVELS.map((level) => `${counts[level]} ${counts[level] === 1 ? SINGULAR[level] : PLURAL[level]}`).join(', ');
}

/**
 * What commands other than `check` say about diagnostics: the errors (a file was not
 * used) one by one on stderr, everything else as a count with a pointer to `check`.
 */
export function reportDiagnostics(ctx: CliContext, diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.level === 'error').sort(compareDiagnostics);
  for (const d of errors) ctx.io.stderr.write(`plan-diff: ${ctx.chalk.red('error')} ${diagnosticLine(d)}\n`);
  const warnings = diagnostics.filter((d) => d.level === 'warning').length;
  if (warnings > 0) ctx.info(`${warnings} warning(s) in the documents; run plan-diff check for the list`);
  if (ctx.options.verbose) for (const line of groupedDiagnostics(ctx, diagnostics.filter((d) => d.level !== 'error'))) ctx.detail(line);
}
