// Layouts no seed shows, each written as a short document in tests/fixtures/layouts/. The
// expectations follow from reading those files; line numbers are lines of the fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Value } from '../../src/model/types.js';
import { parsePlan } from '../../src/parse/index.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'layouts');
const parseFixture = (name: string) => parsePlan(readFileSync(join(DIR, name), 'utf8'), name);

const eq = (value: number, text = String(value)): Value => ({ op: '=', value, text });
const atLeast = (value: number, text: string): Value => ({ op: '>=', value, text });
const qualitative = (text: string): Value => ({ op: 'qualitative', value: null, text });

describe('indicator tables', () => {
  it('reads a 单位 column, "≥95", "95以上", bracketed five-year totals, "1.5万" and 全覆盖', () => {
    const { plan } = parseFixture('indicators-unit-column.txt');
    expect(plan.indicators.map((i) => [i.no, i.name, i.unit, i.baseline, i.target, i.attribute, i.source.line])).toEqual([
      [1, '困难残疾人生活补贴和重度残疾人护理补贴覆盖率', '%', eq(100), atLeast(95, '≥95'), 'binding', 10],
      [2, '残疾人城乡居民基本养老保险参保率', '%', eq(93.5), atLeast(95, '95以上'), 'expected', 11],
      [3, '城乡新增残疾人就业人数', '人', null, eq(5000, '〔5000〕'), 'expected', 12],
      [4, '残疾人职业技能培训人数', '人次', eq(12000), eq(15000, '1.5万'), 'expected', 13],
      [5, '残疾人基本康复服务覆盖率', '%', eq(85), eq(90), 'binding', 14],
      [6, '乡镇（街道）残疾人之家', null, qualitative('部分覆盖'), qualitative('全覆盖'), 'expected', 15],
    ]);
  });

  it('reads a category column filled only on the first row of each group', () => {
    const { plan } = parseFixture('indicators-grouped.txt');
    expect(plan.indicators.map((i) => [i.no, i.name, i.unit, i.target?.text, i.attribute, i.source.line])).toEqual([
      [1, '城乡残疾人最低生活保障应保尽保率', '%', '100', 'binding', 5],
      [2, '残疾人两项补贴覆盖率', '%', '100', 'binding', 6],
      [3, '城乡残疾人新增就业', '人', '〔600〕', 'expected', 7],
      [4, '残疾人职业技能培训', '人次', '〔1500〕', 'expected', 8],
      [5, '残疾人基本康复服务覆盖率', '%', '≥85', 'binding', 9],
      [6, '残疾儿童少年义务教育入学率', '%', '97以上', 'expected', 10],
    ]);
  });

  it('reads group rows right under the header, numbers restarting per group', () => {
    const { plan } = parseFixture('indicators-group-rows.txt');
    expect(plan.indicators.map((i) => [i.no, i.name, i.unit, i.baseline, i.target, i.attribute, i.source.line])).toEqual([
      [1, '残疾人家庭人均可支配收入增幅', '%', null, qualitative('与全县居民收入增长同步'), 'expected', 11],
      [2, '困难残疾人家庭无障碍改造', '户', null, eq(300, '〔300〕'), 'binding', 12],
      [1, '残疾人辅助器具适配率', '%', eq(80), eq(90), 'binding', 14],
      [2, '残疾人托养服务人数', '人', eq(120), eq(200), 'expected', 15],
    ]);
  });
});

describe('space-aligned tables (copied from a PDF)', () => {
  it('reads columns separated by runs of spaces', () => {
    const { plan } = parseFixture('indicators-space-aligned.txt');
    expect(plan.indicators.map((i) => [i.no, i.name, i.unit, i.baseline, i.target, i.attribute, i.source.line])).toEqual([
      [1, '残疾人基本康复服务覆盖率', '%', eq(85), atLeast(90, '≥90'), 'binding', 5],
      [2, '残疾人辅助器具适配率', '%', eq(80), atLeast(90, '≥90'), 'binding', 6],
      [3, '城乡新增残疾人就业人数', '人', null, eq(500, '〔500〕'), 'expected', 7],
    ]);
  });

  it('does not read one padded line as a table', () => {
    const { plan } = parsePlan(['专栏1 主要指标', '残疾人康复  服务  覆盖率', '', '正文。'].join('\n'), 'x.txt');
    expect(plan.indicators).toEqual([]);
  });
});

describe('stacked tables (one cell per line)', () => {
  it('reads cells without blank lines between them and a header cell split over two lines', () => {
    const { plan } = parseFixture('stacked-tables.txt');
    expect(plan.indicators.map((i) => [i.no, i.name, i.unit, i.baseline, i.target, i.attribute, i.source.line])).toEqual([
      [1, '残疾人家庭人均可支配收入增幅', '%', null, qualitative('与全区居民收入增长同步'), 'expected', 10],
      [2, '残疾人基本康复服务覆盖率', '%', eq(85), atLeast(90, '≥90'), 'binding', 15],
      [3, '残疾人辅助器具适配率', '%', eq(80), atLeast(90, '≥90'), 'binding', 20],
      [4, '城乡新增残疾人就业人数', '人', null, eq(800, '〔800〕'), 'expected', 25],
    ]);
  });

  it('reads a stacked task table with blank lines between cells', () => {
    const { plan } = parseFixture('stacked-tables.txt');
    expect(plan.tasks.map((t) => [t.no, t.text, t.lead, t.co, t.source.line])).toEqual([
      [1, '完善残疾人社会保障制度。', ['区民政局'], ['区财政局', '区残联'], 43],
      [2, '加强残疾人就业服务。', ['区人力社保局'], ['区残联'], 51],
      [3, '推进无障碍环境建设。', ['区住房城乡建委'], ['区交通局', '区残联'], 59],
    ]);
  });
});

describe('category columns', () => {
  it('reads a stacked table whose category cell stands once before its group', () => {
    const { plan } = parseFixture('stacked-category-column.txt');
    expect(plan.indicators.map((i) => [i.no, i.name, i.unit, i.baseline, i.target, i.attribute, i.source.line])).toEqual([
      [1, '残疾人两项补贴覆盖率', '%', eq(100), eq(100), 'binding', 21],
      [2, '困难残疾人家庭无障碍改造', '户', null, eq(1000, '〔1000〕'), 'binding', 31],
      [3, '残疾人基本康复服务覆盖率', '%', eq(85), atLeast(90, '≥90'), 'expected', 43],
    ]);
  });

  it('takes the task from 具体措施 next to a merged 重点任务 column, and reads "1." row numbers', () => {
    const { plan } = parseFixture('tasks-detail-column.txt');
    expect(plan.tasks.map((t) => [t.no, t.text, t.lead, t.co, t.source.line])).toEqual([
      [1, '将符合条件的残疾人家庭全部纳入最低生活保障范围，做到应保尽保。', ['市民政局'], ['市财政局'], 8],
      [2, '全面落实困难残疾人生活补贴和重度残疾人护理补贴制度。', ['市民政局'], ['市残联'], 9],
      [3, '开展残疾人职业技能培训，每年培训不少于1000人次。', ['市人力资源社会保障局'], ['市残联'], 10],
      [4, '落实残疾人就业创业扶持政策。', ['市人力资源社会保障局'], ['市财政局', '市残联'], 11],
    ]);
  });
});

describe('project boxes', () => {
  it('reads 专栏一 with an ideographic space, (1) items, ① items, 【专栏3】 and 1． items', () => {
    const { plan } = parseFixture('boxes-numbering.txt');
    expect(plan.projects.map((p) => [p.box, p.boxTitle, p.group, p.no, p.name, p.source.line])).toEqual([
      [1, '残疾人社会保障重点项目', null, 1, '残疾人生活补贴项目', 11],
      [1, '残疾人社会保障重点项目', null, 2, '残疾人托养照护项目', 12],
      [1, '残疾人社会保障重点项目', null, 3, '困难残疾人家庭无障碍改造项目', 13],
      [2, '残疾人就业重点项目', null, 1, '残疾人职业技能提升项目', 21],
      [2, '残疾人就业重点项目', null, 2, '盲人按摩提升项目', 22],
      [2, '残疾人就业重点项目', null, 3, '辅助性就业项目', 23],
      [3, '残疾人康复重点项目', null, 1, '残疾儿童康复救助项目', 31],
      [3, '残疾人康复重点项目', null, 2, '辅助器具适配项目', 32],
      [4, '残疾人教育和文化体育重点项目', '教育类', 1, '特殊教育学校建设项目', 38],
      [4, '残疾人教育和文化体育重点项目', '教育类', 2, '送教上门项目', 39],
      [4, '残疾人教育和文化体育重点项目', '文化体育类', 1, '残疾人文化进家庭项目', 41],
      [4, '残疾人教育和文化体育重点项目', '文化体育类', 2, '残疾人体育健身项目', 42],
    ]);
  });
});

describe('project boxes without numbered lines', () => {
  const { plan, diagnostics } = parseFixture('boxes-tables.txt');
  const rows = plan.projects.map((p) => [p.box, p.boxTitle, p.no, p.name, p.source.line]);

  it('reads boxes laid out as tables, with or without a 序号 column', () => {
    expect(rows.slice(0, 5)).toEqual([
      [2, '残疾人社会保障重点项目', 1, '残疾人生活补贴和护理补贴项目', 11],
      [2, '残疾人社会保障重点项目', 2, '困难残疾人家庭无障碍改造项目', 12],
      [2, '残疾人社会保障重点项目', 3, '残疾人托养照护项目', 13],
      [3, '残疾人就业重点项目', null, '残疾人职业技能提升项目', 19],
      [3, '残疾人就业重点项目', null, '盲人按摩提升项目', 20],
    ]);
    expect(plan.projects[0]?.text).toBe('残疾人生活补贴和护理补贴项目：为困难残疾人发放生活补贴，为重度残疾人发放护理补贴。');
  });

  it('reads "——" bullet items and paragraphs that open with a project name', () => {
    expect(rows.slice(5)).toEqual([
      [4, '残疾人康复重点项目', null, '残疾儿童康复救助项目', 26],
      [4, '残疾人康复重点项目', null, '精准康复服务项目', 27],
      [4, '残疾人康复重点项目', null, '辅助器具适配项目', 28],
      [5, '无障碍环境建设重点项目', null, '无障碍设施改造工程', 36],
      [5, '无障碍环境建设重点项目', null, '信息无障碍推进行动', 38],
    ]);
    expect(diagnostics.filter((d) => d.code === 'parse/box-empty')).toEqual([]);
  });
});

describe('task tables', () => {
  const { plan, diagnostics } = parseFixture('tasks-columns.txt');
  const rows = plan.tasks.map((t) => [t.no, t.text, t.lead, t.co, t.source.line]);

  it('reads 牵头单位 / 配合单位 columns next to a 完成时限 column', () => {
    expect(rows.slice(0, 3)).toEqual([
      [1, '健全残疾人社会救助制度，将符合条件的残疾人家庭纳入最低生活保障范围。', ['市民政局'], ['市财政局', '市残联'], 6],
      [2, '落实残疾人两项补贴制度，建立补贴标准动态调整机制。', ['市民政局', '市残联'], ['市财政局'], 7],
      [3, '实施残疾人职业技能提升计划，开展职业技能培训。', ['市人力资源社会保障局'], ['市残联', '各县（市、区）人民政府'], 8],
    ]);
  });

  it('reads "（牵头）" marks in a single 责任单位 column', () => {
    expect(rows.slice(3, 7)).toEqual([
      [1, '加强残疾人康复服务体系建设。', ['市卫生健康委'], ['市残联', '市医保局'], 15],
      [2, '发展残疾人特殊教育，提高特殊教育普及水平。', ['市教育局'], ['市残联'], 16],
      [3, '推进无障碍环境建设。', ['市交通运输局'], ['市住房城乡建设局', '市残联'], 17],
      [4, '加强残疾人权益保障。', [], ['市司法局'], 18],
    ]);
    // The table says which units lead by marking them: no missing-convention note for it.
    expect(diagnostics.filter((d) => d.code === 'parse/task-lead-convention-missing')).toEqual([]);
  });

  it('joins rows that wrapped onto a line of their own, tabbed or not', () => {
    expect(rows.slice(7)).toEqual([
      [1, '完善残疾人基本医疗保障制度，将残疾人康复项目纳入基本医疗保险支付范围。', ['市医保局'], ['市卫生健康委', '市残联'], 25],
      [2, '加快发展残疾人托养服务。', ['市民政局'], ['市残联'], 27],
      [3, '加强残疾人文化体育服务，组织残疾人参加各类文体活动。', ['市文化广电旅游局'], ['市体育局', '市残联'], 28],
    ]);
  });
});

describe('inline tasks', () => {
  it('reads suffixes, "责任单位：A（牵头）" lines, split label lines and "A牵头，B配合"', () => {
    const { plan } = parseFixture('tasks-inline.txt');
    expect(plan.tasks.map((t) => [t.no, t.text, t.lead, t.co, t.source.line])).toEqual([
      [1, '完善残疾人社会救助制度。将符合条件的残疾人家庭纳入最低生活保障范围，落实“单人户”施保政策。',
        ['县民政局'], ['县财政局', '县残联', '各乡镇人民政府'], 7],
      [2, '落实残疾人两项补贴制度。建立补贴标准动态调整机制，推进两项补贴资格认定申请“跨省通办”。',
        ['县民政局'], ['县财政局', '县残联'], 9],
      [3, '加强残疾人托养服务。支持社会力量举办残疾人托养机构，为就业年龄段重度残疾人提供托养照护服务。',
        [], ['县残联', '县民政局'], 12],
      [4, '落实按比例安排残疾人就业制度。党政机关、事业单位、国有企业带头安置残疾人就业。',
        ['县人力社保局'], ['县残联', '县国资中心'], 18],
      [5, '扶持残疾人自主创业。对自主创业的残疾人给予创业补贴。', ['县人力社保局'], ['县残联', '县财政局'], 22],
    ]);
  });
});

describe('layouts not read', () => {
  it('reports an indicator caption over a stacked table without row numbers', () => {
    const lines = ['专栏1 主要指标', '指标', '2020年', '2025年', '属性', '残疾人基本康复服务覆盖率（%）', '85', '≥90', '约束性', '', '第三章 主要任务'];
    const { plan, diagnostics } = parsePlan(lines.join('\n'), 'x.txt');
    expect(plan.indicators).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'parse/caption-without-table').map((d) => d.line)).toEqual([1]);
  });
});
