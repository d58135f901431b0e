import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/render/report.js';
import { reportWorkbook } from '../../src/render/xlsx.js';
import { writeReportXlsxStream } from '../../src/render/xlsx-stream.js';

const report: Report = {
  title: '指标对比',
  summary: ['3 plans compared.'],
  sections: [{
    title: 'Indicators',
    paragraphs: ['One row per indicator.'],
    table: {
      name: 'indicators',
      keyColumns: 1,
      columns: [{ header: '指标' }, { header: '自贡市', kind: 'percent' }, { header: '巫山县', kind: 'percent' }],
      rows: [
        [{ value: '残疾人基本康复服务覆盖率' }, { value: 85, mark: 'most', note: 'seeds/000.txt:88' }, { value: 80, mark: 'least' }],
        [{ value: '=HYPERLINK("x")' }, { value: null, mark: 'missing' }, { value: '-5' }],
      ],
    },
  }],
};

async function streamed(r: Report): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => sink.on('end', resolve));
  await writeReportXlsxStream(r, sink);
  await done;
  return Buffer.concat(chunks);
}

async function cells(buffer: Buffer): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    out[sheet.name] = rows;
  });
  return out;
}

describe('writeReportXlsxStream', () => {
  it('writes the same cell values as the in-memory workbook', async () => {
    const [fromStream, fromMemory] = await Promise.all([streamed(report).then(cells), reportWorkbook(report).then(cells)]);
    expect(fromStream).toEqual(fromMemory);
    expect(fromStream.indicators?.[2]?.[0]).toBe('\'=HYPERLINK("x")');
  });

  it('keeps fills for marks, notes for provenance, the header style and the frozen key column', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await streamed(report)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('indicators')!;
    const fill = (ref: string) => (sheet.getCell(ref).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill('B2')).toBe('FFC6EFCE');
    expect(fill('C2')).toBe('FFFFEB9C');
    expect(fill('A2')).toBeUndefined();
    expect(sheet.getCell('B2').note).toBe('seeds/000.txt:88');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet.getCell('B2').numFmt).toBe('General"%"');
  });
});
