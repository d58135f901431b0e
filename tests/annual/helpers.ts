import ExcelJS from 'exceljs';

export async function loadWorkbook(content: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ExcelJS.Buffer);
  return wb;
}

export function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (found === 0) throw new Error(`no column ${header} in ${ws.name}`);
  return found;
}

/** Row whose 序号 (a number) or name (text in one of the first columns) equals `id`. */
export function rowOf(ws: ExcelJS.Worksheet, id: string | number): number {
  const columns = typeof id === 'number' ? [1] : [1, 2, 3, 4];
  for (let r = 2; r <= ws.rowCount; r++) if (columns.some((c) => ws.getCell(r, c).value === id)) return r;
  throw new Error(`no row ${id} in ${ws.name}`);
}

export type Fill = Record<string, Record<string | number, Record<string, ExcelJS.CellValue>>>;

/** Fills a form the way a department does in Excel: open, type into cells, save. */
export async function fillForm(content: Buffer, fill: Fill, edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await loadWorkbook(content);
  for (const [sheetName, rows] of Object.entries(fill)) {
    const ws = wb.getWorksheet(sheetName)!;
    for (const [id, cells] of Object.entries(rows)) {
      const r = rowOf(ws, Number.isNaN(Number(id)) ? id : Number(id));
      for (const [header, value] of Object.entries(cells)) ws.getCell(r, columnOf(ws, header)).value = value;
    }
  }
  edit?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const byName = (files: { name: string; content: Buffer }[], name: string): Buffer => {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no file ${name} among ${files.map((x) => x.name).join(', ')}`);
  return f.content;
};
