// The yearly cycle through the built bin, as an analyst runs it: send one form per lead
// department, get them back filled in, build the progress report; then the usual accidents.
import ExcelJS from 'exceljs';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/run-cli.js';
import { runBin, SEEDS } from './run-bin.js';

const SEED = join(SEEDS, '000_21f4ce37752d4b1d.txt'); // 自贡市, 2021—2025
const OTHER_SEED = join(SEEDS, '003_30aace08bb1585e7.txt'); // 乐山市
let dir: string;
let remove: () => void;
let forms: string[];

const headers = (ws: ExcelJS.Worksheet): string[] => (ws.getRow(1).values as unknown[]).slice(1).map(String);

/** Fills every input cell of a form with a valid value, the same for a row whichever department holds it. */
async function fillForm(path: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  for (const name of ['指标', '任务', '重点项目']) {
    const ws = wb.getWorksheet(name)!;
    const cols = headers(ws);
    for (let r = 2; r <= ws.rowCount; r++) {
      const unit = cols.includes('单位') ? String(ws.getCell(r, cols.indexOf('单位') + 1).value ?? '') : '';
      cols.forEach((h, c) => {
        const cell = ws.getCell(r, c + 1);
        if (/^\d{4}年实际值$/.test(h)) cell.value = unit.includes('%') ? 90 : 1000;
        else if (h === '进展状态') cell.value = '按计划推进';
        else if (h === '完成进度(%)') cell.value = 60;
        else if (['情况说明', '主要工作完成情况', '实施情况'].includes(h)) cell.value = '按年度计划实施';
      });
    }
  }
  const info = wb.getWorksheet('填报说明')!;
  const fields = Array.from({ length: 4 }, (_, i) => info.getRow(info.rowCount - 3 + i).getCell(2));
  const unit = String(wb.getWorksheet('选项')!.getCell('B1').value);
  [unit, '王五', '0813-2222222', new Date(Date.UTC(2026, 0, 10))].forEach((v, i) => (fields[i]!.value = v));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** `sheet!A1` of the first row's current-year actual value in a form's 指标 sheet, or null without indicator rows. */
async function firstActualCell(path: string): Promise<string | null> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('指标')!;
  if (ws.rowCount < 2) return null;
  return `指标!${ws.getCell(2, headers(ws).indexOf('2025年实际值') + 1).address}`;
}

beforeAll(async () => {
  ({ dir, remove } = tempDir('plan-diff-roundtrip-'));
  const sent = runBin(['template', SEED, '--by-department', '-o', 'sent', '-q'], dir);
  expect(sent.code).toBe(0);
  forms = readdirSync(join(dir, 'sent')).filter((n) => n.endsWith('.xlsx')).sort();
  mkdirSync(join(dir, 'returned'));
  for (const name of forms) writeFileSync(join(dir, 'returned', name), await fillForm(join(dir, 'sent', name)));
}, 120_000);
afterAll(() => remove());

describe('plan-diff report on forms returned by every department', () => {
  it('exit 0, writes the progress report as Markdown and Excel', async () => {
    expect(forms.length).toBe(13);
    const run = runBin(['report', ...forms.map((n) => `returned/${n}`), '-o', 'progress'], dir);
    expect(run.stderr).not.toMatch(/problem/);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  progress/zigong-shi-2025-progress.md\n');
    expect(run.stdout).toContain('  progress/zigong-shi-2025-progress.xlsx\n');
    const md = readFileSync(join(dir, 'progress', 'zigong-shi-2025-progress.md'), 'utf8');
    expect(md).toContain('应报 13 个部门，已报 13 个，报送率 100%');
    expect(md).toContain('所有应报部门均已报送。');
    expect(md).not.toContain('填报问题');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'progress', 'zigong-shi-2025-progress.xlsx'));
    const depts = wb.worksheets.find((ws) => ws.name.startsWith('部门报送情况'))!;
    const cols = headers(depts);
    const rows = Array.from({ length: depts.rowCount - 1 }, (_, i) => depts.getRow(i + 2));
    expect(rows).toHaveLength(13);
    for (const row of rows) {
      expect(row.getCell(cols.indexOf('已报送') + 1).value).toBe('是');
      expect([row.getCell(cols.indexOf('填报人') + 1).value, row.getCell(cols.indexOf('填报日期') + 1).value]).toEqual(['王五', '2026-01-10']);
    }
  });
});

describe('plan-diff report with a bad value and a missing form', () => {
  it('exit 1; stderr names the file and cell; the report lists the department that did not return', async () => {
    cpSync(join(dir, 'returned'), join(dir, 'late'), { recursive: true });
    const withIndicators: [string, string][] = [];
    for (const name of forms) {
      const cell = await firstActualCell(join(dir, 'late', name));
      if (cell) withIndicators.push([name, cell]);
    }
    const [bad, address] = withIndicators[0]!;
    const missing = forms.find((n) => n !== bad)!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'late', bad));
    wb.getWorksheet('指标')!.getCell(address.slice(3)).value = '约90';
    await wb.xlsx.writeFile(join(dir, 'late', bad));
    rmSync(join(dir, 'late', missing));

    const run = runBin(['report', 'late', '-o', 'late-progress', '--format', 'md'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`plan-diff: problem late/${bad}: ${address}: "约90" is not a number\n`);
    const md = readFileSync(join(dir, 'late-progress', 'zigong-shi-2025-progress.md'), 'utf8');
    const department = missing.replace(/^zigong-shi-2025-|\.xlsx$/g, '');
    expect(md).toContain(`未报送的部门：${department}。`);
    expect(md).toContain('报送率 92.3%'); // 12 of 13
    expect(md).toMatch(new RegExp(`\\| late/${bad.replace('.', '\\.')} +\\| ${address} +\\| "约90" is not a number`));
  });
});

describe('plan-diff report with a form that belongs elsewhere', () => {
  it('a form for another plan: exit 1, the file named', () => {
    expect(runBin(['template', OTHER_SEED, '-o', 'other', '-q'], dir).code).toBe(0);
    const foreign = readdirSync(join(dir, 'other')).find((n) => n.endsWith('.xlsx'))!;
    const run = runBin(['report', 'returned', `other/${foreign}`, '--plans', SEED, '--format', 'md', '-o', 'p2'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^plan-diff: problem other/${foreign.replace('.', '\\.')}: form is for plan "leshan-shi", expected "zigong-shi" — rejected$`, 'm'));
    expect(existsSync(join(dir, 'p2', 'zigong-shi-2025-progress.md'))).toBe(true);
  });

  it('a form for another year: exit 1, the file named, with the returns of this year or with --year', () => {
    expect(runBin(['template', SEED, '--by-department', '--year', '2024', '-o', 'old', '-q'], dir).code).toBe(0);
    const old = `old/${forms[0]!.replace('2025', '2024')}`;
    const message = `plan-diff: problem ${old}: form is for year 2024, expected 2025 — rejected\n`;
    const mixed = runBin(['report', 'returned', old, '--format', 'md', '-o', 'p3'], dir);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr.split('\n').filter((l) => l.startsWith('plan-diff: problem'))).toEqual([message.trimEnd()]);
    const alone = runBin(['report', old, '--year', '2025', '--format', 'md', '-o', 'p4'], dir);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain(message);
  });
});
