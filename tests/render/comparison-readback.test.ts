import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { comparisonReport } from '../../src/compare/report.js';
import { loadPlans } from '../../src/pipeline/load.js';
import { safeCellValue } from '../../src/render/cells.js';
import { renderers } from '../../src/render/registry.js';
import { sheetNames } from '../../src/render/xlsx-sheet-name.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

describe('comparison of the seeds rendered to xlsx', () => {
  it('reads back cell for cell what the report holds', async () => {
    const { documents } = await loadPlans([SEEDS]);
    const report = comparisonReport(compare(documents));
    const [file] = await renderers.xlsx({ report, data: null }, { baseName: 'comparison' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file?.content as unknown as ArrayBuffer);
    const tables = report.sections.flatMap((s) => (s.table ? [s.table] : []));
    expect(tables.length).toBeGreaterThan(0);
    const names = sheetNames(tables.map((t) => t.name), ['Summary']);
    for (const [i, table] of tables.entries()) {
      const sheet = workbook.getWorksheet(names[i]!)!;
      expect(sheet.rowCount).toBe(table.rows.length + 1);
      table.rows.forEach((cells, r) => {
        table.columns.forEach((_, c) => {
          const expected = safeCellValue(cells[c]?.value ?? null);
          const actual = sheet.getCell(r + 2, c + 1).value;
          expect(actual ?? null, `${table.name} row ${r + 2} column ${c + 1}`).toEqual(expected);
        });
      });
    }
  });
});
