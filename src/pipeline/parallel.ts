/**
 * Many files, all cores: read + parse in a piscina pool of worker threads. Same result as
 * loadPlans (folders expanded, documents sorted by source, unique ids), only spread over
 * threads; plans come back as structured-clone data. The worker runs compiled JS from dist/
 * (under vitest too), so `npm run build` must have run.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { expandPaths } from '../read/files.js';
import { withParseCompilerSettings } from './compiler-settings.js';
import { uniqueIds, type LoadResult } from './load.js';
import { loadedFile, type LoadedFile, type LoadedParts } from './load-one.js';
import type { ParseBatch } from './parse-worker.js';

export interface ParallelOptions {
  /** Worker threads; default: the machine's available parallelism. */
  threads?: number;
  /** Files per task sent to a worker; larger batches cost less messaging, smaller balance better. */
  batchSize?: number;
  /** Heap limit per worker, in MB. */
  maxOldGenerationSizeMb?: number;
  /** Refuse files larger than this many bytes (default 256 MB, as loadPlans). */
  maxBytes?: number;
  onProgress?: (done: number, total: number) => void;
}

function workerFile(): string {
  if (import.meta.url.endsWith('.js')) return fileURLToPath(new URL('./parse-worker.js', import.meta.url));
  // Running from src/ (tests): use the compiled worker.
  return fileURLToPath(new URL('../../dist/pipeline/parse-worker.js', import.meta.url));
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function loadPlansParallel(paths: readonly string[], options: ParallelOptions = {}): Promise<LoadResult> {
  return withParseCompilerSettings(() => loadInPool(paths, options));
}

function startPool(threads: number, options: ParallelOptions): Piscina<ParseBatch, LoadedParts[]> {
  return new Piscina<ParseBatch, LoadedParts[]>({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    // A second batch waits inside each worker, so a worker never idles while the main thread
    // takes in its last result and hands out the next batch.
    concurrentTasksPerWorker: 2,
    resourceLimits: {
      maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 2048,
      // Parsing allocates many short-lived strings; a larger young generation lets more of them die
      // before a scavenge copies them. 64 MB: 5–9% less CPU on the 3,200-plan corpus in four paired
      // runs against V8's default (docs/bench.md).
      maxYoungGenerationSizeMb: 64,
    },
  });
}

async function loadInPool(paths: readonly string[], options: ParallelOptions): Promise<LoadResult> {
  const wanted = Math.max(1, options.threads ?? availableParallelism());
  // Many paths named one by one (the bench; the CLI after its own walk): the workers start
  // (thread, modules) while the paths are checked. A few paths may be folders or a single file:
  // expanded first, so that no more workers start than there are files.
  let pool = paths.length >= wanted ? startPool(wanted, options) : null;
  try {
    const expanded = await expandPaths(paths);
    pool ??= startPool(Math.max(1, Math.min(wanted, expanded.files.length)), options);
    const files = expanded.files;
    const batchSize = Math.max(1, options.batchSize ?? 8);
    let done = 0;
    const batches: Promise<LoadedFile[]>[] = [];
    for (let i = 0; i < files.length; i += batchSize) {
      const task: ParseBatch = { paths: files.slice(i, i + batchSize), ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) };
      batches.push(pool.run(task).then((loaded) => {
        done += loaded.length;
        options.onProgress?.(done, files.length);
        return loaded.map(loadedFile);
      }));
    }
    const loaded = (await Promise.all(batches)).flat();
    const documents = loaded
      .flatMap((f) => (f.document ? [f.document] : []))
      .sort((a, b) => compareStrings(a.plan.source, b.plan.source));
    return { documents: uniqueIds(documents), diagnostics: [...expanded.diagnostics, ...loaded.flatMap((f) => f.diagnostics)] };
  } finally {
    await pool?.destroy();
  }
}
