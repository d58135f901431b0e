// Issue 4, done when: reading back the xlsx with exceljs gives the same values as the JSON output.
// Both files come from the CLI's comparison stage (compare → registry); rows are found by
// indicator key / department name and columns by header, never by position.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonFiles } from '../../src/cli/stages.js';
import type { Comparison, IndicatorCell } from '../../src/compare/types.js';
import type { Value } from '../../src/model/types.js';
import { loadPlans } from '../../src/pipeline/load.js';
import { neutraliseFormula } from '../../src/render/cells.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

type CellValue = string | number | null;
interface Sheet {
  header: Map<string, number>;
  rows: { values: CellValue[]; notes: (string | null)[] }[];
}

function noteText(note: ExcelJS.Comment | string | undefined): string | null {
  if (note === undefined) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function readSheet(workbook: ExcelJS.Workbook, name: string): Sheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const width = sheet.columnCount;
  const row = (r: number) => Array.from({ length: width }, (_, c) => sheet.getCell(r, c + 1));
  const header = new Map(row(1).map((cell, c) => [String(cell.value), c]));
  const rows = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = row(r);
    rows.push({ values: cells.map((cell) => (cell.value ?? null) as CellValue), notes: cells.map((cell) => noteText(cell.note)) });
  }
  return { header, rows };
}

function column(sheet: Sheet, header: string): number {
  const c = sheet.header.get(header);
  if (c === undefined) throw new Error(`no column "${header}" in ${[...sheet.header.keys()].join(', ')}`);
  return c;
}

/** How each operator of the JSON is written in the workbook (read off the column's vocabulary). */
const OP_IN_WORKBOOK: Record<Value['op'], string> = { '=': 'equal to', '>': 'above', '>=': 'at least', '<': 'below', '<=': 'at most', qualitative: 'qualitative' };
/** Document text in a spreadsheet: formula-looking text carries the apostrophe (cells.ts). */
const asText = (text: string | null | undefined): CellValue => (text === null || text === undefined ? null : neutraliseFormula(text));

describe('comparison of the seeds: xlsx read back against the JSON output', () => {
  let json: Comparison & { schemaVersion: number };
  let workbook: ExcelJS.Workbook;
  const label = (plan: string) => json.plans.find((p) => p.id === plan)!.label;

  beforeAll(async () => {
    const { documents } = await loadPlans([SEEDS]);
    const { files } = await comparisonFiles(documents, ['json', 'xlsx']);
    const byName = new Map(files.map((f) => [f.name, f.content]));
    json = JSON.parse(String(byName.get('comparison.json'))) as typeof json;
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(byName.get('comparison.xlsx') as unknown as ArrayBuffer);
  });

  it('has every plan × indicator cell, with target and baseline as operator, number and text', () => {
    const sheet = readSheet(workbook, 'indicator-cells');
    const at = (header: string) => column(sheet, header);
    const cells: [string, IndicatorCell][] = json.indicators.rows.flatMap((r) => r.cells.map((c) => [r.key, c] as [string, IndicatorCell]));
    expect(cells.length).toBeGreaterThan(30);
    expect(sheet.rows).toHaveLength(cells.length);
    const ops = new Set<string>();
    for (const [key, cell] of cells) {
      const found = sheet.rows.filter((r) => r.values[at('Key')] === key && r.values[at('Plan')] === label(cell.plan));
      expect(found, `${key} × ${cell.plan}`).toHaveLength(1);
      const got = (header: string) => found[0]!.values[at(header)];
      const where = `${key} × ${cell.plan}`;
      expect(got('Target op'), where).toBe(cell.target ? OP_IN_WORKBOOK[cell.target.op] : null);
      expect(got('Target'), where).toBe(cell.target?.value ?? null);
      expect(got('Target text'), where).toBe(asText(cell.target?.text));
      expect(got('Target relative to'), where).toBe(cell.target?.relativeTo ?? null);
      expect(got('Baseline op'), where).toBe(cell.baseline ? OP_IN_WORKBOOK[cell.baseline.op] : null);
      expect(got('Baseline'), where).toBe(cell.baseline?.value ?? null);
      expect(got('Baseline text'), where).toBe(asText(cell.baseline?.text));
      expect(cell.baseline?.relativeTo, 'a baseline is never a change').toBeUndefined();
      expect(got('Attribute'), where).toBe(cell.attribute);
      expect(got('Unit'), where).toBe(asText(cell.unit));
      expect(got('Written as'), where).toBe(asText(cell.name));
      expect([got('Origin'), got('Source'), got('Line')], where).toEqual([cell.origin, cell.source, cell.line]);
      expect([got('Match'), got('Method'), got('Confidence')], where).toEqual([cell.match, cell.method, cell.matchConfidence]);
      expect([got('Comparable'), got('Ranked')], where).toEqual([cell.comparable ? 'yes' : 'no', cell.ranked ? 'yes' : 'no']);
      if (cell.target) ops.add(cell.target.op);
    }
    // The seeds exercise the operators that a display string would fold away.
    expect([...ops].sort()).toEqual(expect.arrayContaining(['=', '>', '>=', 'qualitative']));
  });

  it('shows each cell in the wide matrix under its plan, empty where the plan has no such target', () => {
    const sheet = readSheet(workbook, 'indicators');
    expect(sheet.rows).toHaveLength(json.indicators.rows.length);
    for (const row of json.indicators.rows) {
      const found = sheet.rows.filter((r) => r.notes[column(sheet, 'Indicator')] === row.key);
      expect(found, row.key).toHaveLength(1);
      expect(found[0]!.values[column(sheet, 'Indicator')]).toBe(row.name);
      for (const plan of json.plans) {
        const shown = found[0]!.values[column(sheet, plan.label)];
        const note = found[0]!.notes[column(sheet, plan.label)];
        const cell = row.cells.find((c) => c.plan === plan.id);
        if (!cell) {
          expect(shown, `${row.key} × ${plan.id}`).toBeNull();
          continue;
        }
        const t = cell.target;
        // Numbers appear in the shown text; qualitative and relative targets in the document's words.
        if (t && t.value !== null && t.op !== 'qualitative' && t.relativeTo === undefined) expect(String(shown)).toContain(String(t.value));
        else if (t) expect(shown).toBe(asText(t.text));
        expect(note, `${row.key} × ${plan.id}`).toContain(`${cell.source}:${cell.line}`);
        if (cell.attribute) expect(note).toContain(cell.attribute);
      }
    }
  });

  it('has the lead and co counts of every department × plan', () => {
    const sheet = readSheet(workbook, 'departments');
    expect(sheet.rows).toHaveLength(json.responsibility.rows.length);
    for (const row of json.responsibility.rows) {
      const found = sheet.rows.filter((r) => r.values[column(sheet, 'Department')] === asText(row.name) && r.notes[column(sheet, 'Department')] === row.key);
      expect(found, row.key).toHaveLength(1);
      const got = (header: string) => found[0]!.values[column(sheet, header)];
      for (const plan of json.plans) {
        const count = row.counts[plan.id] ?? { lead: 0, co: 0 };
        expect([got(`${plan.label} lead`), got(`${plan.label} co`)], `${row.key} × ${plan.id}`).toEqual([count.lead, count.co]);
      }
      expect([got('Total lead'), got('Total co')], row.key).toEqual([row.total.lead, row.total.co]);
    }
  });
});
