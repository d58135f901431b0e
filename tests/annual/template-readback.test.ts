// Every generated form, read back with exceljs: protection, locking and validation on every
// cell of every sheet, and the Markdown twin carrying exactly the rows of the workbook.
import type ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildTemplates, loadAnnualConfig, type TemplateFile } from '../../src/annual/index.js';
import { parsePlan } from '../../src/parse/index.js';
import { loadWorkbook } from './helpers.js';
import { zigongPlan } from './fixtures/zigong-plan.js';

const now = new Date('2026-11-22T10:00:00Z');
const SEED = 'seeds/000_21f4ce37752d4b1d.txt';
const config = loadAnnualConfig();
const DATA_SHEETS = ['指标', '任务', '重点项目'];
// What each input column must accept, by header (layout.yaml; 20xx年实际值 are the decimal year columns).
const VALIDATION: Record<string, string | null> = { 进展状态: 'list', '完成进度(%)': 'whole', 情况说明: null, 主要工作完成情况: null, 存在问题及下一步打算: null, 实施情况: null };
const validationOf = (header: string): string | null | undefined => (/^\d{4}年实际值$/.test(header) ? 'decimal' : VALIDATION[header]);
const locked = (cell: ExcelJS.Cell): boolean => cell.protection?.locked ?? true; // no record: Excel's default, locked

/** Splits a Markdown table row on unescaped pipes and undoes the form's escaping. */
function mdCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const body = line.slice(2, -2);
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') cell += body[++i];
    else if (body.startsWith(' | ', i)) {
      cells.push(cell);
      cell = '';
      i += 2;
    } else cell += body[i];
  }
  return [...cells, cell].map((c) => c.replaceAll('<br>', '\n'));
}

/** The table under `## <sheet>` in the Markdown twin: header and rows. */
function mdTable(md: string, sheet: string): string[][] {
  const lines = md.split('\n');
  const at = lines.indexOf(`## ${sheet}`);
  const rows = lines.slice(at + 2).filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('| ')));
  return rows.filter((_, i) => i !== 1).map(mdCells);
}

describe.each([
  ['the hand-built Zigong plan', () => zigongPlan()],
  ['the parsed Zigong seed', () => parsePlan(readFileSync(new URL(`../../${SEED}`, import.meta.url), 'utf8'), SEED).plan],
])('every form for %s, read back', (_, plan) => {
  let forms: { xlsx: TemplateFile; md: string; wb: ExcelJS.Workbook }[];
  beforeAll(async () => {
    const files = [...(await buildTemplates([plan()], { now })), ...(await buildTemplates([plan()], { now, byDepartment: true }))];
    forms = [];
    for (const xlsx of files.filter((f) => f.name.endsWith('.xlsx'))) {
      const md = files.find((f) => f.name === xlsx.name.replace(/\.xlsx$/, '.md'))!.content.toString('utf8');
      forms.push({ xlsx, md, wb: await loadWorkbook(xlsx.content) });
    }
  });

  test('every sheet protected; plan cells locked, input cells unlocked and validated', () => {
    expect(forms).toHaveLength(1 + 13); // the whole-plan form and one per lead department of lines 378–422
    for (const { xlsx, wb } of forms) {
      for (const ws of wb.worksheets) expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet, `${xlsx.name} ${ws.name}`).toBe(true);
      for (const name of DATA_SHEETS) {
        const ws = wb.getWorksheet(name)!;
        const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
        headers.forEach((h, c) => expect(locked(ws.getCell(1, c + 1)), `${xlsx.name} ${name} header ${h}`).toBe(true));
        for (let r = 2; r <= ws.rowCount; r++) {
          headers.forEach((h, c) => {
            const cell = ws.getCell(r, c + 1);
            const kind = validationOf(h);
            const where = `${xlsx.name} ${name}!${cell.address} (${h})`;
            expect(locked(cell), where).toBe(kind === undefined);
            if (kind === undefined || kind === null) expect(cell.dataValidation?.type, where).toBeUndefined();
            else expect(cell.dataValidation, where).toMatchObject({ type: kind, showErrorMessage: true });
          });
        }
      }
    }
  });

  test('the instructions sheet: everything locked but the reporter fields, each with its validation', () => {
    const expected = Object.fromEntries(config.wording.reporterFields.map((f) => [f.label, f.input]));
    for (const { xlsx, wb } of forms) {
      const ws = wb.getWorksheet('填报说明')!;
      const open: string[] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        for (let c = 1; c <= 2; c++) if (!locked(ws.getCell(r, c))) open.push(`${row.getCell(1).value}:${c}`);
      });
      expect(open, xlsx.name).toEqual(config.wording.reporterFields.map((f) => `${f.label}:2`));
      const last = ws.rowCount;
      const fields = Array.from({ length: 4 }, (_, i) => ws.getRow(last - 3 + i));
      for (const row of fields) {
        const cell = row.getCell(2);
        const input = expected[String(row.getCell(1).value)];
        if (input === 'department') expect(cell.dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^'选项'!\$B\$1:\$B\$\d+$/)] });
        if (input === 'date') expect([cell.dataValidation?.type, cell.numFmt]).toEqual(['date', 'yyyy-mm-dd']);
        // Text kept as typed: a phone number keeps its leading 0.
        if (input === 'text') expect([cell.dataValidation?.type, cell.numFmt]).toEqual([undefined, '@']);
      }
    }
  });

  test('the dropdown lists live on a hidden sheet, referenced by range (Excel caps inline lists at 255 characters)', () => {
    const units = new Set(plan().tasks.flatMap((t) => [...t.lead, ...t.co]));
    for (const { xlsx, wb } of forms) {
      const lists = wb.getWorksheet('选项')!;
      expect(lists.state, xlsx.name).toBe('hidden');
      expect(lists.getColumn(1).values.filter(Boolean)).toEqual(config.wording.statuses.map((s) => s.value));
      const departments = lists.getColumn(2).values.filter((v) => typeof v === 'string') as string[];
      expect(new Set(departments), xlsx.name).toEqual(units);
      expect(wb.getWorksheet('任务')!.getCell('E2').dataValidation?.formulae, xlsx.name).toEqual(["'选项'!$A$1:$A$4"]);
    }
  });

  test('the Markdown twin has the same headers and rows as each sheet, input columns blank', () => {
    for (const { xlsx, md, wb } of forms) {
      for (const name of DATA_SHEETS) {
        const ws = wb.getWorksheet(name)!;
        const sheet: string[][] = [];
        for (let r = 1; r <= ws.rowCount; r++) {
          const width = ws.getRow(1).cellCount;
          sheet.push(Array.from({ length: width }, (_, c) => String(ws.getCell(r, c + 1).value ?? '')));
        }
        expect(mdTable(md, name), `${xlsx.name} ${name}`).toEqual(sheet);
      }
      for (const f of config.wording.reporterFields) expect(md).toContain(`\n- ${f.label}：\n`);
    }
  });
});
