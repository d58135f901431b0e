import type { Diagnostic, DiagnosticLevel } from '../model/types.js';

/** A parse diagnostic; `line` is a parsed-text line, mapped to the file by parsePlan. */
export function parseDiagnostic(
  level: DiagnosticLevel,
  file: string,
  line: number | null,
  code: string,
  message: string,
  args?: Record<string, unknown>,
): Diagnostic {
  return args === undefined ? { level, file, line, code, message } : { level, file, line, code, message, args };
}
