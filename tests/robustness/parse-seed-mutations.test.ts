import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';

const SEED_DIR = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(new URL(f, SEED_DIR), 'utf8').split('\n'));

type Mutation =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'shuffle-cells'; at: number; order: number[] }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'truncate'; at: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: position, count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, count: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant('shuffle-cells' as const), at: position, order: fc.array(fc.nat(), { minLength: 2, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: position, with: position }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
);

/** Applies a mutation; positions are fractions of the current length, so any seed size works. */
function mutate(lines: string[], m: Mutation): string[] {
  const i = Math.floor(m.at * lines.length);
  switch (m.kind) {
    case 'delete': return [...lines.slice(0, i), ...lines.slice(i + m.count)];
    case 'duplicate': return [...lines.slice(0, i + m.count), ...lines.slice(i, i + m.count), ...lines.slice(i + m.count)];
    case 'swap': {
      const j = Math.floor(m.with * lines.length);
      const out = lines.slice();
      [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
      return out;
    }
    case 'shuffle-cells': {
      // The nearest tab-separated row at or after i gets its cells reordered.
      const row = lines.findIndex((l, k) => k >= i && l.includes('\t'));
      if (row < 0) return lines;
      const cells = lines[row]!.split('\t');
      const keyed = cells.map((c, k) => ({ c, key: m.order[k % m.order.length]! * 31 + k }));
      const out = lines.slice();
      out[row] = keyed.sort((a, b) => a.key - b.key).map((x) => x.c).join('\t');
      return out;
    }
    case 'truncate': {
      const text = lines.join('\n');
      return text.slice(0, Math.floor(m.at * text.length)).split('\n');
    }
  }
}

describe('parsePlan on mutated seeds', () => {
  it('never throws and always returns a plan with diagnostics', () => {
    const arbitrary = fc.record({ seed: fc.nat({ max: seeds.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) });
    fc.assert(fc.property(arbitrary, ({ seed, mutations }) => {
      const text = mutations.reduce(mutate, seeds[seed]!).join('\n');
      const result = parsePlan(text, `seed-${seed}.txt`, { lineMap: null });
      expect(result.plan).toBeTypeOf('object');
      expect(Array.isArray(result.diagnostics)).toBe(true);
      const lineCount = text.split('\n').length;
      for (const row of [...result.plan.indicators, ...result.plan.tasks, ...result.plan.projects]) {
        expect(row.source.line).toBeGreaterThanOrEqual(1);
        expect(row.source.line).toBeLessThanOrEqual(lineCount);
      }
    }), { numRuns: 150 });
  });
});
