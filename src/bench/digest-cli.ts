#!/usr/bin/env node
/**
 * Output identity for speed work: one sha256 per input of everything loading it produces (the
 * plan document, its text lines and line map, every diagnostic), on one thread, in input order.
 *
 *   npm run digest -- --out before.tsv                 # corpus (.bench/corpus) + seeds/
 *   npm run digest -- --against before.tsv             # exit 1 and list the inputs that changed
 *
 * Also prints the CPU seconds the loop took, split by input format, so a change can be timed on
 * the same run that proves it changed nothing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadFromBytes, readInputSync } from '../pipeline/load-one.js';
import { readManifest } from './manifest.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '.bench/corpus' },
    seeds: { type: 'string', default: 'seeds' },
    limit: { type: 'string' },
    out: { type: 'string' },
    against: { type: 'string' },
  },
});

function inputs(): string[] {
  const manifest = readManifest(values.dir!);
  if (!manifest) {
    process.stderr.write(`digest: no corpus at ${values.dir} (make one with npm run bench, or npm run corpus -- --out ${values.dir})\n`);
    process.exit(2);
  }
  const corpus = manifest.files.map((entry) => join(values.dir!, entry.file));
  const seeds = readdirSync(values.seeds!).sort().map((name) => join(values.seeds!, name));
  const all = [...seeds, ...corpus];
  return values.limit ? all.slice(0, Number(values.limit)) : all;
}

const digests: [string, string][] = [];
const cpuByFormat = new Map<string, number>();
const started = process.cpuUsage();
for (const path of inputs()) {
  const before = process.cpuUsage();
  const loaded = await loadFromBytes(path, readInputSync(path));
  const spent = process.cpuUsage(before);
  const format = extname(path) || '(none)';
  cpuByFormat.set(format, (cpuByFormat.get(format) ?? 0) + (spent.user + spent.system) / 1e6);
  digests.push([path, createHash('sha256').update(JSON.stringify(loaded)).digest('hex')]);
}
const total = process.cpuUsage(started);
const perFormat = [...cpuByFormat].map(([format, s]) => `${format} ${s.toFixed(2)}`).join(', ');
process.stderr.write(`digest: ${digests.length} inputs, cpu ${((total.user + total.system) / 1e6).toFixed(2)} s (${perFormat})\n`);

const tsv = digests.map(([path, hash]) => `${path}\t${hash}\n`).join('');
if (values.out) writeFileSync(values.out, tsv);
if (values.against) {
  const expected = new Map(readFileSync(values.against, 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t') as [string, string]));
  const changed = digests.filter(([path, hash]) => expected.has(path) && expected.get(path) !== hash).map(([path]) => path);
  const missing = digests.filter(([path]) => !expected.has(path)).length;
  process.stderr.write(`digest: ${changed.length} changed, ${missing} not in ${values.against}\n`);
  for (const path of changed.slice(0, 20)) process.stderr.write(`  changed: ${path}\n`);
  if (changed.length > 0) process.exitCode = 1;
}
