/**
 * Where read + parse time goes, on one thread: decoding/flattening per input format and
 * parsePlan per layout, on a sample of the corpus. Points at the stage to speed up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '../parse/index.js';
import { readDocument } from '../read/index.js';
import type { CorpusManifest } from './manifest.js';
import type { GroundTruth } from './truth.js';

export interface BreakdownRow {
  stage: string;
  files: number;
  bytes: number;
  ms: number;
}

export async function stageBreakdown(corpusDir: string, manifest: CorpusManifest, sample: number): Promise<BreakdownRow[]> {
  const rows = new Map<string, BreakdownRow>();
  const add = (stage: string, bytes: number, ms: number): void => {
    const row = rows.get(stage) ?? { stage, files: 0, bytes: 0, ms: 0 };
    row.files++;
    row.bytes += bytes;
    row.ms += ms;
    rows.set(stage, row);
  };
  for (const entry of manifest.files.slice(0, sample)) {
    const truth = JSON.parse(readFileSync(join(corpusDir, entry.truth), 'utf8')) as GroundTruth;
    const bytes = readFileSync(join(corpusDir, entry.file));
    let started = performance.now();
    const read = await readDocument(entry.file, bytes);
    add(`read ${truth.format}`, bytes.length, performance.now() - started);
    if (!read.text) continue;
    started = performance.now();
    parsePlan(read.text.text, entry.file, { lineMap: read.text.lineMap });
    const ms = performance.now() - started;
    add(`parse ${truth.layout}`, bytes.length, ms);
    add('parse (all layouts)', bytes.length, ms);
  }
  return [...rows.values()].sort((a, b) => (a.stage < b.stage ? -1 : 1));
}
