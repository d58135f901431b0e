import type { Diagnostic, DiagnosticLevel } from '../model/types.js';

/** A read-stage diagnostic; the message always starts with the file so it reads on its own. */
export function readDiagnostic(
  level: DiagnosticLevel,
  file: string,
  code: string,
  detail: string,
  args?: Record<string, unknown>,
  line: number | null = null,
): Diagnostic {
  const diagnostic: Diagnostic = { level, file, line, code, message: `${file}: ${detail}` };
  if (args) diagnostic.args = args;
  return diagnostic;
}
