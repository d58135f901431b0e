/** The bench's parse timing: cold-parse-cli.ts run in a child process (see there why). */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Timing } from './bench.js';

export interface ColdParse {
  ms: number;
  cpuMs: number;
  plans: number;
  diagnostics: number;
}

const run = promisify(execFile);

/** Times a read + parse of the first `count` files of the corpus in a fresh process. */
export async function coldParse(corpusDir: string, count: number, threads: number): Promise<ColdParse> {
  const script = fileURLToPath(new URL('./cold-parse-cli.js', import.meta.url));
  const args = [script, '--dir', corpusDir, '--count', String(count), '--threads', String(threads)];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout) as ColdParse;
}

/** The run with the median wall time (the lower middle one for an even count). */
export function medianByWall(runs: readonly Timing[]): Timing {
  return [...runs].sort((a, b) => a.ms - b.ms)[(runs.length - 1) >> 1]!;
}

export interface ParseTiming {
  /** The median of `parseRuns` (by wall time). */
  parse: Timing;
  parseRuns: Timing[];
  cold: ColdParse;
}

/** `runs` fresh-process parses of the first `count` files; they must read the same plans. */
export async function timeParse(corpusDir: string, count: number, threads: number, runs: number, say: (message: string) => void): Promise<ParseTiming> {
  say(`${count} plans: parse (${threads} threads, in a fresh process, ${runs} run${runs === 1 ? '' : 's'})`);
  const colds: ColdParse[] = [];
  for (let r = 0; r < runs; r++) colds.push(await coldParse(corpusDir, count, threads));
  const cold = colds[0]!;
  if (colds.some((c) => c.plans !== cold.plans || c.diagnostics !== cold.diagnostics)) {
    throw new Error(`the timed parses disagree: ${colds.map((c) => `${c.plans} plans (${c.diagnostics} diagnostics)`).join(', ')}`);
  }
  const parseRuns: Timing[] = colds.map((c) => ({ ms: c.ms, cpuMs: c.cpuMs }));
  return { parse: medianByWall(parseRuns), parseRuns, cold };
}
