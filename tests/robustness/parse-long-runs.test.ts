/**
 * Long runs of one character in the places the parser looks closely at (a prose figure, a
 * heading, a table row, a task with its units, a box title): every pattern that strips or scans
 * a run must stay linear. A pattern like /[\s，]+$/ is tried at each position of a run that does
 * not end the text and scans the run each time: 100,000 spaces after a heading took 10 s, and
 * 100,000 "、1" after a percentage 2 s (each number checked against every earlier one).
 * Linear, each document below parses in well under a second; the test's time limit catches a
 * quadratic one. (Thousands of tasks compared for duplicates: tests/parse/duplicate-tasks.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';

const seed = readFileSync(new URL('../../seeds/000_21f4ce37752d4b1d.txt', import.meta.url), 'utf8').split('\n');
const RUN = 100_000;

const CONTEXTS: Array<(run: string) => string> = [
  (r) => `到2025年，残疾人基本康复服务覆盖率达到90%以上${r}x。`,
  (r) => `残疾人${r}覆盖率达到90%。`,
  (r) => `一、总体目标${r}x`,
  (r) => `1\t残疾人基本康复服务覆盖率${r}\t%\t80\t90\t约束性`,
  (r) => `（一）加强康复服务。牵头单位：市残联${r}x`,
  (r) => `一、总体要求${r}3`,
  (r) => `专栏1 康复重点项目${r}`,
  (r) => `${r}x`,
  (r) => `新建残疾人托养机构${r}3个，`,
];

/** The seed with every context, holding a run of `unit`, in its middle. */
function withRuns(unit: string): string {
  const run = unit.repeat(Math.ceil(RUN / unit.length));
  const middle = Math.floor(seed.length / 2);
  return [...seed.slice(0, middle), ...CONTEXTS.map((context) => context(run)), ...seed.slice(middle)].join('\n');
}

describe('parsePlan on long runs of one character', () => {
  for (const unit of [' ', '\t', '，', '：', '\u3000', '.', '…', '、1', '1.', '1', '%', '（']) {
    it(`stays linear on ${RUN.toLocaleString('en')} × ${JSON.stringify(unit)}`, { timeout: 5000 }, () => {
      const result = parsePlan(withRuns(unit), 'runs.txt');
      // The seed's own rows are still read around the runs.
      expect(result.plan.tasks.length).toBeGreaterThanOrEqual(40);
    });
  }
});
