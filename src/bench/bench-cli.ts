/**
 * `npm run bench [-- --count 3200 --seed 1 --dir .bench/corpus --threads 2 --sizes 400,800,1600,3200 --runs 3]`:
 * generates the corpus if it is not there yet, runs the benchmark, prints the report on stdout.
 * Each size's parse is timed --runs times in fresh processes and the median reported.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { runBench } from './bench.js';
import { formatBench } from './bench-format.js';
import { CORPUS_VERSION, generateCorpus } from './corpus.js';
import { readManifest } from './manifest.js';

function corpusMatches(dir: string, count: number, seed: number): boolean {
  const manifest = readManifest(dir);
  return manifest !== null && manifest.version === CORPUS_VERSION && manifest.count >= count && manifest.seed === seed;
}

async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '3200' },
      seed: { type: 'string', default: '1' },
      dir: { type: 'string', default: '.bench/corpus' },
      threads: { type: 'string', default: String(availableParallelism()) },
      sizes: { type: 'string' },
      runs: { type: 'string', default: '3' },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const threads = Number(values.threads);
  const parseRuns = Number(values.runs);
  const sizes = (values.sizes ?? [count / 8, count / 4, count / 2, count].map(Math.round).join(','))
    .split(',').map(Number).filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(threads) || threads < 1 || !Number.isInteger(parseRuns) || parseRuns < 1 || sizes.length === 0) {
    process.stderr.write('usage: bench [--count n] [--seed s] [--dir path] [--threads t] [--sizes a,b,c] [--runs r]\n');
    return 2;
  }
  if (!corpusMatches(values.dir, count, seed)) {
    process.stderr.write(`bench: generating ${count} plans (seed ${seed}) into ${values.dir}\n`);
    await generateCorpus({ count, seed, out: values.dir });
  }
  const result = await runBench({
    corpusDir: values.dir, sizes, threads, parseRuns,
    onStage: (message) => process.stderr.write(`bench: ${message}\n`),
  });
  process.stdout.write(formatBench(result));
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`); process.exitCode = 1; },
);
