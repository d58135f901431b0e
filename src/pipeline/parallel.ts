/**
 * Many files, all cores: read + parse on the main thread and in a piscina pool of worker
 * threads, all taking batches from one queue. Same result as loadPlans (folders expanded,
 * documents sorted by source, unique ids); plans parsed in a worker come back as structured-clone
 * data. The worker runs compiled JS from dist/ (under vitest too), so `npm run build` must have run.
 *
 * The main thread parses too, rather than wait: each worker is a fresh V8 isolate that compiles
 * the parser's hot code again, and what it parses must be copied back. With the main thread as one
 * of the two parsers on a 2-core machine, a 3,200-plan run was 4.5% shorter (eight paired runs).
 * HTML and .docx files go to the workers first and the rest to the main thread, so that only one
 * isolate compiles those readers: 5–8% shorter again (two sets of six paired runs).
 */
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { expandPaths } from '../read/files.js';
import { withParseCompilerSettings } from './compiler-settings.js';
import { loadResult, type LoadResult } from './load.js';
import { loadedFile, loadFromBytes, readInputSync, type LoadedFile, type LoadedParts } from './load-one.js';
import type { ParseBatch } from './parse-worker.js';

export interface ParallelOptions {
  /** Threads that parse, the main thread included (so threads − 1 workers); default: the machine's available parallelism. */
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

const MARKUP = /\.(?:html?|docx)$/i;

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
  const parsers = Math.max(1, options.threads ?? availableParallelism());
  // Many paths named one by one (the bench; the CLI after its own walk): the workers start
  // (thread, modules) while the paths are checked. A few paths may be folders or a single file:
  // expanded first, so that no more workers start than there are files to share.
  let threads = parsers > 1 && paths.length >= parsers ? parsers - 1 : 0;
  let pool = threads > 0 ? startPool(threads, options) : null;
  try {
    const expanded = await expandPaths(paths);
    const files = expanded.files;
    const batchSize = Math.max(1, options.batchSize ?? 8);
    // Pages and Word files go to the workers first, plain text and Markdown to the main thread:
    // the HTML and .docx readers are then compiled in the workers only, until the queues run dry.
    // Batches hold file positions: results are put back in file order.
    const positions = files.map((_, i) => i);
    const ordered = [...positions.filter((i) => MARKUP.test(files[i]!)), ...positions.filter((i) => !MARKUP.test(files[i]!))];
    const batches: number[][] = [];
    for (let i = 0; i < ordered.length; i += batchSize) batches.push(ordered.slice(i, i + batchSize));
    if (pool === null && parsers > 1 && batches.length > 1) {
      threads = Math.min(parsers - 1, batches.length - 1);
      pool = startPool(threads, options);
    }
    const loaded: LoadedFile[] = new Array<LoadedFile>(files.length);
    // Workers take batches from the front, the main thread from the back.
    let next = 0;
    let last = batches.length - 1;
    let done = 0;
    const finished = (batch: number, results: LoadedFile[]): void => {
      batches[batch]!.forEach((position, i) => { loaded[position] = results[i]!; });
      done += results.length;
      options.onProgress?.(done, files.length);
    };
    const maxBytes = options.maxBytes;
    const workerLane = async (running: Piscina<ParseBatch, LoadedParts[]>): Promise<void> => {
      for (let batch = next++; batch <= last; batch = next++) {
        const task: ParseBatch = { paths: batches[batch]!.map((i) => files[i]!), ...(maxBytes ? { maxBytes } : {}) };
        finished(batch, (await running.run(task)).map(loadedFile));
      }
    };
    const mainLane = async (): Promise<void> => {
      for (let batch = last--; batch >= next; batch = last--) {
        const out: LoadedFile[] = [];
        for (const position of batches[batch]!) {
          const path = files[position]!;
          out.push(await loadFromBytes(path, readInputSync(path, maxBytes)));
          // Between files, the workers' results are taken in and their next batches handed out.
          await nextTurn();
        }
        finished(batch, out);
      }
    };
    // Two batches per worker in flight (concurrentTasksPerWorker): one waits while the other runs.
    const lanes = pool ? Array.from({ length: 2 * threads }, () => workerLane(pool!)) : [];
    // A failed task (a worker crashed) ends the load: the queue is emptied so that no lane takes
    // another batch, and the failure is reported once every lane has stopped.
    const stopOnFailure = (lane: Promise<void>): Promise<void> => lane.catch((error: unknown) => {
      next = batches.length;
      last = -1;
      throw error;
    });
    const failed = (await Promise.allSettled([...lanes, mainLane()].map(stopOnFailure)))
      .find((lane): lane is PromiseRejectedResult => lane.status === 'rejected');
    if (failed) throw failed.reason;
    return loadResult(expanded.diagnostics, loaded);
  } finally {
    // The results are complete: the threads end while the caller goes on (about 40 ms saved).
    pool?.destroy().catch(() => {});
  }
}
