/**
 * One file → one PlanDocument (or none) plus diagnostics: read, decode, parse — the steps of
 * loadPlans and of every worker, split into an I/O half (async, or sync for worker threads) and a
 * CPU half. Never throws: a failure becomes a diagnostic on that file.
 */
import type { Diagnostic, Plan, PlanDocument, SourceText } from '../model/types.js';
import { parsePlan } from '../parse/index.js';
import { readDiagnostic } from '../read/diagnostic.js';
import { readFileBytes, readFileBytesSync } from '../read/files.js';
import { readDocument } from '../read/index.js';
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

/** Nothing a later stage could use: no headings, no table rows, no targets. */
function isEmptyPlan(plan: Plan): boolean {
  return plan.headings.length === 0 && plan.indicators.length === 0 && plan.projects.length === 0 &&
    plan.tasks.length === 0 && plan.targets.length === 0 && plan.achievements.length === 0;
}

/** Decoded text → the parts of a PlanDocument (the text whole, not split into lines), or diagnostics only when parsing throws or finds no plan. */
export function parseSourceParts(source: SourceText): { parts: DocumentParts | null; diagnostics: Diagnostic[] } {
  try {
    const { plan, diagnostics } = parsePlan(source.text, source.source, { lineMap: source.lineMap });
    if (isEmptyPlan(plan)) {
      const none = readDiagnostic('error', source.source, 'load/no-plan',
        `no plan found (no headings, indicator table, projects, tasks or targets) in this ${source.format} file`);
      return { parts: null, diagnostics: [...diagnostics, none] };
    }
    return { parts: { plan, text: source.text.replace(/^\ufeff/, ''), lineMap: source.lineMap }, diagnostics };
  } catch (error) {
    // The parser promises not to throw; if it does, only this file is lost.
    const reason = error instanceof Error ? error.message : String(error);
    return { parts: null, diagnostics: [readDiagnostic('error', source.source, 'load/parse-failed', `could not be parsed (${reason})`, { reason })] };
  }
}


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
