import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildProgress, buildTemplates, departmentsSent, readReturns } from '../../src/annual/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { columnOf, loadWorkbook, rowOf } from './helpers.js';

const SEED = 'seeds/000_21f4ce37752d4b1d.txt';
const now = new Date('2026-11-22T10:00:00Z');

describe('annual forms for a parsed seed plan (Zigong)', () => {
  const { plan } = parsePlan(readFileSync(new URL(`../../${SEED}`, import.meta.url), 'utf8'), SEED);

  test('the whole-plan form carries the indicator table as the document prints it', async () => {
    const [xlsx] = await buildTemplates([plan], { now });
    const ws = (await loadWorkbook(xlsx!.content)).getWorksheet('指标')!;
    // Lines 80–91: 12 indicators; line 83 "4.困难残疾人生活补贴覆盖率(%)	95	100	约束性".
    expect(ws.getCell(13, 1).value).toBe(12);
    const r = rowOf(ws, '困难残疾人生活补贴覆盖率');
    const at = (h: string) => ws.getCell(r, columnOf(ws, h)).value;
    expect([at('单位'), at('2020年基期值'), at('2025年目标值'), at('指标属性')]).toEqual(['%', '95', '100', '约束性']);
    // Task 5 of the allocation table (line 382), led by 市民政局, covers this subsidy.
    expect(at('责任单位')).toBe('市民政局');
  });

  test('every department fills its form completely: no problems, full reporting, no conflicts', async () => {
    const files = (await buildTemplates([plan], { now, byDepartment: true })).filter((f) => f.name.endsWith('.xlsx'));
    // Lead units before the comma in lines 378–422, canonicalised: 13 departments.
    expect(files).toHaveLength(13);
    const returned = [];
    for (const f of files) {
      const wb = await loadWorkbook(f.content);
      const ind = wb.getWorksheet('指标')!;
      for (let r = 2; r <= ind.rowCount; r++) {
        const indicator = plan.indicators.find((i) => i.name === ind.getCell(r, 2).value)!;
        const t = indicator.target;
        if (t?.value != null && t.op !== 'qualitative') {
          const value = t.op === '>' ? t.value + 1 : t.op === '<' ? t.value - 1 : t.value;
          ind.getCell(r, columnOf(ind, '2025年实际值')).value = indicator.unit === '%' ? Math.min(100, value) : value;
        }
        ind.getCell(r, columnOf(ind, '进展状态')).value = '已完成';
      }
      for (const name of ['任务', '重点项目']) {
        const ws = wb.getWorksheet(name)!;
        for (let r = 2; r <= ws.rowCount; r++) {
          ws.getCell(r, columnOf(ws, '进展状态')).value = '按计划推进';
          ws.getCell(r, columnOf(ws, '完成进度(%)')).value = 60;
        }
      }
      returned.push({ name: f.name, content: Buffer.from(await wb.xlsx.writeBuffer()) });
    }
    const read = await readReturns(returned, plan, 2025);
    expect(read.problems).toEqual([]);
    const progress = buildProgress(plan, read.returns, departmentsSent(plan), 2025);
    expect(progress.problems).toEqual([]);
    expect(progress.reporting.rate).toBe(1);
    expect(progress.notReturned).toEqual([]);
    // Lines 80–91: row 1 (与地区生产总值增长基本同步) needs a judgement; rows 2–12 were filled at or above target.
    expect(progress.indicators.map((i) => [i.no, i.status])).toEqual(
      Array.from({ length: 12 }, (_, k) => [k + 1, k === 0 ? 'manual' : 'met']),
    );
    expect(progress.taskCounts['on-track']).toBe(40);
  });
});
