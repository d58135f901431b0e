import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildTemplates, formatProblem, MAX_FILE_BYTES, readReturns, type TemplateFile } from '../../src/annual/index.js';
import { byName, fillForm } from './helpers.js';
import { zigongPlan } from './fixtures/zigong-plan.js';

const now = new Date('2026-11-22T10:00:00Z');

describe('readReturns rejects forms that do not belong, naming the file', () => {
  const plan = zigongPlan();
  let forms2025: TemplateFile[];
  let forms2024: TemplateFile[];
  beforeAll(async () => {
    forms2025 = await buildTemplates([plan], { now, byDepartment: true });
    forms2024 = await buildTemplates([plan], { now, byDepartment: true, year: 2024 });
  });
  const minzheng = () => byName(forms2025, 'zigong-shi-2025-民政局.xlsx');
  const problemsOf = async (name: string, content: Buffer, year = 2025, p = plan) => {
    const { returns, problems } = await readReturns([{ name, content }], p, year);
    expect(returns).toEqual([]);
    return problems.map((x) => ({ code: x.code, sheet: x.sheet, cell: x.cell, text: formatProblem(x) }));
  };

  test('a form whose plan rows were edited', async () => {
    const edited = await fillForm(minzheng(), {}, (wb) => {
      wb.getWorksheet('任务')!.getCell('B2').value = '将残疾人家庭纳入低保（已改写）';
    });
    const [p] = await problemsOf('民政局-改.xlsx', edited);
    expect(p).toMatchObject({ code: 'rows-altered', sheet: '任务', cell: 'B2' });
    expect(p!.text).toMatch(/^民政局-改\.xlsx: 任务!B2: plan rows were altered/);
  });

  test('a row added at the bottom of a sheet', async () => {
    const edited = await fillForm(minzheng(), {}, (wb) => {
      wb.getWorksheet('任务')!.getCell('E4').value = '已完成';
    });
    expect((await problemsOf('加行.xlsx', edited))[0]).toMatchObject({ code: 'rows-altered', sheet: '任务', cell: 'A4' });
  });

  test('a form for another year, and one whose hidden year was changed by hand', async () => {
    const old = byName(forms2024, 'zigong-shi-2024-民政局.xlsx');
    expect(await problemsOf('2024.xlsx', old)).toEqual([
      { code: 'wrong-year', sheet: null, cell: null, text: '2024.xlsx: form is for year 2024, expected 2025 — rejected' },
    ]);
    const relabelled = await fillForm(old, {}, (wb) => {
      wb.getWorksheet('_meta')!.getCell('B4').value = 2025;
    });
    expect((await problemsOf('改年份.xlsx', relabelled)).map((p) => p.code)).toEqual(['rows-altered']);
  });

  test('a form for another plan', async () => {
    const other = { ...zigongPlan(), id: 'leshan-shi' };
    expect((await problemsOf('民政局.xlsx', minzheng(), 2025, other))[0]!.text).toBe(
      '民政局.xlsx: form is for plan "zigong-shi", expected "leshan-shi" — rejected',
    );
  });

  test('a form made from an earlier version of the plan', async () => {
    const revised = zigongPlan();
    revised.tasks[3]!.text += '（修订）';
    expect((await problemsOf('民政局.xlsx', minzheng(), 2025, revised)).map((p) => p.code)).toEqual(['plan-changed']);
  });

  test('absurd or foreign files are refused before parsing', async () => {
    expect((await problemsOf('big.xlsx', Buffer.alloc(MAX_FILE_BYTES + 1)))[0]!.code).toBe('file-too-large');
    expect((await problemsOf('notes.txt', Buffer.from('hello')))[0]!.code).toBe('not-a-workbook');
    const tall = await fillForm(minzheng(), {}, (wb) => {
      wb.getWorksheet('任务')!.getCell('H100001').value = 'x';
    });
    expect((await problemsOf('tall.xlsx', tall))[0]).toMatchObject({ code: 'too-many-rows', sheet: '任务' });
    const plain = await fillForm(minzheng(), {}, (wb) => wb.removeWorksheet(wb.getWorksheet('_meta')!.id));
    expect((await problemsOf('plain.xlsx', plain))[0]!.code).toBe('not-a-form');
  });

  test('one bad file does not stop the others, and no buffer is modified', async () => {
    const good = minzheng();
    const before = createHash('sha256').update(good).digest('hex');
    const { returns, problems } = await readReturns(
      [{ name: 'x.xlsx', content: Buffer.from('PK') }, { name: '民政局.xlsx', content: good }, { name: '民政局-副本.xlsx', content: good }],
      plan, 2025,
    );
    expect(returns.map((r) => [r.file, r.department])).toEqual([['民政局.xlsx', '民政局'], ['民政局-副本.xlsx', '民政局']]);
    expect(problems[0]!.code).toBe('not-a-workbook');
    expect(createHash('sha256').update(good).digest('hex')).toBe(before);
  });
});
