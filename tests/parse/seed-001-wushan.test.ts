// Wushan 巫山县: indicator table with its caption AFTER it and a single 目标值 column; boxes
// "专栏 N" with "1. xxx" items; task table split over four pages with the header repeated.
// Every expectation below was read from seeds/001_… (line numbers as `cat -n` shows them).
import { describe, expect, it } from 'vitest';
import { countByBox, eq, gt, indicatorRow, parseSeed, projectAt, qualitative, taskAt, type IndicatorRow } from './seed-helpers.js';

const { plan, diagnostics } = parseSeed('001_');

describe('Wushan indicators (table at 112–123, caption at 125)', () => {
  it('reads every row; there is no baseline column', () => {
    const expected: IndicatorRow[] = [
      [1, '残疾人家庭人均收入年均增长', '%', null, qualitative('与全县地区生产总值增长基本同步'), 'expected', 113],
      [2, '城乡残疾人职业技能培训人数', '人次', null, eq(2000), 'expected', 114],
      [3, '符合条件的残疾人纳入最低生活保障比例', '%', null, eq(100), 'binding', 115],
      [4, '困难残疾人生活补贴覆盖率', '%', null, eq(100), 'binding', 116],
      [5, '重度残疾人护理补贴覆盖率', '%', null, eq(100), 'binding', 117],
      [6, '残疾人城乡居民基本养老保险参保率', '%', null, gt(90), 'expected', 118],
      [7, '残疾人城乡居民基本医疗保险参保率', '%', null, gt(95), 'expected', 119],
      [8, '残疾儿童少年义务教育入学率', '%', null, eq(97), 'expected', 120],
      [9, '残疾人基本康复服务覆盖率', '%', null, eq(85), 'binding', 121],
      [10, '残疾人辅助器具适配率', '%', null, eq(85), 'binding', 122],
      [11, '困难重度残疾人家庭无障碍改造覆盖率', '%', null, eq(100), 'binding', 123],
    ];
    expect(plan.indicators.map(indicatorRow)).toEqual(expected);
  });
});

describe('Wushan key-project boxes', () => {
  it('counts the items of every box', () => {
    expect(countByBox(plan.projects)).toEqual({ 2: 10, 3: 8, 4: 7, 5: 6, 6: 6, 7: 7, 8: 5, 9: 9 });
  });

  it('reads exact items', () => {
    expect(projectAt(plan.projects, 163)).toMatchObject({
      box: 2, boxTitle: '残疾人社会保障重点项目', group: null, no: 1, name: '最低生活保障',
    });
    expect(projectAt(plan.projects, 181)).toMatchObject({ box: 2, no: 10, name: '突发公共事件中困难残疾人急难救助' });
    expect(projectAt(plan.projects, 303)).toMatchObject({ box: 6, no: 6, name: '盲手语文推广项目' });
    expect(projectAt(plan.projects, 313)).toMatchObject({ box: 7, boxTitle: '残疾人文化、体育服务重点项目', no: 1 });
    expect(projectAt(plan.projects, 403)).toMatchObject({ box: 9, no: 9, name: '政务服务无障碍' });
  });

  it('joins "奖励。" split off by a page break to item 7 of box 3', () => {
    const award = projectAt(plan.projects, 209);
    expect(award).toMatchObject({ box: 3, no: 7, name: '残疾人就业服务奖励' });
    expect(award?.text.endsWith('按就业人数给予奖励。')).toBe(true);
  });

  it('ends box 3 at main-text "3. 提升…" and box 6 at main-text "7. 提升…" although 7 continues 1–6', () => {
    const names = plan.projects.map((p) => p.name);
    expect(names).not.toContain('提升残疾人就业创业能力');
    expect(names).not.toContain('提升残疾人公共文化服务水平');
    expect(names).not.toContain('推动残疾人体育全面发展');
    expect(projectAt(plan.projects, 305)).toBeUndefined();
  });
});

describe('Wushan task table (附件, four pages, header repeated)', () => {
  it('reads 30 rows and none of the repeated headers', () => {
    expect(plan.tasks).toHaveLength(30);
    expect(plan.tasks.map((t) => t.no)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('reads lead and co from their own columns', () => {
    expect(taskAt(plan.tasks, 446)).toMatchObject({ no: 1, lead: ['县乡村振兴局'], co: ['县民政局', '县农业农村委', '县残联'] });
    expect(taskAt(plan.tasks, 448)).toMatchObject({ no: 3, text: '继续实施“阳光家园计划”项目。', lead: ['县残联'], co: [] });
    expect(taskAt(plan.tasks, 457)).toMatchObject({
      no: 8, lead: ['县公安局', '县卫生健康委', '县民政局', '县应急管理局'], co: ['县残联'],
    });
  });

  it('keeps the typo 县人社力社保局 as written and splits on a half-width comma', () => {
    expect(taskAt(plan.tasks, 458)).toMatchObject({
      no: 9,
      lead: ['县委组织部', '县人社力社保局', '县国资管理中心', '县残联'],
      co: ['县财政局', '巫山县税务局', '县政府有关部门'],
    });
  });

  it('reads rows after each repeated header and the last row', () => {
    expect(taskAt(plan.tasks, 471)).toMatchObject({ no: 18, text: '开展残疾人康复健身体育行动。', lead: ['县残联', '县文化旅游委'], co: [] });
    expect(taskAt(plan.tasks, 486)).toMatchObject({ no: 29, co: ['县总工会', '团县委', '县妇联'] });
    expect(taskAt(plan.tasks, 487)).toMatchObject({ no: 30, lead: ['县发展改革委', '县残联'], co: [] });
  });

  it('reports no missing cells', () => {
    expect(diagnostics.map((d) => d.code)).not.toContain('parse/table-missing-cells');
  });
});
