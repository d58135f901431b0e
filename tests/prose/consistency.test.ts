import { describe, expect, it } from 'vitest';
import type { Indicator, Plan, ProseFigure, Task } from '../../src/model/types.js';
import { checkConsistency } from '../../src/parse/consistency.js';
import { parsePlan } from '../../src/parse/index.js';
import { measureKey, measureSimilarity } from '../../src/parse/prose/similarity.js';
import { seedText } from './helpers.js';

function plan(parts: Partial<Pick<Plan, 'indicators' | 'targets' | 'achievements' | 'tasks'>>): Plan {
  return {
    id: 'p', source: 'p.txt', region: { name: null, level: null, province: null, code: null }, title: null,
    kind: 'plan', status: 'final', docNumber: null, issuer: null, issuedOn: null,
    period: { start: 2021, end: 2025 }, headings: [], projects: [],
    indicators: [], targets: [], achievements: [], tasks: [], ...parts,
  };
}

const indicator = (name: string, line: number, baseline: number | null, target: number): Indicator => ({
  no: null, name, unit: '%', attribute: null, source: { line },
  baseline: baseline === null ? null : { op: '=', value: baseline, text: String(baseline) },
  target: { op: '=', value: target, text: String(target) },
});

const figure = (subject: string, line: number, op: ProseFigure['value']['op'], value: number): ProseFigure => ({
  text: subject, subject, unit: '%', year: 2025, section: null, source: { line },
  value: { op, value, text: `${value}%` },
});

const task = (text: string, line: number): Task => ({ no: null, text, lead: [], co: [], source: { line } });

describe('measure names', () => {
  it('strips the words all measures share', () => {
    expect(measureKey('残疾人基本康复服务覆盖率(%)')).toBe('基本康复服务');
    expect(measureKey('基本康复服务率')).toBe('基本康复服务');
  });

  it('tells 养老 from 医疗 insurance but matches reworded school enrolment', () => {
    expect(measureSimilarity('残疾人城乡居民基本养老保险参保率', '基本医疗保险参保率')).toBeLessThan(0.6);
    expect(measureSimilarity('残疾儿童少年义务教育入学率', '义务教育阶段适龄残疾儿童少年入学率')).toBeGreaterThanOrEqual(0.6);
  });
});

describe('(a) table baseline against the background', () => {
  it('Zigong: the table says rehabilitation baseline 80 (line 88), the background 基本康复服务率达85% (line 42)', () => {
    const { plan: zigong } = parsePlan(seedText('000'), 'zigong.txt');
    const found = checkConsistency(zigong).filter((d) => d.code === 'consistency/baseline-vs-background');
    const rehab = found.find((d) => d.line === 88);
    expect(rehab?.args).toMatchObject({ indicatorLine: 88, achievementLine: 42, baseline: { value: 80 }, achievement: { value: 85 } });
    expect(rehab?.message).toContain('line 88');
    expect(rehab?.message).toContain('line 42');
    // 辅助器具适配率: table 80 (line 89), background 达85%.
    expect(found.some((d) => d.line === 89)).toBe(true);
    // 基本医疗保险参保率稳定在95%以上 agrees with the table's 95 (line 86).
    expect(found.some((d) => d.line === 86)).toBe(false);
  });

  it('an achievement that agrees, or measures something else, is no finding', () => {
    const p = plan({
      indicators: [indicator('残疾人辅助器具适配率', 10, 85, 90)],
      achievements: [figure('辅助器具适配率', 3, '=', 85), figure('持证残疾人就业率', 4, '=', 40)],
    });
    expect(checkConsistency(p)).toEqual([]);
  });
});

describe('(b) prose target against the table target', () => {
  it('reports a restated target with another value, with both lines', () => {
    const p = plan({
      indicators: [indicator('残疾人基本康复服务覆盖率', 20, null, 85)],
      targets: [figure('残疾人基本康复服务覆盖率', 55, '>=', 90), figure('残疾人基本康复服务覆盖率', 60, '>=', 85)],
    });
    const found = checkConsistency(p);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'consistency/target-vs-table', line: 55, args: { indicatorLine: 20, proseLine: 55 } });
  });
});

describe('(c) the same task listed twice', () => {
  it('finds near-identical task texts, not merely related ones', () => {
    const p = plan({
      tasks: [
        task('1.加强残疾人法治宣传工作。', 5),
        task('实施残疾人之家综合服务平台建设。', 6),
        task('2.加强残疾人法治宣传工作', 9),
        task('加强残疾人法律援助工作。', 12),
      ],
    });
    expect(checkConsistency(p).map((d) => [d.code, d.line, d.args?.['firstLine']])).toEqual([['consistency/duplicate-task', 9, 5]]);
  });

  it('the seeds list no task twice', () => {
    for (const prefix of ['000', '001', '003', '004']) {
      const { plan: p } = parsePlan(seedText(prefix), `${prefix}.txt`);
      expect(checkConsistency(p).filter((d) => d.code === 'consistency/duplicate-task')).toEqual([]);
    }
  });
});
