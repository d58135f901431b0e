import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
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

/**
 * How a path reaches the read stage: as the user typed it when they typed a relative path
 * (that is what reports show), resolved against the injected working directory.
 */
function readablePath(ctx: CliContext, path: string): string {
  if (isAbsolute(path)) return path;
  const rel = relative(process.cwd(), resolve(ctx.io.cwd, path));
  return rel === '' ? '.' : rel;
}

/** The seeds are shown as "seeds/…" in every output, wherever the package is installed. */
function relabelSeeds(result: { documents: PlanDocument[]; diagnostics: Diagnostic[] }): void {
  const root = SEEDS_DIR.endsWith(sep) ? SEEDS_DIR : SEEDS_DIR + sep;
  const label = (text: string): string => text.split(root).join(`${SEEDS_LABEL}/`);
  for (const document of result.documents) document.plan.source = label(document.plan.source);
  for (const diagnostic of result.diagnostics) {
    diagnostic.file = label(diagnostic.file);
    diagnostic.message = label(diagnostic.message);
  }
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
  const useSeeds = paths.length === 0;
  for (const path of paths) await mustExist(ctx, path);
  const toRead = useSeeds ? [SEEDS_DIR] : paths.map((p) => readablePath(ctx, p));
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
  if (useSeeds) relabelSeeds(result);
  const sources = new Set(result.documents.map((d) => d.plan.source));
  const unusable = [...new Set(result.diagnostics.filter((d) => d.level === 'error' && !sources.has(d.file)).map((d) => d.file))];
  ctx.detail(`read ${expanded.files.length} file(s): ${result.documents.length} plan(s), ${result.diagnostics.length} diagnostic(s)`);
  return { ...result, unusable, inputPaths: expanded.files.map((f) => resolve(f)) };
}
