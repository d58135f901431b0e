/**
 * Deterministic synthetic corpus: for each index, a region from the GB/T 2260 tree, a plan's
 * content, one of the seeds' layouts, a punctuation width, an encoding and a format. The same
 * (count, seed) always yields the same files. Ground truth goes beside each file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestPath, type CorpusManifest } from './manifest.js';
import { blocksToHtml, blocksToText, mapBlockText, type LaidOut } from './blocks.js';
import { blocksToDocx } from './docx-output.js';
import { encodeText, widthSwapper, type CorpusEncoding, type WidthStyle } from './encode.js';
import { implementationTitle, layoutImplementationPlan, layoutProseDraft } from './layout-other.js';
import { layoutPlan } from './layout-plan.js';
import { createRng, type Rng } from './prng.js';
import { loadDivisions } from './regions.js';
import { synthesizePlan } from './synthetic-plan.js';
import { loadTextPool } from './text-pool.js';
import { groundTruth, type CorpusFormat, type CorpusLayout, type GroundTruth } from './truth.js';

export interface CorpusOptions {
  count: number;
  seed: number;
  out: string;
  /** Share of files written as .docx (slow to build); default 0.02. */
  docxShare?: number;
}

/** Bumped whenever the generator's output changes, so a stale corpus is regenerated. */
export const CORPUS_VERSION = 3;


function weighted<T>(rng: Rng, choices: readonly (readonly [T, number])[]): T {
  let roll = rng.next() * choices.reduce((s, [, w]) => s + w, 0);
  for (const [value, weight] of choices) if ((roll -= weight) < 0) return value;
  return choices[choices.length - 1]![0];
}

const LAYOUTS = [['markdown-tabbed', 25], ['plain-tabbed', 25], ['cell-per-line', 20], ['inline-duty', 18], ['prose-draft', 12]] as const;
const ENCODINGS = [['utf-8', 55], ['utf-8-bom', 15], ['gb18030', 20], ['utf-16le-bom', 10]] as const;
const WIDTHS = [['as-is', 60], ['half', 20], ['full', 20]] as const;

interface GeneratedFile {
  name: string;
  bytes: Buffer | Promise<Buffer>;
  truth: GroundTruth;
}

const regionOrders = new Map<string, number[]>();

/** Every division once per round of files, in a seeded order, so any prefix of the corpus is varied. */
function regionFor(index: number, seed: number) {
  const divisions = loadDivisions();
  const key = `${seed}/${Math.floor(index / divisions.length)}`;
  let order = regionOrders.get(key);
  if (!order) regionOrders.set(key, (order = createRng(seed).fork(`regions-${key}`).shuffle(divisions.map((_, i) => i))));
  return divisions[order[index % divisions.length]!]!;
}

function generateOne(index: number, seed: number, docxShare: number): GeneratedFile {
  const rng = createRng(seed).fork(index);
  const region = regionFor(index, seed);
  const layout: CorpusLayout = weighted(rng, LAYOUTS);
  const plan = synthesizePlan(rng.fork('plan'), region, loadTextPool(), {
    size: rng.int(8_000, 26_000), groups: layout === 'markdown-tabbed' });
  const layoutRng = rng.fork('layout');
  const { blocks, dutyConvention }: LaidOut = layout === 'inline-duty' ? layoutImplementationPlan(layoutRng, plan)
    : layout === 'prose-draft' ? { blocks: layoutProseDraft(layoutRng, plan), dutyConvention: 'columns' } : layoutPlan(layoutRng, plan, layout);
  const width: WidthStyle = weighted(rng, WIDTHS);
  const laidOut = mapBlockText(blocks, widthSwapper(width));
  const roll = rng.next();
  const format: CorpusFormat = roll < docxShare ? 'docx' : roll < docxShare + 0.12 ? 'html'
    : layout === 'markdown-tabbed' || layout === 'prose-draft' ? 'markdown' : 'text';
  const encoding: CorpusEncoding = format === 'docx' ? 'utf-8' : format === 'html' ? 'utf-8' : weighted(rng, ENCODINGS);
  const ext = { text: 'txt', markdown: 'md', html: 'html', docx: 'docx' }[format];
  const name = `${String(index).padStart(5, '0')}_${region.code}.${ext}`;
  const title = layout === 'inline-duty' ? implementationTitle(plan) : plan.title;
  const newline = rng.chance(0.2) ? '\r\n' : '\n';
  const bytes = format === 'docx' ? blocksToDocx(laidOut)
    : encodeText((format === 'html' ? blocksToHtml(title, laidOut) : blocksToText(laidOut)).replace(/\n/g, newline), encoding);
  const truth = groundTruth(rng.fork('truth'), plan, { file: name, layout, format, encoding: format === 'docx' ? 'docx' : encoding, width, dutyConvention });
  return { name, bytes, truth };
}

export async function generateCorpus(opts: CorpusOptions): Promise<CorpusManifest> {
  mkdirSync(opts.out, { recursive: true });
  const files: CorpusManifest['files'] = [];
  for (let i = 0; i < opts.count; i++) {
    const g = generateOne(i, opts.seed, opts.docxShare ?? 0.02);
    const bytes = await g.bytes;
    const truthName = g.name.replace(/\.[a-z]+$/, '.truth.json');
    writeFileSync(join(opts.out, g.name), bytes);
    writeFileSync(join(opts.out, truthName), `${JSON.stringify(g.truth, null, 2)}\n`);
    files.push({ file: g.name, truth: truthName, bytes: bytes.length });
  }
  const manifest: CorpusManifest = { version: CORPUS_VERSION, seed: opts.seed, count: opts.count, files, totalBytes: files.reduce((s, f) => s + f.bytes, 0) };
  writeFileSync(manifestPath(opts.out), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}
