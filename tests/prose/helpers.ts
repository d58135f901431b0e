import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProseFigure } from '../../src/model/types.js';
import { parseHeadings } from '../../src/parse/headings.js';
import { splitLines } from '../../src/parse/lines.js';
import { extractProse, type ProseResult } from '../../src/parse/prose/index.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

export function seedText(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(SEEDS + name, 'utf8');
}

export function proseOfSeed(prefix: string, period = { start: 2021, end: 2025 }): ProseResult {
  const lines = splitLines(seedText(prefix));
  return extractProse(lines, parseHeadings(lines), period);
}

/** Prose of a short text without headings, as a plan period 2021–2025. */
export function proseOf(text: string, period = { start: 2021, end: 2025 }): ProseResult {
  return extractProse(splitLines(text), [], period);
}

export function onLine(figures: readonly ProseFigure[], line: number): ProseFigure[] {
  return figures.filter((f) => f.source.line === line);
}

/** The figure on a line with the given value (fails the test when there is none or several). */
export function figureAt(figures: readonly ProseFigure[], line: number, value: number): ProseFigure {
  const found = onLine(figures, line).filter((f) => f.value.value === value);
  if (found.length !== 1) {
    const seen = onLine(figures, line).map((f) => `${f.value.op}${f.value.value}${f.unit ?? ''}`).join(', ');
    throw new Error(`expected one figure ${value} on line ${line}, found ${found.length} (line has: ${seen})`);
  }
  return found[0] as ProseFigure;
}
