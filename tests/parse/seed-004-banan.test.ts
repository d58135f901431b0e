// Banan 巴南区, a scraped web page: both tables rendered one cell per line with blank lines
// between cells, an empty cell as one extra blank line, half-width commas, an item number
// without its dot ("2农村…"). Every expectation below was read from seeds/004_… (`cat -n`).
import { describe, expect, it } from 'vitest';
import { countByBox, eq, gt, indicatorRow, parseSeed, projectAt, qualitative, taskAt, type IndicatorRow } from './seed-helpers.js';

const { plan, diagnostics } = parseSeed('004_');

describe('Banan indicators (stacked table, lines 87–185)', () => {
  it('reads every row; the header cell “十四五”/目标值 is split over two lines', () => {
    const expected: IndicatorRow[] = [
      [1, '残疾人家庭人均收入年均增长', '%', null, qualitative('与全区生产总值增长基本同步'), 'expected', 99],
      [2, '城乡残疾人职业技能培训人数', '人', null, eq(1300), 'expected', 107],
      [3, '符合条件的残疾人纳入最低生活保障比例', '%', null, eq(100), 'binding', 115],
      [4, '困难残疾人生活补贴覆盖率', '%', null, eq(100), 'binding', 123],
      [5, '重度残疾人护理补贴覆盖率', '%', null, eq(100), 'binding', 131],
      [6, '残疾人城乡居民基本养老保险参保率', '%', null, gt(92), 'expected', 139],
      [7, '残疾人城乡居民基本医疗保险参保率', '%', null, gt(98), 'expected', 147],
      [8, '残疾儿童少年义务教育入学率', '%', null, gt(97), 'expected', 155],
      [9, '残疾人基本康复服务覆盖率', '%', null, gt(95), 'binding', 163],
      [10, '残疾人辅助器具适配率', '%', null, gt(95), 'binding', 171],
      [11, '有需求符合改造条件的困难重度残疾人家庭无障碍改造覆盖率', '%', null, eq(100), 'binding', 179],
    ];
    expect(plan.indicators.map(indicatorRow)).toEqual(expected);
  });
});

describe('Banan key-project boxes', () => {
  it('counts the items of every box', () => {
    expect(countByBox(plan.projects)).toEqual({ 2: 10, 3: 8, 4: 9, 5: 6, 6: 6, 7: 6, 8: 9, 9: 5 });
  });

  it('reads an item whose number lost its dot', () => {
    expect(projectAt(plan.projects, 289)).toMatchObject({ box: 4, no: 2, name: '农村残疾人就业帮扶基地建设项目' });
  });

  it('reads exact items, including an en-space indented one and a continued one', () => {
    expect(projectAt(plan.projects, 447)).toMatchObject({ box: 9, boxTitle: '基础设施和信息化重点项目', no: 1, name: '残疾人服务设施建设项目' });
    const blind = projectAt(plan.projects, 373);
    expect(blind).toMatchObject({ box: 7, no: 2, name: '盲人文化服务项目' });
    expect(blind?.text).toContain('推动公共图书馆盲人阅览室(区)建设,增加公共图书馆盲文图书和视听文献资源。');
    expect(projectAt(plan.projects, 427)).toMatchObject({ box: 8, no: 9, name: '政务服务无障碍' });
  });
});

describe('Banan task table (stacked, lines 492–751)', () => {
  it('reads 32 rows', () => {
    expect(plan.tasks.map((t) => t.no)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  });

  it('reads first, comma-separated and last rows', () => {
    expect(taskAt(plan.tasks, 500)).toMatchObject({ no: 1, lead: ['区乡村振兴局'], co: ['区民政局', '区农业农村委', '区残联'] });
    expect(taskAt(plan.tasks, 524)).toMatchObject({ no: 4, lead: ['区人力社保局', '区医保局'], co: ['区残联', '各镇街'] });
    expect(taskAt(plan.tasks, 564)).toMatchObject({
      no: 9,
      lead: ['区委组织部', '区委编办', '区人力社保局', '区国资中心', '区残联'],
      co: ['区税务局', '区级各部门', '各镇街', '区属各国有公司'],
    });
    expect(taskAt(plan.tasks, 745)).toMatchObject({
      no: 32, text: '打造“集善巴南”等残疾人慈善项目品牌。', lead: ['区民政局', '区残联'], co: ['区级各部门', '各镇街'],
    });
  });

  it('reads an empty cell (an extra blank line) as an empty co list and keeps the rows aligned', () => {
    expect(taskAt(plan.tasks, 628)).toMatchObject({ no: 17, lead: ['区残联'], co: [] });
    expect(taskAt(plan.tasks, 635)).toMatchObject({ no: 18, text: '开展残疾人康复健身体育行动。', lead: ['区残联', '区体育局'], co: [] });
    expect(taskAt(plan.tasks, 666)).toMatchObject({ no: 22, lead: ['区委组织部', '区委编办', '区人力社保局', '区残联'], co: [] });
    expect(taskAt(plan.tasks, 673)).toMatchObject({ no: 23, lead: ['区残联'] });
  });

  it('reports no missing cells', () => {
    expect(diagnostics.map((d) => d.code)).not.toContain('parse/table-missing-cells');
  });
});
