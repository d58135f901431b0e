/** `npm run corpus -- --count 3200 --seed 1 --out <dir>`: writes a synthetic corpus with ground truth. */
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.js';

async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '3200' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'docx-share': { type: 'string', default: '0.02' },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const docxShare = Number(values['docx-share']);
  if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !(docxShare >= 0 && docxShare <= 1)) {
    process.stderr.write('usage: corpus --count <n ≥ 1> --seed <integer> --out <dir> [--docx-share 0..1]\n');
    return 2;
  }
  const started = performance.now();
  const manifest = await generateCorpus({ count, seed, out: values.out, docxShare });
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`corpus: ${manifest.count} files, ${(manifest.totalBytes / 1e6).toFixed(1)} MB in ${values.out} (${seconds.toFixed(1)} s)\n`);
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { process.stderr.write(`corpus: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
);
