#!/usr/bin/env node
/**
 * In-process A/B timing of parsePlan, for speed work on a machine whose speed drifts: this
 * build and another (`--against`, e.g. the dist/ of a checkout of the commit before) are loaded
 * into one process and timed back to back on each corpus file (order alternating), summed per
 * round; the median ratio this/other over the rounds is printed (< 1: this build is faster).
 * Decoding is done once, untimed. Two copies of one build read 1.00–1.03.
 *
 *   npm run ab -- --against ../old/dist [--files 1600] [--rounds 6]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import type { SourceText } from '../model/types.js';
import { parsePlan } from '../parse/index.js';
import { readDocument } from '../read/index.js';
import { readManifest } from './manifest.js';

const { values } = parseArgs({
  options: {
    against: { type: 'string' },
    dir: { type: 'string', default: '.bench/corpus' },
    files: { type: 'string', default: '1600' },
    rounds: { type: 'string', default: '6' },
  },
});
const manifest = readManifest(values.dir!);
if (!values.against || !manifest) {
  process.stderr.write('usage: ab --against <other build\'s dist> [--files n] [--rounds r] [--dir corpus] (a corpus must exist: npm run bench or npm run corpus)\n');
  process.exit(2);
}
// As in a parallel load (pipeline/compiler-settings.ts).
setFlagsFromString('--no-turbo-inlining');
const other = (await import(pathToFileURL(resolve(values.against, 'parse/index.js')).href)) as { parsePlan: typeof parsePlan };

const sources: SourceText[] = [];
for (const entry of manifest.files.slice(0, Number(values.files))) {
  const path = join(values.dir!, entry.file);
  const read = await readDocument(path, readFileSync(path));
  if (read.text) sources.push(read.text);
}

const timed = (parse: typeof parsePlan, source: SourceText): number => {
  const started = performance.now();
  parse(source.text, source.source, { lineMap: source.lineMap });
  return performance.now() - started;
};
/** One round: [this build's ms, the other's ms], each file parsed by both back to back. */
function round(k: number): [number, number] {
  let mine = 0;
  let theirs = 0;
  sources.forEach((source, i) => {
    if ((i + k) % 2 === 0) {
      mine += timed(parsePlan, source);
      theirs += timed(other.parsePlan, source);
    } else {
      theirs += timed(other.parsePlan, source);
      mine += timed(parsePlan, source);
    }
  });
  return [mine, theirs];
}

round(0);
round(1); // warm-up: both builds compiled
const ratios: number[] = [];
for (let k = 0; k < Number(values.rounds); k++) {
  const [mine, theirs] = round(k);
  ratios.push(mine / theirs);
  process.stdout.write(`round ${k + 1}: this ${mine.toFixed(0)} ms, other ${theirs.toFixed(0)} ms, ratio ${(mine / theirs).toFixed(3)}\n`);
}
const sorted = [...ratios].sort((a, b) => a - b);
const median = (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
process.stdout.write(`median ratio this/other ${median.toFixed(3)} over ${sources.length} files\n`);
