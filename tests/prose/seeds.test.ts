/**
 * Figures found by reading the seed documents (cat -n); line numbers are those of the files.
 */
import { describe, expect, it } from 'vitest';
import { figureAt, onLine, proseOfSeed } from './helpers.js';

describe('Beilin (002, a draft without an indicator table): inline targets', () => {
  const { targets, achievements } = proseOfSeed('002');

  it.each([
    [107, 90, '>=', '%', '康复医学科比例'],
    [111, 90, '>=', '%', '辅助器具适配率'],
    [115, 90, '>=', '%', '残疾人基本康复服务覆盖率'],
    [121, 1.5, '>=', '%', '安置残疾人比例'],
    [131, 1, '>=', '人', '残疾人家庭'],
    [163, 95, '>=', '%', '居家无障碍覆盖率'],
  ])('line %i: %d', (line, value, op, unit, subject) => {
    const t = figureAt(targets, line, value);
    expect(t.value.op).toBe(op);
    expect(t.unit).toBe(unit);
    expect(t.subject).toContain(subject);
    expect(t.year).toBe(2025);
  });

  it('the 编制背景 section (lines 27–47) yields no targets', () => {
    expect(targets.filter((t) => t.source.line >= 27 && t.source.line <= 47)).toEqual([]);
  });

  it('its review figures are achievements', () => {
    expect(figureAt(achievements, 35, 1292)).toMatchObject({ unit: '人次', value: { op: '=' }, section: '编制背景' });
    expect(figureAt(achievements, 35, 90)).toMatchObject({ unit: '%', value: { op: '>' }, subject: '筛查率、服务率' });
    expect(figureAt(achievements, 35, 2836)).toMatchObject({ unit: '件', value: { op: '>' } });
    expect(figureAt(achievements, 37, 5238)).toMatchObject({ unit: '人次', value: { op: '=' } });
    expect(figureAt(achievements, 39, 11)).toMatchObject({ unit: '场次' });
  });
});

describe('Leshan (003, an implementation plan 2023—2025): every target inline', () => {
  const { targets, achievements } = proseOfSeed('003', { start: 2023, end: 2025 });

  it.each([
    [24, 55, '>=', '%', '护理型床位占比', 2025],
    [24, 100, '>=', '%', '集中供养率', 2025],
    [24, 60, '>=', '%', '集中供养率', 2025],
    [32, 110, '>=', '元/人·月', '一级重度残疾人', 2024],
    [32, 120, '>=', '元/人·月', '一级重度残疾人护理补贴', 2025],
    [32, 90, '>=', '元/人·月', '二级重度残疾人护理补贴', 2025],
    [53, 200, '>=', '元/人·月', '生活补助', 2025],
    [53, 6, '>=', '月', '康复训练时间', 2025],
    [63, 15, '<=', '%', '占比', 2025],
    [40, 6000, '=', '元/户', '残疾人家庭无障碍改造标准', 2025],
    [73, 1, '>=', '名', '党政机关、事业单位安排残疾人就业人数', 2025],
    [81, 1900, '>=', '元/户·年', '实物扶持、以奖代补', 2025],
    [89, 10, '>=', '%', '优先安排残疾人就业比例', 2025],
    [106, 300, '>=', '元/月', '补贴', 2025],
  ])('line %i: %d', (line, value, op, unit, subject, year) => {
    const t = figureAt(targets, line, value);
    expect(t.value.op).toBe(op);
    expect(t.unit).toBe(unit);
    expect(t.subject).toContain(subject);
    expect(t.year).toBe(year);
  });

  it('line 73: 编制50人以上（含50人） describes the 机关; the targets are 1 名 and 15%', () => {
    expect(onLine(targets, 73).map((t) => [t.value.op, t.value.value, t.unit])).toEqual([['>=', 1, '名'], ['>=', 15, '%']]);
  });

  it('line 77: the reward condition 超过1.6%、不足25% is not a target; the 1000 元 reward is', () => {
    expect(onLine(targets, 77).map((t) => [t.value.value, t.unit])).toEqual([[1000, '元/人·年']]);
  });

  it('29项 policies (line 36) are a count of items, not a commitment', () => {
    expect(onLine(targets, 36).map((t) => t.value.value)).toEqual([100]);
  });

  it('has no review section, so no achievements', () => {
    expect(achievements).toEqual([]);
  });
});

describe('background figures are achievements, not targets', () => {
  it('Zigong (000) 规划背景, line 42', () => {
    const { targets, achievements } = proseOfSeed('000');
    expect(onLine(targets, 42)).toEqual([]);
    expect(figureAt(achievements, 42, 337000000)).toMatchObject({ unit: '元', value: { text: '3.37亿元' } });
    expect(figureAt(achievements, 42, 103300)).toMatchObject({ unit: '名', subject: '持证残疾人' });
    expect(figureAt(achievements, 42, 97.88)).toMatchObject({ subject: '基本养老保险参保率', value: { op: '=' } });
    expect(figureAt(achievements, 42, 95)).toMatchObject({ subject: '基本医疗保险参保率', value: { op: '>=' } });
    expect(figureAt(achievements, 42, 98.97).subject).toBe('困难残疾人生活补贴落实率');
    expect(figureAt(achievements, 42, 97.58).subject).toBe('重度残疾人护理补贴落实率');
    const rehab = achievements.filter((a) => a.source.line === 42 && a.subject === '基本康复服务率');
    expect(rehab.map((a) => [a.value.op, a.value.value, a.unit])).toEqual([['=', 85, '%']]);
  });

  it('Wushan (001) 编制背景, lines 52 and 56 (a sentence broken across a page)', () => {
    const { targets, achievements } = proseOfSeed('001');
    expect(targets.filter((t) => t.source.line < 66)).toEqual([]);
    expect(figureAt(achievements, 52, 3737)).toMatchObject({ unit: '户' });
    expect(figureAt(achievements, 52, 4083)).toMatchObject({ unit: '名', subject: '农村建档立卡贫困残疾人脱贫' });
    expect(figureAt(achievements, 52, 22000)).toMatchObject({ unit: '人次', subject: '康复服务' });
    expect(figureAt(achievements, 56, 100)).toMatchObject({ unit: '%', value: { op: '=' } });
    expect(figureAt(achievements, 56, 100).subject).toContain('接受义务教育比例');
    expect(figureAt(achievements, 56, 7000)).toMatchObject({ unit: '人次' });
  });

  it('Banan (004) 编制背景, lines 51–61; its task section still has targets', () => {
    const { targets, achievements } = proseOfSeed('004');
    expect(targets.filter((t) => t.source.line >= 47 && t.source.line <= 62)).toEqual([]);
    expect(figureAt(achievements, 51, 798)).toMatchObject({ unit: '名' });
    expect(figureAt(achievements, 53, 98050000)).toMatchObject({ unit: '元', value: { text: '9805万元' } });
    expect(figureAt(achievements, 53, 21000)).toMatchObject({ unit: '人次', value: { op: '>' } });
    expect(figureAt(achievements, 55, 95.3)).toMatchObject({ unit: '%', value: { op: '=' }, subject: '义务教育阶段残疾学生入学率' });
    expect(figureAt(achievements, 57, 524)).toMatchObject({ unit: '户' });
    expect(figureAt(targets, 197, 98)).toMatchObject({ unit: '%', value: { op: '>=' }, subject: '残疾人城乡居民基本医疗保险参保率' });
    expect(figureAt(targets, 205, 75)).toMatchObject({ value: { op: '>=' }, subject: '有需求的残疾人托养照护服务覆盖率' });
    expect(figureAt(targets, 447, 5)).toMatchObject({ unit: '个', value: { op: '>=' } });
  });
});
