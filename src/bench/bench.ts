/**
 * The benchmark: on the first N files of a generated corpus, for each N, time the floor
 * (read + decode + split) and the parallel read + parse (in a fresh process, cold as in a CLI run;
 * every size's before any plans are held here), then compare and the streamed comparison
 * workbook; track peak RSS of this process, which reads the plans again for compare; check parsed
 * counts against the ground truth on the largest N.
 */
import { createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { compare, comparisonReport } from '../compare/index.js';
import type { Plan } from '../model/types.js';
import { loadPlansParallel } from '../pipeline/parallel.js';
import { writeReportXlsxStream } from '../render/xlsx-stream.js';
import { checkAccuracy, type AccuracyReport } from './accuracy.js';
import { readManifest } from './manifest.js';
import { stageBreakdown, type BreakdownRow } from './breakdown.js';
import { timeParse, type ParseTiming } from './cold-parse.js';
import { floorPass } from './floor.js';
import type { GroundTruth } from './truth.js';

export interface BenchOptions {
  corpusDir: string;
  sizes: number[];
  threads: number;
  /** Fresh-process parses timed per size; the median is reported (the machine's speed varies from run to run). */
  parseRuns?: number;
  onStage?: (message: string) => void;
}

/** Wall-clock and CPU time (all threads of the process) of one stage. */
export interface Timing {
  ms: number;
  cpuMs: number;
}

export interface SizeResult {
  plans: number;
  bytes: number;
  floor: Timing;
  /** The median of parseRuns (by wall time). */
  parse: Timing;
  /** Every timed parse, in run order. */
  parseRuns: Timing[];
  plansParsed: number;
  diagnostics: number;
  compare: Timing;
  workbook: Timing;
  workbookBytes: number;
  /** Peak resident set of the whole process (main thread and workers) so far, in MB. */
  peakRssMb: number;
  /** The same, measured right after the parse stage (before compare). */
  peakRssAfterParseMb: number;
}

export interface BenchResult {
  threads: number;
  cores: number;
  /** 1-minute load average before the run: other work on the machine inflates wall-clock times. */
  loadBefore: number;
  sizes: SizeResult[];
  accuracy: AccuracyReport;
  /** compare() on the largest size with text reuse switched off: how much of compare it is. */
  compareWithoutTextReuse: Timing;
  /** Single-thread read and parse time per format and layout, on the first files. */
  breakdown: BreakdownRow[];
}

/** Kernel high-water mark of the process RSS: covers worker threads and moments no timer would sample. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function timeAsync<T>(f: () => Promise<T> | T): Promise<[T, Timing]> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await f();
  const used = process.cpuUsage(cpu);
  return [value, { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 }];
}

export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const loadBefore = loadavg()[0]!;
  const manifest = readManifest(opts.corpusDir);
  if (!manifest) throw new Error(`no corpus manifest in ${opts.corpusDir}`);
  const say = opts.onStage ?? (() => {});
  const pathsOf = (n: number): string[] => manifest.files.slice(0, n).map((f) => join(opts.corpusDir, f.file));
  // Every parse is timed first, while this process has read nothing: holding a gigabyte of plans
  // (or the garbage of the floor's reads), its idle-time garbage collection ran beside the timed
  // child process and took its cores (4.8 s against 3.6 s for the same parse run alone).
  const parses: ParseTiming[] = [];
  for (const n of opts.sizes) parses.push(await timeParse(opts.corpusDir, n, opts.threads, Math.max(1, opts.parseRuns ?? 3), say));
  const sizes: SizeResult[] = [];
  let accuracy: AccuracyReport | null = null;
  let compareWithoutTextReuse: Timing | null = null;
  for (const [k, n] of opts.sizes.entries()) {
    const { parse, parseRuns, cold } = parses[k]!;
    const entries = manifest.files.slice(0, n);
    const paths = pathsOf(n);
    say(`${n} plans: floor`);
    // The first pass warms the page cache and the JIT for every stage after it; the second is timed.
    floorPass(paths);
    const [{ bytes }, floor] = await timeAsync(() => floorPass(paths));
    // The plans for compare, read again here (untimed): memory is measured in this process.
    const loaded = await loadPlansParallel(paths, { threads: opts.threads, batchSize: 8 });
    const peakRssAfterParseMb = peakRssMb();
    if (loaded.documents.length !== cold.plans || loaded.diagnostics.length !== cold.diagnostics) {
      throw new Error(`the timed parse read ${cold.plans} plans (${cold.diagnostics} diagnostics), this process ${loaded.documents.length} (${loaded.diagnostics.length})`);
    }
    say(`${n} plans: compare`);
    const [report, compareTiming] = await timeAsync(() => comparisonReport(compare(loaded.documents)));
    say(`${n} plans: workbook`);
    const out = join(tmpdir(), `plan-diff-bench-${process.pid}.xlsx`);
    const [, workbook] = await timeAsync(async () => {
      const stream = createWriteStream(out);
      await writeReportXlsxStream(report, stream);
      await finished(stream);
    });
    const workbookBytes = statSync(out).size;
    rmSync(out, { force: true });
    if (n === Math.max(...opts.sizes)) {
      [, compareWithoutTextReuse] = await timeAsync(() => comparisonReport(compare(loaded.documents, { textReuse: false })));
      const truths = entries.map((f) => JSON.parse(readFileSync(join(opts.corpusDir, f.truth), 'utf8')) as GroundTruth);
      const byFile = new Map<string, Plan>();
      for (const doc of loaded.documents) byFile.set(doc.plan.source.split(/[\\/]/).pop()!, doc.plan);
      accuracy = checkAccuracy(truths, byFile);
    }
    sizes.push({
      plans: n, bytes, floor, parse, parseRuns, plansParsed: loaded.documents.length,
      diagnostics: loaded.diagnostics.length, compare: compareTiming, workbook, workbookBytes, peakRssMb: peakRssMb(), peakRssAfterParseMb,
    });
  }
  say('stage breakdown (one thread, first 400 files)');
  const breakdown = await stageBreakdown(opts.corpusDir, manifest, 400);
  return { threads: opts.threads, cores: availableParallelism(), loadBefore, sizes, accuracy: accuracy!, compareWithoutTextReuse: compareWithoutTextReuse!, breakdown };
}
