/** Loading the seed documents and looking rows up by line, for the per-seed parser tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator, ParseResult, Project, Task, Value } from '../../src/model/types.js';
import { parsePlan } from '../../src/parse/index.js';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

export function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return join(SEEDS_DIR, name);
}

export function parseSeed(prefix: string): ParseResult & { text: string } {
  const path = seedPath(prefix);
  const text = readFileSync(path, 'utf8');
  return { ...parsePlan(text, path), text };
}

/** Expected indicator row: [no, name, unit, baseline, target, attribute, line]. */
export type IndicatorRow = [number | null, string, string | null, Value | null, Value | null, Indicator['attribute'], number];

export function indicatorRow(i: Indicator): IndicatorRow {
  return [i.no, i.name, i.unit, i.baseline, i.target, i.attribute, i.source.line];
}

export const eq = (value: number, text = String(value)): Value => ({ op: '=', value, text });
export const gt = (value: number): Value => ({ op: '>', value, text: `>${value}` });
export const qualitative = (text: string): Value => ({ op: 'qualitative', value: null, text });

export function countByBox(projects: readonly Project[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const p of projects) counts[p.box] = (counts[p.box] ?? 0) + 1;
  return counts;
}

export function taskAt(tasks: readonly Task[], line: number): Task | undefined {
  return tasks.find((t) => t.source.line === line);
}

export function projectAt(projects: readonly Project[], line: number): Project | undefined {
  return projects.find((p) => p.source.line === line);
}
