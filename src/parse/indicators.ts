/**
 * The main-indicator table (专栏1 …主要指标): recognised by its header (a 指标 column plus an
 * attribute, target or year column), its columns mapped by header text, never by position.
 */
import type { Diagnostic, Indicator, IndicatorAttribute } from '../model/types.js';
import { trimmedStart } from './chars.js';
import { parseDiagnostic } from './diagnostic.js';
import { compact, printedNumber, type Table } from './table-shape.js';
import { splitIndicatorUnit, splitLeadingNumber } from './units.js';
import { parseValue } from './values.js';

interface IndicatorColumns {
  no: number | null;
  name: number;
  unit: number | null;
  baseline: number | null;
  target: number;
  attribute: number | null;
}

// Order matters: "指标属性" holds 指标 too, "“十四五”目标值" holds no year.
function columnKind(header: string): keyof IndicatorColumns | null {
  const h = compact(header);
  if (/属性|性质|类型/.test(h)) return 'attribute';
  if (/序号|编号/.test(h)) return 'no';
  if (/^(?:计量)?单位$/.test(h)) return 'unit';
  if (/基期|基数|现状|基准|20(?:1\d|20)|十三五/.test(h)) return 'baseline';
  if (/目标|20(?:2[1-9]|3\d)|十四五|规划值/.test(h)) return 'target';
  if (/指标|名称/.test(h)) return 'name';
  return null;
}

export function indicatorColumns(header: readonly string[]): IndicatorColumns | null {
  const found: Partial<Record<keyof IndicatorColumns, number>> = {};
  header.forEach((cell, i) => {
    const kind = columnKind(cell);
    // The first column of a kind wins; a later "2025年目标" after "目标值" is a second target.
    if (kind !== null && found[kind] === undefined) found[kind] = i;
  });
  if (found.name === undefined || found.target === undefined) return null;
  return {
    no: found.no ?? null,
    name: found.name,
    unit: found.unit ?? null,
    baseline: found.baseline ?? null,
    target: found.target,
    attribute: found.attribute ?? null,
  };
}

export function isIndicatorTable(table: Table): boolean {
  return indicatorTableColumns(table) !== null;
}

/** The columns of an indicator table; null for any other table. */
function indicatorTableColumns(table: Table): IndicatorColumns | null {
  const cols = indicatorColumns(table.header);
  return cols !== null && table.header.some((h) => /属性|目标|20\d\d/.test(h)) ? cols : null;
}

/** Filled cells (something other than white space) of a row, counted up to two. */
function filledUpToTwo(cells: readonly string[]): number {
  let filled = 0;
  for (let i = 0; i < cells.length && filled < 2; i++) if (trimmedStart(cells[i] as string) < (cells[i] as string).length) filled++;
  return filled;
}

function attributeOf(cell: string): IndicatorAttribute | null {
  if (/约束/.test(cell)) return 'binding';
  if (/预期/.test(cell)) return 'expected';
  return null;
}

function readRow(cells: readonly string[], cols: IndicatorColumns, line: number): Indicator | null {
  const cell = (i: number | null) => (i === null ? '' : (cells[i] ?? '').trim());
  const numbered = splitLeadingNumber(cell(cols.name));
  if (numbered.rest === '') return null;
  const printedNo = cols.no === null ? null : printedNumber(cell(cols.no));
  const { name, unit } = splitIndicatorUnit(numbered.rest);
  const unitCell = cell(cols.unit).replace(/^[（(]|[)）]$/g, '');
  return {
    no: printedNo ?? numbered.no,
    name,
    unit: unit ?? (unitCell === '' || /^[—–\-/]+$/.test(unitCell) ? null : unitCell),
    baseline: cols.baseline === null ? null : parseValue(cell(cols.baseline)),
    target: parseValue(cell(cols.target)),
    attribute: attributeOf(cell(cols.attribute)),
    source: { line },
  };
}

/** Indicators of every indicator table, with diagnostics for rows that could not be read. */
export function parseIndicators(tables: readonly Table[], file: string): { indicators: Indicator[]; diagnostics: Diagnostic[] } {
  const indicators: Indicator[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const table of tables) {
    const cols = indicatorTableColumns(table);
    if (cols === null) continue;
    for (const row of table.rows) {
      // One filled cell is a group label ("一、生活保障") spanning the row.
      if (filledUpToTwo(row.cells) < 2) continue;
      const indicator = readRow(row.cells, cols, row.line);
      if (indicator === null) {
        diagnostics.push(parseDiagnostic('warning', file, row.line, 'parse/indicator-unreadable',
          'Indicator row has no name.', { cells: row.cells }));
        continue;
      }
      if (indicator.target === null) {
        diagnostics.push(parseDiagnostic('warning', file, row.line, 'parse/indicator-no-target',
          `Indicator "${indicator.name}" has no target value.`, { name: indicator.name }));
      }
      indicators.push(indicator);
    }
  }
  return { indicators, diagnostics };
}
