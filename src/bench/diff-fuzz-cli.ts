#!/usr/bin/env node
/**
 * Differential fuzz for speed work: parsePlan of this build and of another build (`--against`,
 * e.g. the dist/ of a checkout of the commit before) must give the same JSON on mutated texts
 * of the seeds and the corpus — lines deleted, repeated or cut short, punctuation and digits
 * swapped between widths, figure words, tabs, NULs and surrogates inserted. The digest checks
 * the inputs as they are; this checks the neighbourhood of their shapes.
 *
 *   npm run diff-fuzz -- --against ../old/dist [--cases 10000] [--seed 1]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parsePlan } from '../parse/index.js';
import { readDocument } from '../read/index.js';
import type { SourceText } from '../model/types.js';
import { readManifest } from './manifest.js';
import { createRng, type Rng } from './prng.js';

const { values } = parseArgs({
  options: {
    against: { type: 'string' },
    dir: { type: 'string', default: '.bench/corpus' },
    seeds: { type: 'string', default: 'seeds' },
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
  },
});
if (!values.against) {
  process.stderr.write('usage: diff-fuzz --against <other build\'s dist> [--cases n] [--seed s] [--dir corpus] [--seeds folder]\n');
  process.exit(2);
}
const other = (await import(pathToFileURL(resolve(values.against, 'parse/index.js')).href)) as { parsePlan: typeof parsePlan };

const SWAPS: ReadonlyArray<readonly [string, string]> = [['，', ','], ['。', '.'], ['：', ':'], ['（', '('], ['）', ')'], ['%', '％'],
  ['1', '１'], ['0', '０'], ['、', '.'], [' ', '\u3000'], ['\t', ' '], ['；', ';']];
const PIECES = ['达到', '不低于', '%', '万人', '个', '牵头', '，', '。', '（', '）', '\t', ' ', '2025年', '十四五', '专栏', '一、', '（一）',
  '1.', '残疾人', '责任单位：', '市残联', '《', '》', '\n', '\r\n', '㎡', '𠀀', '\u0000', '\ufffd', '约', '以上', '100', '98.5', '二〇二五'];

function mutate(text: string, rng: Rng): string {
  let lines = text.split('\n');
  const at = (): number => rng.int(0, Math.max(0, lines.length - 1));
  for (let k = rng.int(1, 6); k > 0; k--) {
    const i = at();
    const line = lines[i] ?? '';
    const cut = rng.int(0, line.length);
    switch (rng.int(0, 6)) {
      case 0: lines.splice(i, rng.int(1, 3)); break;
      case 1: lines.splice(i, 0, lines[at()] ?? ''); break;
      case 2: { const [a, b] = rng.pick(SWAPS); const [from, to] = rng.chance(0.5) ? [a, b] : [b, a]; lines[i] = line.split(from).join(to); break; }
      case 3: lines[i] = line.slice(0, cut) + rng.pick(PIECES) + line.slice(cut); break;
      case 4: lines[i] = line.slice(0, cut) + line.slice(cut + rng.int(1, 4)); break;
      case 5: lines[i] = rng.chance(0.5) ? line.trimEnd() + rng.pick([' ', '  ', '\t', '，', '。']) : rng.pick([' ', '　', '\t']) + line; break;
      default: lines = lines.slice(0, Math.max(1, rng.int(0, lines.length - 1)));
    }
  }
  return lines.join('\n');
}

const outcome = (parse: typeof parsePlan, text: string, source: SourceText, lineMap: readonly number[] | null): string => {
  try {
    return JSON.stringify(parse(text, source.source, { lineMap }));
  } catch (error) {
    return `threw ${error instanceof Error ? error.message : String(error)}`;
  }
};

const manifest = readManifest(values.dir!);
const files = [
  ...readdirSync(values.seeds!).sort().map((name) => join(values.seeds!, name)),
  // Every 16th corpus file: all layouts and formats, a few hundred texts.
  ...(manifest?.files ?? []).filter((_, i) => i % 16 === 0).map((f) => join(values.dir!, f.file)),
];
const sources: SourceText[] = [];
for (const file of files) {
  const read = await readDocument(file, readFileSync(file));
  if (read.text) sources.push(read.text);
}
const rng = createRng(Number(values.seed));
let differ = 0;
const cases = Number(values.cases);
for (let c = 0; c < cases; c++) {
  const source = rng.pick(sources);
  const text = mutate(source.text, rng);
  const [mine, theirs] = [outcome(parsePlan, text, source, null), outcome(other.parsePlan, text, source, null)];
  if (mine === theirs) continue;
  if (++differ <= 5) {
    let i = 0;
    while (i < mine.length && mine[i] === theirs[i]) i++;
    process.stderr.write(`case ${c} (${source.source}), first difference at ${i}:\n  this:  ${mine.slice(Math.max(0, i - 120), i + 120)}\n  other: ${theirs.slice(Math.max(0, i - 120), i + 120)}\n`);
  }
}
process.stderr.write(`diff-fuzz: ${cases} mutated texts of ${sources.length} documents, ${differ} differ\n`);
if (differ > 0) process.exitCode = 1;
