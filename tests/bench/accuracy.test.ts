// Issue 7, "Done when": the generated corpus's ground truth is met at ≥ 99% of rows. The truth is
// what the generator wrote into each file, so it is independent of the parser under test.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccuracy } from '../../src/bench/accuracy.js';
import { generateCorpus } from '../../src/bench/corpus.js';
import type { GroundTruth } from '../../src/bench/truth.js';
import type { Plan } from '../../src/model/types.js';
import { loadPlans } from '../../src/pipeline/load.js';

let dir = '';
let truths: GroundTruth[] = [];
const plans = new Map<string, Plan>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-diff-accuracy-'));
  const manifest = await generateCorpus({ count: 200, seed: 7, out: dir, docxShare: 0.05 });
  truths = manifest.files.map((f) => JSON.parse(readFileSync(join(dir, f.truth), 'utf8')) as GroundTruth);
  const { documents } = await loadPlans(manifest.files.map((f) => join(dir, f.file)));
  for (const d of documents) plans.set(basename(d.plan.source), d.plan);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parser accuracy on a generated corpus', () => {
  it('meets the ground truth at ≥ 99% of rows and samples, every file yielding a plan', () => {
    const report = checkAccuracy(truths, plans);
    expect(report.files).toBe(200);
    expect(report.missingPlans).toBe(0);
    // Enough rows that 99% means something.
    expect(report.rows.expected).toBeGreaterThan(200 * 20);
    expect(report.rows.met / report.rows.expected).toBeGreaterThanOrEqual(0.99);
    expect(report.rows.extra / report.rows.expected).toBeLessThanOrEqual(0.01);
    expect(report.samples.checked).toBeGreaterThan(200);
    expect(report.samples.met / report.samples.checked, report.samples.failures.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(Object.keys(report.byLayout)).toHaveLength(5);
    for (const [layout, tally] of Object.entries(report.byLayout)) {
      // A prose-only draft has no rows to meet: then no row may be invented either.
      if (tally.expected === 0) expect(tally.extra, layout).toBe(0);
      else expect(tally.met / tally.expected, layout).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('the check itself fails when the plans are missing or emptied', () => {
    expect(checkAccuracy(truths, new Map())).toMatchObject({ missingPlans: 200, exactFiles: 0, rows: { met: 0 } });
    const emptied = new Map([...plans].map(([file, plan]) => [file, { ...plan, indicators: [], tasks: [], projects: [] }]));
    const report = checkAccuracy(truths, emptied);
    expect(report.rows.met).toBe(0);
    expect(report.samples.met).toBe(0);
  });
});
