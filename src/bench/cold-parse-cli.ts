#!/usr/bin/env node
/**
 * One timed read + parse of the first N corpus files, in a process of its own: its main thread
 * and workers start cold, as in a CLI run. (In the bench process the main thread, which parses
 * too, has already parsed the smaller sizes.) Prints one JSON line: ColdParse.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPlansParallel } from '../pipeline/parallel.js';
import type { ColdParse } from './cold-parse.js';
import { readManifest } from './manifest.js';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, count: { type: 'string' }, threads: { type: 'string' } },
});
const manifest = readManifest(values.dir ?? '');
if (!manifest) {
  process.stderr.write(`cold-parse: no corpus manifest in ${values.dir}\n`);
  process.exit(2);
}
const paths = manifest.files.slice(0, Number(values.count)).map((f) => join(values.dir!, f.file));
const cpu = process.cpuUsage();
const started = performance.now();
const loaded = await loadPlansParallel(paths, { threads: Number(values.threads), batchSize: 8 });
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const result: ColdParse = {
  ms, cpuMs: (used.user + used.system) / 1000, plans: loaded.documents.length, diagnostics: loaded.diagnostics.length,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
