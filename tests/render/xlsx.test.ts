import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderers } from '../../src/render/registry.js';
import { reportWorkbook, STREAM_CELLS } from '../../src/render/xlsx.js';
import { dosDateTime, fixZipDates } from '../../src/render/zip-dates.js';
import { sampleInput } from '../fixtures/render/sample-report.js';

async function render(now?: Date): Promise<Buffer> {
  const [file] = await renderers.xlsx(sampleInput, now ? { baseName: 's', now } : { baseName: 's' });
  return file?.content as Buffer;
}

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('xlsx', () => {
  it('is byte-for-byte identical across runs, even seconds apart', async () => {
    const first = await render();
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have 2-second resolution
    const second = await render();
    expect(first.equals(second)).toBe(true);
  });

  it('stamps the given date into the properties and every zip entry', async () => {
    const now = new Date(Date.UTC(2024, 5, 30, 12, 0, 0));
    const workbook = await readBack(await render(now));
    expect(workbook.created.toISOString()).toBe(now.toISOString());
    expect(workbook.modified.toISOString()).toBe(now.toISOString());
    const zipEntryDates = new Set<string>();
    const zip = await render(now);
    for (let at = zip.indexOf('PK\u0001\u0002'); at >= 0; at = zip.indexOf('PK\u0001\u0002', at + 4)) {
      zipEntryDates.add(`${zip.readUInt16LE(at + 12)}/${zip.readUInt16LE(at + 14)}`);
    }
    const stamp = dosDateTime(now);
    expect([...zipEntryDates]).toEqual([`${stamp.time}/${stamp.date}`]);
  });

  it('reads back the same values, with a summary sheet, frozen panes, filter, fills and notes', async () => {
    const workbook = await readBack(await render());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'indicators', '部门 责任']);
    const sheet = workbook.getWorksheet('indicators')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '指标', '单位', 'Zigong', 'Banan', 'Remark']);
    expect(sheet.getCell('A2').value).toBe('残疾人基本康复服务覆盖率');
    expect(sheet.getCell('C2').value).toBe(85);
    expect(sheet.getCell('D3').value).toBe(-5);
    expect(sheet.getCell('A3').value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(sheet.getCell('A3').formula).toBeUndefined();
    expect(sheet.getCell('E3').value).toBe("'@SUM(A1)");
    expect(sheet.getCell('C2').note).toBe('seeds/zigong.txt:88');
    expect((sheet.getCell('D2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect((sheet.getCell('C3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9D9D9');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const summary = workbook.getWorksheet('Summary')!;
    expect(summary.getCell('A1').value).toBe('残疾人事业发展规划对比 | comparison');
  });

  it('sizes columns for CJK text: a CJK character counts as two, capped', async () => {
    const table = {
      name: 't',
      columns: [{ header: 'x' }, { header: 'unit' }, { header: 'long' }],
      rows: [[{ value: '残疾人基本康复服务覆盖率' }, { value: '%' }, { value: '长'.repeat(100) }]],
    };
    const [file] = await renderers.xlsx({ report: { title: 't', summary: [], sections: [{ title: 't', paragraphs: [], table }] }, data: null }, { baseName: 't' });
    const sheet = (await readBack(file?.content as Buffer)).getWorksheet('t')!;
    expect(sheet.getColumn(1).width).toBe(26); // 12 CJK characters → 24, plus padding 2
    expect(sheet.getColumn(2).width).toBe(6); // minimum width
    expect(sheet.getColumn(3).width).toBe(60); // capped; the text wraps instead
    expect(sheet.getCell('C2').alignment).toMatchObject({ wrapText: true });
  });

  it('writes a large report through the streaming writer, byte-identical across runs', async () => {
    const columns = Array.from({ length: 26 }, (_, i) => ({ header: `列${i}`, kind: 'number' as const }));
    const rows = Array.from({ length: 2000 }, (_, r) => columns.map((_, i) => ({ value: r * 26 + i, ...(i === 1 && r % 7 === 0 ? { mark: 'most' as const, note: `seeds/x.txt:${r + 1}` } : {}) })));
    const report = { title: 'large', summary: ['2000 rows'], sections: [{ title: 'big', paragraphs: [], table: { name: 'big', columns, rows } }] };
    expect(rows.length * columns.length).toBeGreaterThan(STREAM_CELLS);
    const first = await reportWorkbook(report);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have 2-second resolution
    const second = await reportWorkbook(report);
    expect(first.equals(second)).toBe(true);
    expect(first.includes('xl/sharedStrings.xml')).toBe(false); // the streaming writer writes inline strings
    const sheet = (await readBack(first)).getWorksheet('big')!;
    expect(sheet.rowCount).toBe(2001);
    expect(sheet.getCell('Z2001').value).toBe(1999 * 26 + 25);
    expect(sheet.getCell('B2').note).toBe('seeds/x.txt:1');
    expect((sheet.getCell('B2').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
  });

  it('fixZipDates rejects something that is not a zip', () => {
    expect(() => fixZipDates(Buffer.from('not a zip at all, definitely not'), new Date())).toThrow(/not a zip/);
  });
});
