import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Diagnostic, PlanDocument } from '../model/types.js';
import type { CliContext } from './context.js';
import { InputError } from './errors.js';
import { startProgress } from './progress.js';
import { SEEDS_DIR, SEEDS_LABEL } from './seeds.js';

export interface LoadedInputs {
  documents: PlanDocument[];
  diagnostics: Diagnostic[];
  /** Files that produced no plan at all (unreadable, unsupported, empty): an input error. */
  unusable: string[];
  /** Absolute paths read, so outputs never overwrite them. */
  inputPaths: string[];
}

// Above this many files, parse on all cores and show progress (on a TTY).
const PARALLEL_FROM = 64;

/** An absolute path read, and how the user should see it (as typed, or "seeds/…"). */
interface Spelling {
  absolute: string;
  shown: string;
}

function displayOf(path: string, spellings: readonly Spelling[]): string {
  for (const { absolute, shown } of spellings) {
    if (path === absolute) return shown;
    const folder = absolute.endsWith(sep) ? absolute : absolute + sep;
    if (path.startsWith(folder)) return `${shown.replace(/[/\\]+$/, '')}/${path.slice(folder.length).split(sep).join('/')}`;
  }
  return path;
}

/**
 * The read stage sees absolute paths (the injected working directory need not be the
 * process's); reports show paths as the user typed them, and the seeds as "seeds/…",
 * so no output depends on where the package or the run lives.
 */
function relabel(result: { documents: PlanDocument[]; diagnostics: Diagnostic[] }, spellings: readonly Spelling[]): void {
  for (const document of result.documents) document.plan.source = displayOf(document.plan.source, spellings);
  for (const diagnostic of result.diagnostics) {
    const shown = displayOf(diagnostic.file, spellings);
    diagnostic.message = diagnostic.message.split(diagnostic.file).join(shown);
    diagnostic.file = shown;
  }
  result.documents.sort((a, b) => (a.plan.source < b.plan.source ? -1 : a.plan.source > b.plan.source ? 1 : 0));
}

async function mustExist(ctx: CliContext, path: string): Promise<void> {
  try {
    await stat(ctx.resolvePath(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? String(error)})`, path);
  }
}

/** Files or folders the user named (or the seeds when none) → parsed plans and diagnostics. */
export async function loadInputs(ctx: CliContext, paths: readonly string[]): Promise<LoadedInputs> {
  for (const path of paths) await mustExist(ctx, path);
  const spellings: Spelling[] = paths.length === 0
    ? [{ absolute: SEEDS_DIR, shown: SEEDS_LABEL }]
    : paths.map((p) => ({ absolute: ctx.resolvePath(p), shown: p }));
  const toRead = spellings.map((s) => s.absolute);
  const { expandPaths } = await import('../read/files.js');
  const expanded = await expandPaths(toRead);
  let result: { documents: PlanDocument[]; diagnostics: Diagnostic[] };
  if (expanded.files.length >= PARALLEL_FROM) {
    const progress = startProgress(ctx, expanded.files.length, 'parsing');
    const { loadPlansParallel } = await import('../pipeline/parallel.js');
    try {
      const parallel = await loadPlansParallel(expanded.files, { onProgress: (done) => progress.update(done) });
      result = { documents: parallel.documents, diagnostics: [...expanded.diagnostics, ...parallel.diagnostics] };
    } finally {
      progress.stop();
    }
  } else {
    const { loadPlans } = await import('../pipeline/load.js');
    result = await loadPlans(expanded.files);
    result.diagnostics.unshift(...expanded.diagnostics);
  }
  relabel(result, spellings);
  const sources = new Set(result.documents.map((d) => d.plan.source));
  const unusable = [...new Set(result.diagnostics.filter((d) => d.level === 'error' && !sources.has(d.file)).map((d) => d.file))];
  ctx.detail(`read ${expanded.files.length} file(s): ${result.documents.length} plan(s), ${result.diagnostics.length} diagnostic(s)`);
  return { ...result, unusable, inputPaths: expanded.files.map((f) => resolve(f)) };
}
