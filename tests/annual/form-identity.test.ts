import { beforeAll, describe, expect, test } from 'vitest';
import { buildTemplates, formIdentity, MAX_FILE_BYTES, type FormStamp, type Problem, type TemplateFile } from '../../src/annual/index.js';
import { findMetaSheet, readFormMeta } from '../../src/annual/form-meta.js';
import { zipEntries } from '../../src/annual/zip-entries.js';
import { byName, fillForm, loadWorkbook } from './helpers.js';
import { zigongPlan } from './fixtures/zigong-plan.js';

const now = new Date('2026-11-22T10:00:00Z');
const stamp = (content: Buffer, name = 'f.xlsx'): FormStamp => {
  const s = formIdentity(content, { name });
  if ('code' in s) throw new Error(`expected a form, got ${s.code}`);
  return s;
};
const refused = (content: Buffer, name = 'f.xlsx'): Problem => {
  const s = formIdentity(content, { name });
  if (!('code' in s)) throw new Error(`expected a problem, got ${JSON.stringify(s)}`);
  return s;
};

/** A copy of `zip` with the central-directory uncompressed size of `part` set to `size`. */
function withDeclaredSize(zip: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(part);
  for (let at = out.lastIndexOf(name); at >= 0; at = out.lastIndexOf(name, at - 1)) {
    if (out.readUInt32LE(at - 46) === 0x02014b50) {
      out.writeUInt32LE(size, at - 46 + 24);
      return out;
    }
  }
  throw new Error(`no central entry for ${part}`);
}

describe('formIdentity reads the meta sheet without loading the workbook', () => {
  let files: TemplateFile[];
  beforeAll(async () => {
    const other = { ...zigongPlan(), id: 'other-shi' };
    files = [
      ...(await buildTemplates([zigongPlan(), other], { now, byDepartment: true })),
      ...(await buildTemplates([zigongPlan()], { now, year: 2023 })),
    ].filter((f) => f.name.endsWith('.xlsx'));
  });

  test('agrees with exceljs on every generated form', async () => {
    expect(files).toHaveLength(2 * 13 + 1); // 13 lead departments per plan, and the 2023 whole-plan form
    for (const f of files) {
      const meta = readFormMeta(findMetaSheet(await loadWorkbook(f.content), '_meta')!)!;
      expect(stamp(f.content, f.name), f.name).toEqual({ identity: meta.identity, fingerprint: meta.fingerprint });
    }
    expect(stamp(byName(files, 'zigong-shi-2023.xlsx')).identity).toEqual({ planId: 'zigong-shi', year: 2023, department: null });
    expect(stamp(byName(files, 'other-shi-2025-民政局.xlsx')).identity).toEqual({ planId: 'other-shi', year: 2025, department: '民政局' });
  });

  test('a form saved again (new shared-string order, or inline strings) and a renamed meta sheet', async () => {
    const form = byName(files, 'zigong-shi-2025-残联.xlsx');
    const expected = stamp(form);
    const resaved = await fillForm(form, { 任务: { 14: { 进展状态: '已完成', 主要工作完成情况: '新写的文字在共享字符串表里' } } });
    expect(stamp(resaved)).toEqual(expected);
    const wb = await loadWorkbook(form);
    const inline = Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: false }));
    expect(stamp(inline)).toEqual(expected);
    const renamed = await fillForm(form, {}, (w) => (w.getWorksheet('_meta')!.name = '元数据'));
    expect(stamp(renamed)).toEqual(expected);
  });

  test('refuses what is not a form, naming the file, within the size limits', async () => {
    const form = byName(files, 'zigong-shi-2025-残联.xlsx');
    expect(refused(Buffer.from('not a zip'), 'a.xlsx')).toMatchObject({ code: 'not-a-workbook', file: 'a.xlsx' });
    expect(refused(Buffer.alloc(MAX_FILE_BYTES + 1))).toMatchObject({ code: 'file-too-large' });
    const plain = await fillForm(form, {}, (wb) => wb.removeWorksheet(wb.getWorksheet('_meta')!.id));
    expect(refused(plain, 'plain.xlsx')).toMatchObject({ code: 'not-a-form', file: 'plain.xlsx', args: { sheet: '_meta' } });
    const edited = await fillForm(form, {}, (wb) => (wb.getWorksheet('_meta')!.getCell('B1').value = 99));
    expect(refused(edited)).toMatchObject({ code: 'form-version', args: { found: 99, expected: 1 } });
    // A zip bomb announces itself in the central directory; a part that inflates past its declared size is not read.
    expect(refused(withDeclaredSize(form, 'xl/sharedStrings.xml', 0xfffffff0))).toMatchObject({ code: 'file-too-large' });
    expect(refused(withDeclaredSize(form, 'xl/workbook.xml', 10))).toMatchObject({ code: 'not-a-workbook' });
    expect(zipEntries(form)!.map((e) => e.name)).toContain('xl/workbook.xml');
  });
});
