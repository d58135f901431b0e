import type { Diagnostic, Plan, PlanDocument, SourceText } from '../model/types.js';
import { parsePlan } from '../parse/index.js';
import { readDiagnostic } from '../read/diagnostic.js';
import { expandPaths, readFileBytes } from '../read/files.js';
import { readDocument } from '../read/index.js';
import { planDocument, type DocumentParts } from './plan-document.js';

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

/** Nothing a later stage could use: no headings, no table rows, no targets. */
function isEmptyPlan(plan: Plan): boolean {
  return plan.headings.length === 0 && plan.indicators.length === 0 && plan.projects.length === 0 &&
    plan.tasks.length === 0 && plan.targets.length === 0 && plan.achievements.length === 0;
}

/** SourceText → PlanDocument, or diagnostics only when parsing throws or finds no plan. */
export function parseSourceText(source: SourceText): { document: PlanDocument | null; diagnostics: Diagnostic[] } {
  const { parts, diagnostics } = parseSourceParts(source);
  return { document: parts && planDocument(parts), diagnostics };
}

/** parseSourceText in the form a worker thread sends back (the text whole, not split into lines). */
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
  const perFile: Array<{ document: PlanDocument | null; diagnostics: Diagnostic[] }> = [];
  const concurrency = Math.max(1, options.concurrency ?? 4);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < expanded.files.length; index = next++) {
      perFile[index] = await loadFile(expanded.files[index] ?? '', options.maxBytes);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  const diagnostics = [...expanded.diagnostics, ...perFile.flatMap((result) => result.diagnostics)];
  const documents = perFile
    .flatMap((result) => (result.document ? [result.document] : []))
    .sort((a, b) => compareStrings(a.plan.source, b.plan.source));
  return { documents: uniqueIds(documents), diagnostics };
}

async function loadFile(file: string, maxBytes: number | undefined): Promise<{ document: PlanDocument | null; diagnostics: Diagnostic[] }> {
  const read = await readFileBytes(file, maxBytes);
  if (read.bytes === null) return { document: null, diagnostics: read.diagnostics };
  const result = await readDocument(file, read.bytes);
  if (result.text === null) return { document: null, diagnostics: result.diagnostics };
  const parsed = parseSourceText(result.text);
  return { document: parsed.document, diagnostics: [...result.diagnostics, ...parsed.diagnostics] };
}
