import type { Diagnostic, PlanDocument } from '../model/types.js';
import { expandPaths } from '../read/files.js';
import { loadOneFile, type LoadedFile } from './load-one.js';

export interface LoadOptions {
  /** Files read and parsed at the same time (I/O overlap only; parsing is synchronous). */
  concurrency?: number;
  /** Refuse files larger than this many bytes (default 256 MB). */
  maxBytes?: number;
}

export interface LoadResult {
  documents: PlanDocument[];
  diagnostics: Diagnostic[];
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Plans keep the parser's slug; the second and later plans with the same slug get -2, -3 … */
export function uniqueIds(documents: readonly PlanDocument[]): PlanDocument[] {
  const taken = new Set<string>();
  return documents.map((document) => {
    const base = document.plan.id || 'plan';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id === document.plan.id ? document : { ...document, plan: { ...document.plan, id } };
  });
}

/**
 * Paths (files or folders) → parsed plans, sorted by source, with unique ids. Each file is
 * read, decoded and parsed on its own: a bad file adds diagnostics and the others go on.
 */
export async function loadPlans(paths: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  const expanded = await expandPaths(paths);
  const perFile: LoadedFile[] = [];
  const concurrency = Math.max(1, options.concurrency ?? 4);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < expanded.files.length; index = next++) {
      perFile[index] = await loadOneFile(expanded.files[index] ?? '', options.maxBytes);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return loadResult(expanded.diagnostics, perFile);
}

/** Files loaded, in file order → the documents sorted by source with unique ids, every diagnostic in order. */
export function loadResult(walkDiagnostics: readonly Diagnostic[], perFile: readonly LoadedFile[]): LoadResult {
  const documents = perFile
    .flatMap((file) => (file.document ? [file.document] : []))
    .sort((a, b) => compareStrings(a.plan.source, b.plan.source));
  return { documents: uniqueIds(documents), diagnostics: [...walkDiagnostics, ...perFile.flatMap((file) => file.diagnostics)] };
}
