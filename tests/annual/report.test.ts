import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildProgress, buildTemplates, departmentsSent, formatProblem, progressReport, readReturns,
  type Problem, type Progress, type ReadResult, type TemplateFile,
} from '../../src/annual/index.js';
import { byName, fillForm } from './helpers.js';
import { zigongPlan } from './fixtures/zigong-plan.js';

const now = new Date('2026-11-22T10:00:00Z');
const form = (files: TemplateFile[], dept: string) => byName(files, `zigong-shi-2025-${dept}.xlsx`);
const where = (p: Problem) => [p.file, p.code, p.sheet, p.cell];

/** Types into the 填报单位 … 填报日期 cells at the foot of the instructions sheet, as a department would. */
function fillReporter(wb: ExcelJS.Workbook, values: ExcelJS.CellValue[], dateFormat?: string): void {
  const ws = wb.getWorksheet('填报说明')!;
  const rows: number[] = [];
  ws.eachRow((row, n) => {
    if (['填报单位', '填报人', '联系电话', '填报日期'].includes(String(row.getCell(1).value))) rows.push(n);
  });
  // 填报单位 is also the heading of the first instruction: the fields are the last four rows.
  rows.slice(-4).forEach((r, i) => (ws.getCell(r, 2).value = values[i] ?? null));
  // A date typed into a cell whose date format was cleared is stored as a bare day number.
  if (dateFormat !== undefined) ws.getCell(rows.at(-1)!, 2).numFmt = dateFormat;
}

describe('report from returned forms (final evaluation 2025, Zigong)', () => {
  const plan = zigongPlan();
  let read: ReadResult;
  let progress: Progress;
  let returned: { name: string; content: Buffer }[];
  const hashes: string[] = [];

  beforeAll(async () => {
    const files = await buildTemplates([plan], { now, byDepartment: true });
    // 市残联 leads every task the task table lists with 市残联 before the comma.
    const cdpfTasks = plan.tasks.filter((t) => t.lead.includes('市残联')).map((t) => t.no!);
    const cdpfFill: Record<number, Record<string, string | number>> = {};
    for (const no of cdpfTasks) cdpfFill[no] = { 进展状态: '按计划推进', '完成进度(%)': 80 };
    cdpfFill[14] = { 进展状态: '滞后', '完成进度(%)': 30, 存在问题及下一步打算: '竞赛因故推迟' };
    returned = [
      {
        name: '民政局.xlsx',
        content: await fillForm(form(files, '民政局'), {
          指标: { 3: { '2023年实际值': 98.5, '2025年实际值': 100, 进展状态: '已完成' }, 4: { '2025年实际值': '约90', 进展状态: '按计划推进' }, 5: { '2025年实际值': 120, 进展状态: '已完成' } },
          任务: { 4: { 进展状态: '已完成', '完成进度(%)': 100, 主要工作完成情况: '全部纳入低保' } },
          重点项目: { 最低生活保障: { 进展状态: '已完成' } },
        }, (wb) => fillReporter(wb, ['市民政局', '张三', 13800000000, new Date(Date.UTC(2026, 0, 15))])),
      },
      {
        name: '人社局.xlsx',
        content: await fillForm(form(files, '人力资源社会保障局'), {
          指标: { 6: { '2025年实际值': 92, 进展状态: '已完成' }, 7: { '2025年实际值': 96, 进展状态: '已完成' } },
          任务: { 2: { 进展状态: '已完成', '完成进度(%)': 100 }, 7: { 进展状态: '按计划推进', '完成进度(%)': 80 }, 12: { 进展状态: '滞后', '完成进度(%)': 40 } },
        }),
      },
      {
        name: '医保局.xlsx',
        content: await fillForm(form(files, '医保局'), {
          指标: { 6: { '2025年实际值': 91, 进展状态: '已完成' }, 7: { '2025年实际值': 96, 进展状态: '已完成' } },
          任务: { 2: { 进展状态: '按计划推进', '完成进度(%)': 90 } },
        }, (wb) => fillReporter(wb, [null, '李四', '0813-1234567', 46037], 'General')),
      },
      {
        name: '残联.xlsx',
        content: await fillForm(form(files, '残联'), {
          指标: {
            1: { 进展状态: '按计划推进', 情况说明: '与GDP增长基本同步' },
            2: { '2025年实际值': 4000, 进展状态: '滞后' },
            9: { '2025年实际值': 84, 进展状态: '按计划推进' },
            10: { '2025年实际值': 86, 进展状态: '已完成' },
            11: { 进展状态: '按计划推进' },
            12: { '2025年实际值': 100, 进展状态: '已完成' },
          },
          任务: cdpfFill,
          重点项目: Object.fromEntries(['残疾人信息消费支持', '残疾人走访探视服务', '困难家庭重度残疾人照护服务', '残疾人自主创业灵活就业补贴'].map((n) => [n, { 进展状态: '按计划推进' }])),
        }),
      },
    ];
    for (const f of returned) hashes.push(createHash('sha256').update(f.content).digest('hex'));
    read = await readReturns(returned, plan, 2025);
    progress = buildProgress(plan, read.returns, departmentsSent(plan), 2025);
  });

  test('every bad input cell is reported with file, sheet and cell, and reading goes on', () => {
    expect(read.returns.map((r) => r.file)).toEqual(['民政局.xlsx', '人社局.xlsx', '医保局.xlsx', '残联.xlsx']);
    expect(read.returns[0]!.reporter).toEqual([
      { label: '填报单位', value: '市民政局' }, { label: '填报人', value: '张三' }, { label: '联系电话', value: '13800000000' }, { label: '填报日期', value: '2026-01-15' },
    ]);
    expect(read.problems.map(where)).toEqual([
      ['民政局.xlsx', 'not-a-number', '指标', 'L3'],
      ['民政局.xlsx', 'out-of-range', '指标', 'L4'],
      ['民政局.xlsx', 'required', '任务', 'E3'], // task 5 left without a status
      ['民政局.xlsx', 'required', '重点项目', 'E3'],
      ['残联.xlsx', 'required', '指标', 'L6'], // indicator 11 (户) has a numeric target but no value
    ]);
    expect(formatProblem(read.problems[0]!)).toBe('民政局.xlsx: 指标!L3: "约90" is not a number');
    expect(formatProblem(read.problems[1]!)).toBe('民政局.xlsx: 指标!L4: 120 is outside 0–100');
  });

  test('two departments disagreeing on a row is a conflict, and neither value is used', () => {
    expect(progress.problems.map(where)).toEqual([
      ['医保局.xlsx', 'conflict', '指标', 'L2'],
      ['医保局.xlsx', 'conflict', '任务', 'E2'],
      ['医保局.xlsx', 'conflict', '任务', 'F2'],
    ]);
    expect(progress.problems[0]!.args).toMatchObject({ value: 91, other: 92, otherFile: '人社局.xlsx', otherCell: '指标!L2' });
    expect(progress.problems[1]!.args).toMatchObject({ value: '按计划推进', other: '已完成' });
    const ind6 = progress.indicators.find((i) => i.no === 6)!;
    expect([ind6.status, ind6.actual]).toEqual(['conflict', null]);
    expect(progress.tasks.find((t) => t.no === 2)!.status).toBe('conflict');
  });

  test('indicator statuses follow the target op, baseline and year', () => {
    const byNo = Object.fromEntries(progress.indicators.map((i) => [i.no, i]));
    expect(Object.fromEntries(progress.indicators.map((i) => [i.no, i.status]))).toEqual({
      1: 'manual', // 与地区生产总值增长基本同步: qualitative
      2: 'not-met', // 4000 < 5000 in the final year
      3: 'met', 4: 'missing', 5: 'missing', 6: 'conflict',
      7: 'met', // 96 > 95
      8: 'missing', // 教育局 did not return its form
      9: 'not-met', 10: 'met', 11: 'missing', 12: 'met',
    });
    expect(byNo[9]!.progress).toBeCloseTo(0.8); // (84 − 80) / (85 − 80)
    expect(byNo[10]!.progress).toBeCloseTo(1.2);
    expect(byNo[7]!.progress).toBeNull(); // baseline 95, target >95: met / not met only
    expect(byNo[3]!.progress).toBeNull(); // no baseline
    expect(byNo[2]!.reported).toBe('behind');
    expect(byNo[3]!.earlier).toEqual({ 2023: 98.5 });
  });

  test('tasks, departments and the reporting rate', () => {
    const task = (no: number) => progress.tasks.find((t) => t.no === no)!;
    expect([task(4).status, task(4).progress, task(4).done]).toEqual(['done', 100, ['民政局：全部纳入低保']]);
    expect(task(5).status).toBe('missing');
    expect(task(7).status).toBe('on-track'); // 人社局 and 残联 agree
    expect([task(12).status, task(14).status]).toEqual(['behind', 'behind']);
    expect(task(21).status).toBe('missing');
    expect(progress.reporting).toEqual({ sent: 13, returned: 4, rate: 4 / 13 });
    expect(progress.notReturned).toEqual(['乡村振兴局', '住房城乡建设局', '卫生健康委', '司法局', '国资委', '党委宣传部', '党委组织部', '教育局', '税务局'].sort());
    const cdpf = progress.departments.find((d) => d.department === '残联')!;
    // 21 rows of the task table (lines 378–422) name 市残联 before the comma; row 14 is behind.
    expect(cdpf.tasks).toMatchObject({ behind: 1, 'on-track': 20, missing: 0 });
    const hrss = progress.departments.find((d) => d.department === '人力资源社会保障局')!;
    expect(hrss.tasks).toMatchObject({ done: 1, 'on-track': 1, behind: 1 });
  });

  test('the report lists indicators behind schedule first and tasks by status', () => {
    const report = progressReport(progress, read.problems);
    expect(report.title).toBe('自贡市“十四五”残疾人保障和发展规划 2025年度实施情况总结评估报告');
    expect(report.summary[0]).toContain('报送率 30.8%');
    const indicators = report.sections.find((s) => s.title === '主要指标')!.table!;
    expect(indicators.rows.slice(0, 2).map((r) => [r[1]!.value, r[8]!.value, r[8]!.mark])).toEqual([
      ['城乡残疾人职业技能培训人次', '未达标', 'behind'],
      ['残疾人基本康复服务覆盖率', '未达标', 'behind'],
    ]);
    expect(indicators.columns.at(-1)!.header).toBe('2023年实际值');
    expect(indicators.rows.find((r) => r[0]!.value === 3)!.at(-1)!.value).toBe(98.5);
    const tasks = report.sections.find((s) => s.title === '重点任务')!.table!;
    expect(tasks.rows.slice(0, 2).map((r) => [r[0]!.value, r[3]!.value])).toEqual([[12, '滞后'], [14, '滞后']]);
    const order = tasks.rows.map((r) => r[3]!.value);
    expect(order.indexOf('已完成')).toBeGreaterThan(order.lastIndexOf('按计划推进'));
    const depts = report.sections.find((s) => s.title === '部门报送情况')!;
    expect(depts.paragraphs[0]).toContain('教育局');
    const headers = depts.table!.columns.map((c) => c.header);
    const row = (dept: string) => {
      const r = depts.table!.rows.find((x) => x[0]!.value === dept)!;
      return ['填报单位', '填报人', '联系电话', '填报日期'].map((h) => r[headers.indexOf(h)]!.value);
    };
    expect(row('民政局')).toEqual(['市民政局', '张三', '13800000000', '2026-01-15']);
    expect(row('医保局')).toEqual([null, '李四', '0813-1234567', '2026-01-15']);
    expect(row('人力资源社会保障局')).toEqual([null, null, null, null]); // returned, fields left empty
    expect(row('教育局')).toEqual([null, null, null, null]); // not returned
    const problems = report.sections.find((s) => s.title === '填报问题')!.table!;
    expect(problems.rows).toHaveLength(8);
    expect(problems.rows[0]!.map((c) => c.value)).toEqual(['民政局.xlsx', '指标!L3', '"约90" is not a number']);
  });

  test('returned buffers are never modified', () => {
    expect(returned.map((f) => createHash('sha256').update(f.content).digest('hex'))).toEqual(hashes);
  });
});
