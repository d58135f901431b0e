/**
 * A hostile document through the whole pipeline: cells that would run as formulas and a title
 * that would climb out of the output folder. Whatever the document says, no exported cell is a
 * formula and no output name is a path.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, comparisonReport } from '../../src/compare/index.js';
import { loadPlans } from '../../src/pipeline/load.js';
import { renderAll } from '../../src/render/registry.js';
import type { Report } from '../../src/render/report.js';
import { writeReportXlsxStream } from '../../src/render/xlsx-stream.js';

const HOSTILE = [
  '# ../../etc/某县“十四五”残疾人保障和发展规划',
  '',
  '专栏1 “十四五”残疾人事业发展主要指标',
  '序号\t指标\t目标值\t指标属性',
  '1\t=HYPERLINK("http://evil.example","残疾人基本康复服务覆盖率")(%)\t85\t约束性',
  '2\t+cmd|\' /C calc\'!A0(%)\t100\t约束性',
  '3\t@SUM(1+1)*cmd|\' /C calc\'!A0(户)\t3000\t预期性',
  '4\t-2+3+cmd|\' /C calc\'!A0(%)\t90\t预期性',
  '5\t残疾人辅助器具适配率(%)\t=1+1\t约束性',
  '',
  '## 三、重点任务',
  '',
  '专栏2 残疾人社会保障重点项目',
  '',
  '1.=cmd|\' /C calc\'!A0。最低生活保障。',
  '',
  '2.@SUM(1+1)最低生活保障。将符合条件的残疾人家庭纳入最低生活保障范围。',
  '',
  '3.残疾人托养服务。为就业年龄段残疾人提供托养服务。',
  '',
  '## 四、保障措施',
  '',
  '序号\t工作任务\t牵头单位\t责任单位',
  '1\t=cmd|\' /C calc\'!A0 开展康复服务。\t=县残联\t@县民政局、+县财政局',
  '',
].join('\n');

let dir = '';
let report: Report;
let data: unknown;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-diff-safe-'));
  copyFileSync(new URL('../../seeds/000_21f4ce37752d4b1d.txt', import.meta.url), join(dir, 'seed.txt'));
  writeFileSync(join(dir, 'hostile.txt'), HOSTILE);
  const loaded = await loadPlans([join(dir, 'seed.txt'), join(dir, 'hostile.txt')]);
  expect(loaded.documents).toHaveLength(2);
  const comparison = compare(loaded.documents);
  report = comparisonReport(comparison);
  data = comparison;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A spreadsheet runs text starting with = + - @ as a formula; plain signed numbers are fine.
const dangerous = (text: string): boolean => /^[\s]*[=+\-@]/.test(text) && !/^[+-]?\d+(?:[.,]\d+)*%?$/.test(text);

async function xlsxStrings(buffer: Buffer): Promise<{ strings: string[]; formulas: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const strings: string[] = [];
  let formulas = 0;
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
    if (cell.type === ExcelJS.ValueType.Formula) formulas++;
    if (typeof cell.value === 'string') strings.push(cell.value);
  })));
  return { strings, formulas };
}

describe('safe outputs from a hostile document', () => {
  it('the hostile text reaches the report (so the checks below are not vacuous)', () => {
    const text = JSON.stringify(report);
    expect(text).toContain('HYPERLINK');
    expect(text).toContain('calc');
  });

  it('CSV: no field would run as a formula', async () => {
    const files = await renderAll({ report, data }, ['csv'], { baseName: 'comparison' });
    const fields = files.flatMap((f) => Papa.parse<string[]>(String(f.content)).data.flat());
    expect(fields.some((f) => f.includes('calc'))).toBe(true);
    expect(fields.filter(dangerous)).toEqual([]);
  });

  it('xlsx, in memory and streamed: no formula cells, no text that would run as one', async () => {
    const [inMemory] = await renderAll({ report, data }, ['xlsx'], { baseName: 'comparison' });
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => sink.on('end', resolve));
    await writeReportXlsxStream(report, sink);
    await ended;
    for (const buffer of [inMemory!.content as Buffer, Buffer.concat(chunks)]) {
      const { strings, formulas } = await xlsxStrings(buffer);
      expect(formulas).toBe(0);
      expect(strings.some((s) => s.includes('calc'))).toBe(true);
      expect(strings.filter(dangerous)).toEqual([]);
    }
  });

  it('output names from document content are plain file names', async () => {
    const title = '../../etc/某县“十四五”残疾人保障和发展规划';
    const files = await renderAll({ report, data }, ['md', 'csv', 'xlsx'], { baseName: title });
    for (const f of files) {
      expect(f.name).not.toMatch(/[/\\]/);
      expect(f.name).not.toContain('..');
    }
  });
});
