import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';


const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });

async function sampleDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun({ text: '某市“十四五”残疾人保障和发展规划', bold: true })] }),
        new Paragraph('专栏1 主要指标'),
        new Table({
          rows: [
            new TableRow({ children: ['主要指标', '2020年', '2025年', '指标属性'].map(cell) }),
            new TableRow({ children: ['1.残疾人基本康复服务覆盖率(%)', '80', '85', '约束性'].map(cell) }),
            new TableRow({
              children: [
                cell('2.困难重度残疾人家庭无障碍改造数(户)'),
                new TableCell({ children: [new Paragraph('—'), new Paragraph('（新增）')] }),
                cell('3650'),
                cell('约束性'),
              ],
            }),
          ],
        }),
        new Paragraph('规划期限为2021—2025年。'),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

describe('readDocument on .docx', () => {
  it('reads paragraphs as lines and each table row as one tab-separated line', async () => {
    const result = await readDocument('plan.docx', await sampleDocx());
    expect(result.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(result.text).toMatchObject({ format: 'docx', encoding: null, lineMap: null });
    expect(result.text!.text.split('\n')).toEqual([
      '某市“十四五”残疾人保障和发展规划',
      '专栏1 主要指标',
      '主要指标\t2020年\t2025年\t指标属性',
      '1.残疾人基本康复服务覆盖率(%)\t80\t85\t约束性',
      '2.困难重度残疾人家庭无障碍改造数(户)\t— （新增）\t3650\t约束性',
      '规划期限为2021—2025年。',
    ]);
  });

  it('reports a zip that is not a Word document as unsupported', async () => {
    // A valid empty zip archive: just the end-of-central-directory record.
    const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    const result = await readDocument('empty.docx', emptyZip);
    expect(result.text).toBeNull();
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'empty.docx: unsupported format (ZIP archive without word/document.xml); supported: .txt, .md, .html/.htm, .docx',
    ]);
  });

  it('reports a damaged .docx (document entry named but archive truncated) without throwing', async () => {
    const truncated = (await sampleDocx()).subarray(0, 600);
    const padded = Buffer.concat([truncated, Buffer.from('word/document.xml')]);
    const result = await readDocument('broken.docx', padded);
    expect(result.text).toBeNull();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: 'error', code: 'read/docx-invalid', file: 'broken.docx' });
    expect(result.diagnostics[0]!.message).toMatch(/^broken\.docx: not a readable \.docx \(.+\)$/);
  });
});
