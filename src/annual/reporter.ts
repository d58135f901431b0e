/** The 填报单位 / 填报人 / 联系电话 / 填报日期 fields a department fills in on the instructions sheet: written, and read back. */
import type ExcelJS from 'exceljs';
import type { AnnualConfig, ReporterInput, Wording } from './config.js';
import { rawValue } from './input-cells.js';

const EARLIEST = new Date(Date.UTC(2000, 0, 1));

/** The input cell of one field: unlocked; a dropdown, a date, or text kept as typed. */
export function reporterCell(cell: ExcelJS.Cell, input: ReporterInput, wording: Wording, departmentRange: string): void {
  cell.protection = { locked: false };
  cell.border = { bottom: { style: 'thin' } };
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: wording.validation.title } as const;
  if (input === 'department') cell.dataValidation = { ...base, type: 'list', formulae: [departmentRange], error: wording.validation.department };
  if (input === 'date') {
    cell.numFmt = 'yyyy-mm-dd';
    cell.dataValidation = { ...base, type: 'date', operator: 'greaterThan', formulae: [EARLIEST], error: wording.validation.date };
  } else cell.numFmt = '@';
}

/** A date field as YYYY-MM-DD: Excel stores dates as day numbers, which read back as plain numbers without a date format. */
function fieldText(input: ReporterInput, value: string | number): string {
  if (input === 'date' && typeof value === 'number' && value > 0 && value < 2958466) {
    return new Date(Date.UTC(1899, 11, 30) + Math.round(value * 86400000)).toISOString().slice(0, 10);
  }
  return String(value).trim();
}

export interface ReporterField {
  /** As wording.yaml labels it ("填报人"). */
  label: string;
  /** What the department wrote (dates as YYYY-MM-DD); null when left empty. */
  value: string | null;
}

/**
 * Each field is the value next to the last cell in column A carrying its label: the fields
 * come after the instruction paragraphs, one of which may share a label ("填报单位").
 */
export function readReporter(wb: ExcelJS.Workbook, config: AnnualConfig): ReporterField[] {
  const fields = new Map(config.wording.reporterFields.map((f) => [f.label, f.input]));
  const found = new Map<string, string | null>();
  const ws = wb.getWorksheet(config.layout.sheets.instructions);
  ws?.eachRow((row) => {
    const label = rawValue(row.getCell(1).value);
    const input = typeof label === 'string' ? fields.get(label.trim()) : undefined;
    if (input === undefined) return;
    const value = rawValue(row.getCell(2).value);
    found.set(String(label).trim(), value === null ? null : fieldText(input, value) || null);
  });
  return [...fields.keys()].map((label) => ({ label, value: found.get(label) ?? null }));
}
