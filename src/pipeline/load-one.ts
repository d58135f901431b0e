/**
 * One file → one PlanDocument (or none) plus diagnostics: read, decode, parse — the same steps
 * as loadPlans, packaged for a worker thread. Never throws: a failure becomes a diagnostic.
 */
import type { Diagnostic, PlanDocument } from '../model/types.js';
import { readFileBytes } from '../read/files.js';
import { readDocument } from '../read/index.js';
import { parseSourceText } from './load.js';

export interface LoadedFile {
  document: PlanDocument | null;
  diagnostics: Diagnostic[];
}

export async function loadOneFile(path: string, maxBytes?: number): Promise<LoadedFile> {
  try {
    const read = await readFileBytes(path, maxBytes);
    if (read.bytes === null) return { document: null, diagnostics: read.diagnostics };
    const result = await readDocument(path, read.bytes);
    if (result.text === null) return { document: null, diagnostics: result.diagnostics };
    const parsed = parseSourceText(result.text);
    return { document: parsed.document, diagnostics: [...result.diagnostics, ...parsed.diagnostics] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { document: null, diagnostics: [{ level: 'error', file: path, line: null, code: 'load/failed', message: `could not be loaded (${reason})`, args: { reason } }] };
  }
}
