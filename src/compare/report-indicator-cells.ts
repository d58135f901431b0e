/**
 * The indicator matrix in long form: one row per plan × indicator cell, with target and
 * baseline split into operator, number and words, so that a spreadsheet (and the CSV) holds
 * everything the JSON output holds for a cell instead of a folded display string (">95").
 * Markdown leaves the table out (it is `detail`); the wide matrix is the human view.
 */
import type { Value } from '../model/types.js';
import type { ReportCell, ReportColumn, ReportSection } from '../render/report.js';
import type { Comparison, IndicatorCell, IndicatorRow } from './types.js';

/**
 * Operators in words: a bare "=" in a spreadsheet cell reads as a formula (and would be
 * neutralised with an apostrophe), so the column uses this fixed vocabulary instead.
 */
export const OP_WORDS: Record<Value['op'], string> = {
  '=': 'equal to',
  '>': 'above',
  '>=': 'at least',
  '<': 'below',
  '<=': 'at most',
  qualitative: 'qualitative',
};

export const INDICATOR_CELL_COLUMNS: readonly ReportColumn[] = [
  { header: 'Indicator' },
  { header: 'Key' },
  { header: 'Plan' },
  { header: 'Written as' },
  { header: 'Target op' },
  { header: 'Target', kind: 'number' },
  { header: 'Target text' },
  { header: 'Target relative to' },
  { header: 'Baseline op' },
  { header: 'Baseline', kind: 'number' },
  { header: 'Baseline text' },
  { header: 'Unit' },
  { header: 'Attribute' },
  { header: 'Origin' },
  { header: 'Source' },
  { header: 'Line', kind: 'number' },
  { header: 'Match' },
  { header: 'Method' },
  { header: 'Confidence', kind: 'number' },
  { header: 'Comparable' },
  { header: 'Ranked' },
];

const yesNo = (x: boolean): ReportCell => ({ value: x ? 'yes' : 'no' });

function valueCells(v: Value | null): ReportCell[] {
  return [{ value: v === null ? null : OP_WORDS[v.op] }, { value: v?.value ?? null }, { value: v?.text ?? null }];
}

function cellRow(row: IndicatorRow, cell: IndicatorCell, label: string): ReportCell[] {
  const [targetOp, target, targetText] = valueCells(cell.target);
  return [
    { value: row.name, note: row.key },
    { value: row.key },
    { value: label, note: cell.plan },
    { value: cell.name },
    targetOp!, target!, targetText!,
    { value: cell.target?.relativeTo ?? null },
    ...valueCells(cell.baseline),
    { value: cell.unit },
    { value: cell.attribute },
    { value: cell.origin },
    { value: cell.source },
    { value: cell.line },
    { value: cell.match },
    { value: cell.method },
    { value: cell.matchConfidence },
    yesNo(cell.comparable),
    yesNo(cell.ranked),
  ];
}

/** Rows in matrix order (indicator, then plan order); plans without the indicator have no row. */
export function indicatorCellsSection(c: Comparison): ReportSection {
  const labels = new Map(c.plans.map((p) => [p.id, p.label]));
  return {
    title: 'Indicator cells',
    paragraphs: ['Every cell of the indicator matrix as data: target and baseline as operator, number and the words of the document, with attribute, unit and source line. In the workbook (sheet "indicator-cells") and the CSV files only.'],
    table: {
      name: 'indicator-cells',
      columns: [...INDICATOR_CELL_COLUMNS],
      rows: c.indicators.rows.flatMap((r) => r.cells.map((cell) => cellRow(r, cell, labels.get(cell.plan) ?? cell.plan))),
      keyColumns: 1,
      detail: true,
    },
  };
}
