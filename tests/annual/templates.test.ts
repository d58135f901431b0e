import { describe, expect, test, vi } from 'vitest';
import { buildTemplates, defaultYear } from '../../src/annual/index.js';
import { parseAnnualConfig } from '../../src/annual/config.js';
import { readFileSync } from 'node:fs';
import { byName, columnOf, loadWorkbook } from './helpers.js';
import { zigongPlan } from './fixtures/zigong-plan.js';

const now = new Date('2026-11-22T10:00:00Z');

describe('buildTemplates', () => {
  test('default year is the latest ended year of the period', () => {
    const plan = zigongPlan();
    expect(defaultYear(plan, now)).toBe(2025);
    expect(defaultYear(plan, new Date('2030-01-01'))).toBe(2025);
    expect(defaultYear(plan, new Date('2023-03-01'))).toBe(2022);
    expect(defaultYear(plan, new Date('2021-05-01'))).toBe(2021);
  });

  test('one workbook and one Markdown file per lead department, safely named', async () => {
    const files = await buildTemplates([zigongPlan()], { now, byDepartment: true });
    const names = files.map((f) => f.name);
    // Lead units of the task table (逗号前), canonicalised: 13 departments.
    expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(13);
    expect(names.filter((n) => n.endsWith('.md'))).toHaveLength(13);
    expect(names).toContain('zigong-shi-2025-民政局.xlsx');
    expect(names).toContain('zigong-shi-2025-残联.xlsx');
    for (const n of names) expect(n).not.toMatch(/[/\\]|\.\./);
  });

  test('a department form holds only the rows it leads; a task with several leads goes to each', async () => {
    const files = await buildTemplates([zigongPlan()], { now, byDepartment: true });
    const minzheng = await loadWorkbook(byName(files, 'zigong-shi-2025-民政局.xlsx'));
    const col = (ws: string, r: number, c: number) => minzheng.getWorksheet(ws)!.getCell(r, c).value;
    // Tasks 4 and 5 are led by 市民政局; indicators 3–5 match them (低保, 生活补贴, 护理补贴).
    expect([col('任务', 2, 1), col('任务', 3, 1), col('任务', 4, 1)]).toEqual([4, 5, null]);
    expect([col('指标', 2, 1), col('指标', 3, 1), col('指标', 4, 1), col('指标', 5, 1)]).toEqual([3, 4, 5, null]);
    for (const dept of ['人力资源社会保障局', '医保局']) {
      const wb = await loadWorkbook(byName(files, `zigong-shi-2025-${dept}.xlsx`));
      expect(wb.getWorksheet('任务')!.getCell(2, 1).value).toBe(2);
    }
  });

  test('the final-evaluation form has a column per earlier year; a mid-term form does not', async () => {
    const [final] = await buildTemplates([zigongPlan()], { now });
    const ws = (await loadWorkbook(final!.content)).getWorksheet('指标')!;
    expect(final!.name).toBe('zigong-shi-2025.xlsx');
    for (const y of [2021, 2022, 2023, 2024, 2025]) expect(columnOf(ws, `${y}年实际值`)).toBeGreaterThan(0);
    const [mid] = await buildTemplates([zigongPlan()], { now, year: 2023 });
    const wb = await loadWorkbook(mid!.content);
    expect(() => columnOf(wb.getWorksheet('指标')!, '2022年实际值')).toThrow();
    expect(String(wb.getWorksheet('填报说明')!.getCell('A1').value)).toContain('2023年度实施情况中期评估');
  });

  test('protection, locking and data validation survive a round trip through exceljs', async () => {
    const files = await buildTemplates([zigongPlan()], { now, byDepartment: true });
    const wb = await loadWorkbook(byName(files, 'zigong-shi-2025-残联.xlsx'));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['填报说明', 'visible'], ['指标', 'visible'], ['任务', 'visible'], ['重点项目', 'visible'], ['选项', 'hidden'], ['_meta', 'veryHidden'],
    ]);
    for (const w of wb.worksheets) expect((w as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection?.sheet).toBe(true);
    const ind = wb.getWorksheet('指标')!;
    const rows = ind.rowCount;
    // The checks below run per indicator row: make sure there are some (the report test fills 6).
    expect(rows).toBeGreaterThanOrEqual(7);
    const actual = columnOf(ind, '2025年实际值');
    const status = columnOf(ind, '进展状态');
    const unit = columnOf(ind, '单位');
    for (let r = 2; r <= rows; r++) {
      for (let c = 1; c <= ind.columnCount; c++) {
        const input = c >= columnOf(ind, '2021年实际值');
        // No protection record means Excel's default style: locked.
        expect(ind.getCell(r, c).protection?.locked ?? true, `指标 ${r},${c}`).toBe(!input);
      }
      const dv = ind.getCell(r, actual).dataValidation;
      expect(dv.type).toBe('decimal');
      if (ind.getCell(r, unit).value === '%') expect([dv.operator, ...dv.formulae]).toEqual(['between', 0, 100]);
      else expect(dv.formulae).not.toEqual([0, 100]);
      expect(ind.getCell(r, status).dataValidation).toMatchObject({ type: 'list', formulae: ["'选项'!$A$1:$A$4"] });
    }
    const tasks = wb.getWorksheet('任务')!;
    expect(tasks.getCell(2, columnOf(tasks, '完成进度(%)')).dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 100] });
    expect(tasks.getCell(2, columnOf(tasks, '工作任务')).protection?.locked ?? true).toBe(true);
    expect(tasks.getCell(2, columnOf(tasks, '进展状态')).protection?.locked).toBe(false);
    // The department dropdown (every unit the task table names) is a range: inline lists stop at 255 characters.
    const lists = wb.getWorksheet('选项')!;
    const departments = lists.getColumn(2).values.filter((v) => typeof v === 'string') as string[];
    expect(new Set(departments)).toEqual(new Set(zigongPlan().tasks.flatMap((t) => [...t.lead, ...t.co])));
    const info = wb.getWorksheet('填报说明')!;
    let found = false;
    info.eachRow((row) => {
      if (row.getCell(1).value === '填报单位' && row.getCell(2).dataValidation?.formulae?.[0] === `'选项'!$B$1:$B$${departments.length}`) found = row.getCell(2).protection?.locked === false;
    });
    expect(found).toBe(true);
  });

  test('generating twice gives identical bytes, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-11-22T10:00:00Z'));
      const a = await buildTemplates([zigongPlan()], { now, byDepartment: true });
      vi.setSystemTime(new Date('2027-03-05T17:42:13Z'));
      const b = await buildTemplates([zigongPlan()], { now, byDepartment: true });
      expect(b.map((f) => f.name)).toEqual(a.map((f) => f.name));
      a.forEach((f, i) => expect(f.content.equals(b[i]!.content), f.name).toBe(true));
    } finally {
      vi.useRealTimers();
    }
  });

  test('the Markdown twin carries the same rows and blank input columns', async () => {
    const files = await buildTemplates([zigongPlan()], { now, byDepartment: true });
    const md = byName(files, 'zigong-shi-2025-民政局.md').toString('utf8');
    expect(md).toContain('# 自贡市“十四五”残疾人保障和发展规划 2025年度实施情况总结评估填报表');
    expect(md).toContain('**填报单位**：市民政局。');
    expect(md).toContain('| 4 | 困难残疾人生活补贴覆盖率 | % | 95 | 100 | 约束性 | 市民政局 |  |  |  |  |  |  |  |');
  });

  test('template data is validated on load', () => {
    const layout = readFileSync(new URL('../../templates/annual/layout.yaml', import.meta.url), 'utf8');
    const wording = readFileSync(new URL('../../templates/annual/wording.yaml', import.meta.url), 'utf8');
    expect(() => parseAnnualConfig(layout, wording)).not.toThrow();
    expect(() => parseAnnualConfig(layout.replace('key: lead', 'key: leader'), wording)).toThrow(/layout\.yaml/);
    expect(() => parseAnnualConfig(layout, wording.replace('code: behind', 'code: late'))).toThrow(/wording\.yaml/);
  });
});
