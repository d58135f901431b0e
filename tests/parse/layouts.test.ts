// Layouts the seeds do not show but the genre uses: written here as small documents, so each
// expectation follows from the text right above it.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';

const parse = (lines: string[]) => parsePlan(lines.join('\n'), 'layout.txt');

describe('indicator tables', () => {
  it('reads a header over two rows and a separate 单位 column', () => {
    const { plan } = parse([
      '表1 主要指标',
      '序号\t指标名称\t单位\t目标值\t目标值\t属性',
      '\t\t\t2020年\t2025年\t',
      '1\t残疾人基本康复服务覆盖率\t%\t80\t≥90\t约束性',
      '2\t残疾人之家覆盖率\t—\t—\t100\t预期性',
    ]);
    expect(plan.indicators).toEqual([
      { no: 1, name: '残疾人基本康复服务覆盖率', unit: '%', baseline: { op: '=', value: 80, text: '80' },
        target: { op: '>=', value: 90, text: '≥90' }, attribute: 'binding', source: { line: 4 } },
      { no: 2, name: '残疾人之家覆盖率', unit: null, baseline: null,
        target: { op: '=', value: 100, text: '100' }, attribute: 'expected', source: { line: 5 } },
    ]);
  });
});

describe('project boxes', () => {
  it('reads 【专栏三】 with its title on the next line and (1) sub-points inside items', () => {
    const { plan } = parse([
      '【专栏三】',
      '残疾人康复重点项目',
      '1.精准康复服务项目。内容如下：',
      '（1）开展需求评估；',
      '（2）提供基本康复服务。',
      '2.辅具适配项目。为困难残疾人适配辅具。',
      '',
      '第四章 保障措施',
      '1.加强组织领导。各部门要……',
    ]);
    expect(plan.projects.map((p) => [p.box, p.boxTitle, p.no, p.name, p.source.line])).toEqual([
      [3, '残疾人康复重点项目', 1, '精准康复服务项目', 3],
      [3, '残疾人康复重点项目', 2, '辅具适配项目', 6],
    ]);
    expect(plan.projects[0]?.text).toBe('精准康复服务项目。内容如下：（1）开展需求评估；（2）提供基本康复服务。');
  });

  it('ends a box with sub-groups at a part title that continues their numbering', () => {
    const { plan } = parse([
      '专栏5 无障碍重点项目',
      '一、设施',
      '1.道路无障碍。人行道改造。',
      '二、信息',
      '1.网站无障碍。改造网站。',
      '三、保障措施',
      '各级政府要加强领导。',
    ]);
    expect(plan.projects.map((p) => [p.group, p.no])).toEqual([['设施', 1], ['信息', 1]]);
  });
});

describe('task tables', () => {
  it('reads a cell that labels its parts, and a table without a stated convention', () => {
    const { plan, diagnostics } = parse([
      '序号\t重点任务\t责任单位',
      '1\t完善救助制度。\t牵头单位：区民政局；配合单位：区财政局、区残联',
      '2\t推进无障碍建设。\t区住建委、区残联',
    ]);
    expect(plan.tasks.map((t) => [t.no, t.lead, t.co])).toEqual([
      [1, ['区民政局'], ['区财政局', '区残联']],
      [2, [], ['区住建委', '区残联']],
    ]);
    expect(diagnostics.map((d) => d.code)).toContain('parse/task-lead-convention-missing');
  });

  it('follows a stated semicolon convention', () => {
    const { plan } = parse([
      '序号\t主要任务\t责任单位',
      '1\t完善救助制度。\t区民政局、区残联；区财政局，各镇街',
      '注：分号前为牵头单位。',
    ]);
    expect(plan.tasks[0]).toMatchObject({ lead: ['区民政局', '区残联'], co: ['区财政局', '各镇街'] });
  });
});

describe('inline tasks', () => {
  it('reads "（牵头单位：…；责任单位：…）" at the end of a numbered paragraph', () => {
    const { plan } = parse([
      '（一）兜底保障',
      '1.完善低保制度。将符合条件的残疾人纳入低保。（牵头单位：市民政局；责任单位：市财政局、各县（市、区）人民政府）',
      '2.落实两项补贴。按时足额发放。',
    ]);
    expect(plan.tasks).toEqual([{
      no: 1, text: '完善低保制度。将符合条件的残疾人纳入低保。', lead: ['市民政局'],
      co: ['市财政局', '各县（市、区）人民政府'], source: { line: 2 },
    }]);
  });
});
