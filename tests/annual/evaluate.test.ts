import { describe, expect, test } from 'vitest';
import { evaluateIndicator } from '../../src/annual/evaluate.js';
import type { Indicator, Value } from '../../src/model/types.js';
import { zigongPlan } from './fixtures/zigong-plan.js';

const plan = zigongPlan(); // 2021–2025
const v = (op: Value['op'], value: number | null, extra: Partial<Value> = {}): Value => ({ op, value, text: String(value), ...extra });
const indicator = (baseline: Value | null, target: Value | null): Indicator => ({ no: 1, name: 'x', unit: '%', baseline, target, attribute: null, source: { line: 1 } });

describe('evaluateIndicator', () => {
  test('mid-term year: progress against the share of the period elapsed', () => {
    // 2023 is year 3 of 5: 60% of the way from baseline to target is on schedule.
    const rehab = indicator(v('=', 80), v('>=', 85));
    expect(evaluateIndicator(plan, rehab, 82, 2023)).toMatchObject({ progress: 0.4, expected: 0.6, status: 'behind', met: false });
    expect(evaluateIndicator(plan, rehab, 83, 2023)).toMatchObject({ status: 'on-track' });
    expect(evaluateIndicator(plan, rehab, 85, 2023)).toMatchObject({ status: 'met', met: true });
    expect(evaluateIndicator(plan, rehab, 84, 2025)).toMatchObject({ status: 'not-met' });
  });

  test('a target to reduce is direction-aware', () => {
    const rate = indicator(v('=', 20), v('<=', 10));
    expect(evaluateIndicator(plan, rate, 15, 2023)).toMatchObject({ progress: 0.5, status: 'behind' });
    expect(evaluateIndicator(plan, rate, 12, 2023)).toMatchObject({ progress: 0.8, status: 'on-track' });
    expect(evaluateIndicator(plan, rate, 10, 2025)).toMatchObject({ met: true, status: 'met' });
  });

  test('strict comparators, deltas on the baseline, qualitative and missing values', () => {
    expect(evaluateIndicator(plan, indicator(v('=', 90), v('>', 90)), 90, 2025)).toMatchObject({ met: false, progress: null, status: 'not-met' });
    expect(evaluateIndicator(plan, indicator(v('=', 90), v('>', 90)), 90.5, 2025)).toMatchObject({ met: true });
    // "提高5个百分点": 70 → 75.
    const delta = indicator(v('=', 70), v('>=', 5, { relativeTo: 'baseline' }));
    expect(evaluateIndicator(plan, delta, 74, 2025)).toMatchObject({ target: 75, met: false, progress: 0.8 });
    expect(evaluateIndicator(plan, indicator(null, v('>=', 5, { relativeTo: 'baseline' })), 74, 2025).status).toBe('manual');
    expect(evaluateIndicator(plan, indicator(null, v('qualitative', null)), 7, 2025)).toMatchObject({ met: null, status: 'manual' });
    expect(evaluateIndicator(plan, indicator(null, v('>=', 100)), null, 2025).status).toBe('missing');
    expect(evaluateIndicator(plan, indicator(null, v('>=', 100)), 99, 2023)).toMatchObject({ progress: null, status: 'not-met' });
  });
});
