// Zigong 自贡市: Markdown headings, tab-separated indicator table numbered inside the name,
// boxes with sub-groups, task table with one 责任单位 column read by the note "逗号前为牵头单位".
// Every expectation below was read from seeds/000_… (line numbers as `cat -n` shows them).
import { describe, expect, it } from 'vitest';
import { countByBox, eq, gt, indicatorRow, parseSeed, projectAt, qualitative, taskAt, type IndicatorRow } from './seed-helpers.js';

const { plan, diagnostics } = parseSeed('000_');

describe('Zigong indicators (专栏1, lines 78–91)', () => {
  it('reads every row with its baseline, target and attribute', () => {
    const expected: IndicatorRow[] = [
      [1, '残疾人家庭人均收入年均增长', '%', null, qualitative('与地区生产总值增长基本同步'), 'expected', 80],
      [2, '城乡残疾人职业技能培训', '人次', null, eq(5000), 'expected', 81],
      [3, '符合条件的残疾人纳入最低生活保障比例', '%', null, eq(100), 'binding', 82],
      [4, '困难残疾人生活补贴覆盖率', '%', eq(95), eq(100), 'binding', 83],
      [5, '重度残疾人护理补贴覆盖率', '%', eq(95), eq(100), 'binding', 84],
      [6, '残疾人城乡居民基本养老保险参保率', '%', eq(90), gt(90), 'expected', 85],
      [7, '残疾人城乡居民基本医疗保险参保率', '%', eq(95), gt(95), 'expected', 86],
      [8, '残疾儿童少年义务教育入学率', '%', eq(95), eq(97), 'binding', 87],
      [9, '残疾人基本康复服务覆盖率', '%', eq(80), eq(85), 'binding', 88],
      [10, '残疾人辅助器具适配率', '%', eq(80), eq(85), 'binding', 89],
      [11, '困难重度残疾人家庭无障碍改造数', '户', null, eq(3650), 'binding', 90],
      [12, '村(社区)残疾人协会建设覆盖率', '%', null, eq(100), 'binding', 91],
    ];
    expect(plan.indicators.map(indicatorRow)).toEqual(expected);
  });
});

describe('Zigong key-project boxes', () => {
  it('counts the items of every box; 专栏1 and 专栏10 are tables, not boxes', () => {
    // Box 5 stops at main-text "6.健全残疾人教育体系"; box 9 at "8.逐步健全…".
    // Box 8: 4 + 3 numbered items, plus one unnumbered paragraph in each of 三、 and 四、.
    expect(countByBox(plan.projects)).toEqual({ 2: 8, 3: 7, 4: 9, 5: 4, 6: 6, 7: 7, 8: 9, 9: 2 });
  });

  it('keeps sub-groups and restarts the numbering in each', () => {
    expect(projectAt(plan.projects, 125)).toMatchObject({
      box: 2, boxTitle: '残疾人社会保障重点项目', group: '资金类', no: 1, name: '最低生活保障',
    });
    expect(projectAt(plan.projects, 133)).toMatchObject({ box: 2, group: '服务类', no: 1, name: '残疾人走访探视服务' });
    expect(projectAt(plan.projects, 169)).toMatchObject({ box: 3, group: '奖励类', no: 3, name: '超比例安排残疾人就业奖励项目' });
    expect(projectAt(plan.projects, 281)).toMatchObject({ box: 7, group: '残疾人体育', no: 1, name: '残疾人体育人才培养计划' });
    expect(projectAt(plan.projects, 313)).toMatchObject({ box: 8, boxTitle: '无障碍重点项目', group: '信息无障碍', no: 3, name: '应急服务信息无障碍' });
  });

  it('reads a sub-group holding one unnumbered paragraph as one item named after the group', () => {
    const service = projectAt(plan.projects, 317);
    expect(service).toMatchObject({ box: 8, group: '无障碍服务', no: null, name: '无障碍服务' });
    expect(service?.text.startsWith('政府新闻发布会配备同步速录字幕')).toBe(true);
    expect(projectAt(plan.projects, 321)).toMatchObject({ box: 8, group: '无障碍监督', no: null, name: '无障碍监督' });
  });

  it('joins paragraphs split by a page break into the item', () => {
    const massage = projectAt(plan.projects, 191);
    expect(massage).toMatchObject({ box: 4, no: 4, name: '盲人按摩提升项目' });
    expect(massage?.text).toContain('在医院、疗养院、社区卫生服务中心（站）等医疗机构就业执业');
    expect(massage?.text.endsWith('品牌化发展。')).toBe(true);
    expect(projectAt(plan.projects, 245)?.text.endsWith('残疾儿童学前康复教育机构。')).toBe(true);
  });

  it('does not take main-text paragraphs after a box as items', () => {
    const names = plan.projects.map((p) => p.name);
    expect(names).not.toContain('健全残疾人教育体系');
    expect(names).not.toContain('逐步健全残疾人事业社会化发展机制');
    expect(names).not.toContain('多渠道、多形式促进残疾人就业创业');
  });
});

describe('Zigong task table (专栏 10, note 逗号前为牵头单位 at line 424)', () => {
  it('reads all 40 rows across the page breaks', () => {
    expect(plan.tasks).toHaveLength(40);
    expect(plan.tasks.map((t) => t.no)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('splits the single 责任单位 cell at the first comma into lead and co', () => {
    expect(taskAt(plan.tasks, 378)).toMatchObject({ no: 1, lead: ['市乡村振兴局'], co: ['市残联'] });
    expect(taskAt(plan.tasks, 378)?.text.startsWith('健全防止返贫动态监测和帮扶机制')).toBe(true);
    expect(taskAt(plan.tasks, 379)).toMatchObject({ no: 2, lead: ['市人力资源社会保障局', '市医保局'], co: ['市财政局', '市残联'] });
    expect(taskAt(plan.tasks, 384)).toMatchObject({
      no: 7,
      lead: ['市委组织部', '市人力资源社会保障局', '市国资委', '市残联'],
      co: ['市委编办', '各区县政府', '高新区管委会'],
    });
  });

  it('handles a cell without comma, rows after blank page-break lines, and the last row', () => {
    expect(taskAt(plan.tasks, 394)).toMatchObject({ no: 14, lead: ['市残联'], co: [] });
    expect(taskAt(plan.tasks, 390)).toMatchObject({ no: 10, lead: ['市残联'] });
    // Single blank lines (page breaks) before rows 21 and 33.
    expect(taskAt(plan.tasks, 402)).toMatchObject({ no: 21, text: '巩固提高残疾儿童少年义务教育质量，规范送教上门服务。', lead: ['市教育体育局'], co: ['市残联'] });
    expect(taskAt(plan.tasks, 415)).toMatchObject({ no: 33, text: '加强残疾人法治宣传工作。', lead: ['市司法局'], co: ['市残联', '市教育体育局'] });
    expect(taskAt(plan.tasks, 421)).toMatchObject({ no: 39, lead: ['市委宣传部'], co: ['市残联', '市总工会', '团市委', '市妇联'] });
    expect(taskAt(plan.tasks, 413)?.co).toHaveLength(8);
    expect(taskAt(plan.tasks, 422)).toMatchObject({
      no: 40, text: '发展残疾人慈善事业，鼓励和规范助残慈善活动。', lead: ['市残联'], co: ['市民政局'],
    });
  });

  it('reports no missing cells and no unstated convention', () => {
    const codes = diagnostics.map((d) => d.code);
    expect(codes).not.toContain('parse/table-missing-cells');
    expect(codes).not.toContain('parse/task-lead-convention-missing');
  });
});
