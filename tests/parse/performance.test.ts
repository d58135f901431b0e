// Parsing must stay linear: all five seeds well under a second, and a document made of many
// copies of the seeds in time proportional to its size.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { SEEDS_DIR } from './seed-helpers.js';

const texts = readdirSync(SEEDS_DIR).sort().map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));

function timeAll(docs: readonly string[]): number {
  const start = performance.now();
  for (const t of docs) parsePlan(t, 'perf.txt');
  return performance.now() - start;
}

describe('parse performance', () => {
  it('parses all five seeds well under a second', () => {
    timeAll(texts); // warm-up: module compilation is not parse time
    expect(timeAll(texts)).toBeLessThan(500);
  });

  it('scales linearly with document size', () => {
    const one = texts.join('\n');
    const ten = Array.from({ length: 10 }, () => one).join('\n');
    timeAll([one]);
    const small = Math.max(timeAll([one]), 5);
    expect(timeAll([ten])).toBeLessThan(small * 10 * 4);
  });
});
