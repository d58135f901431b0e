/**
 * One file → one PlanDocument (or none) plus diagnostics: read, decode, parse — the same steps
 * as loadPlans, split into an I/O half (async, or sync for worker threads) and a CPU half. Never
 * throws: a failure becomes a diagnostic on that file.
 */
import type { Diagnostic, PlanDocument } from '../model/types.js';
import { readFileBytes, readFileBytesSync } from '../read/files.js';
import { readDocument } from '../read/index.js';
import { parseSourceParts } from './load.js';
import { planDocument, type DocumentParts } from './plan-document.js';

export interface LoadedFile {
  document: PlanDocument | null;
  diagnostics: Diagnostic[];
}

/** LoadedFile as a worker thread sends it back (see plan-document.ts). */
export interface LoadedParts {
  parts: DocumentParts | null;
  diagnostics: Diagnostic[];
}

export type FileBytes = Awaited<ReturnType<typeof readFileBytes>>;

function failure(path: string, error: unknown): LoadedParts {
  const reason = error instanceof Error ? error.message : String(error);
  return { parts: null, diagnostics: [{ level: 'error', file: path, line: null, code: 'load/failed', message: `could not be loaded (${reason})`, args: { reason } }] };
}

/** The I/O half: bytes of the file, or diagnostics (missing, too large…). */
export function readInput(path: string, maxBytes?: number): Promise<FileBytes> {
  return readFileBytes(path, maxBytes).catch((error: unknown) => ({ bytes: null, diagnostics: failure(path, error).diagnostics }));
}

/** readInput done synchronously (worker threads). */
export function readInputSync(path: string, maxBytes?: number): FileBytes {
  try {
    return readFileBytesSync(path, maxBytes);
  } catch (error) {
    return { bytes: null, diagnostics: failure(path, error).diagnostics };
  }
}

/** The CPU half: decode and parse bytes already read. */
export async function loadFromBytes(path: string, read: FileBytes): Promise<LoadedFile> {
  return loadedFile(await loadPartsFromBytes(path, read));
}

/** loadFromBytes in the form a worker thread sends back. */
export async function loadPartsFromBytes(path: string, read: FileBytes): Promise<LoadedParts> {
  try {
    if (read.bytes === null) return { parts: null, diagnostics: read.diagnostics };
    const result = await readDocument(path, read.bytes);
    if (result.text === null) return { parts: null, diagnostics: result.diagnostics };
    const parsed = parseSourceParts(result.text);
    return { parts: parsed.parts, diagnostics: [...result.diagnostics, ...parsed.diagnostics] };
  } catch (error) {
    return failure(path, error);
  }
}

export function loadedFile(loaded: LoadedParts): LoadedFile {
  return { document: loaded.parts && planDocument(loaded.parts), diagnostics: loaded.diagnostics };
}

export async function loadOneFile(path: string, maxBytes?: number): Promise<LoadedFile> {
  return loadFromBytes(path, await readInput(path, maxBytes));
}
