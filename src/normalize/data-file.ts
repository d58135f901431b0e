/**
 * Loading of the analyst-editable data files under `templates/`. Validation problems
 * are collected and thrown once as a `DataFileError` naming the file and the entries.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s): ${problems.slice(0, 5).join('; ')}`);
    this.name = 'DataFileError';
  }
}

/** Parse YAML text; syntax errors become a DataFileError. */
export function parseYaml(text: string, file: string): unknown {
  try {
    return parse(text) as unknown;
  } catch (err) {
    throw new DataFileError(file, [err instanceof Error ? err.message : String(err)]);
  }
}

/** Read a file shipped in the package's `templates/` folder (src/… and dist/… both sit two levels below). */
export function readTemplate(name: string): { text: string; file: string } {
  const url = new URL(`../../templates/${name}`, import.meta.url);
  return { text: readFileSync(url, 'utf8'), file: `templates/${name}` };
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string' && s.trim() !== '');
}

export function isNonEmptyString(x: unknown): x is string {
  return typeof x === 'string' && x.trim() !== '';
}
