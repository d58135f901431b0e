/**
 * Tasks from the task-allocation table (重点任务分工 / 分工表): a task column and one or two unit
 * columns. With separate 牵头单位 and 责任单位 columns each is read as is; with a single unit
 * column the document's stated convention (e.g. 逗号前为牵头单位) splits lead from co. Where the
 * document states none, every unit goes to `co` and an info diagnostic says so: guessing a lead
 * would invent a responsibility the document does not assign.
 */
import type { Diagnostic, Task } from '../model/types.js';
import { parseDiagnostic } from './diagnostic.js';
import { isIndicatorTable } from './indicators.js';
import type { Line } from './lines.js';
import { compact, printedNumber, type Table } from './table-shape.js';
import { parseInlineTasks } from './tasks-inline.js';
import { readUnitLabels } from './unit-labels.js';
import { findLeadConvention, splitLeadAndCo, splitMarkedLeads, splitUnitList, type LeadConvention } from './unit-lists.js';
import { splitLeadingNumber } from './units.js';
import type { LineNumbers } from './tables.js';

interface TaskColumns {
  no: number | null;
  text: number;
  lead: number | null;
  co: number | null;
  /** Every column whose header names the task ("重点任务", "具体措施"); `text` is one of them. */
  texts: number[];
}

export function taskColumns(header: readonly string[]): TaskColumns | null {
  let no: number | null = null, lead: number | null = null, co: number | null = null;
  const texts: number[] = [];
  header.forEach((cell, i) => {
    const h = compact(cell);
    if (no === null && /^(序号|编号)$/.test(h)) no = i;
    else if (lead === null && /牵头/.test(h)) lead = i;
    else if (co === null && /(责任|配合|协同|参与|协办|主办)(单位|部门)|单位$|部门$/.test(h)) co = i;
    else if (/任务|措施|事项|内容|工作/.test(h)) texts.push(i);
  });
  const [text] = texts;
  if (text === undefined || (lead === null && co === null)) return null;
  return { no, text, lead, co, texts };
}

/**
 * With two task columns (重点任务 | 具体措施) the task is the more detailed one: the column with
 * the longer cells. The other is often a merged category cell, empty on all but its first row.
 */
function detailColumn(table: Table, cols: TaskColumns): TaskColumns {
  if (cols.texts.length < 2) return cols;
  const mean = (i: number) => table.rows.reduce((sum, r) => sum + (r.cells[i] ?? '').trim().length, 0) / Math.max(table.rows.length, 1);
  const text = cols.texts.reduce((best, i) => (mean(i) > mean(best) ? i : best));
  return { ...cols, text };
}

function readRow(cells: readonly string[], cols: TaskColumns, line: number, convention: LeadConvention | null): Task {
  const cell = (i: number | null) => (i === null ? '' : (cells[i] ?? '').trim());
  const numbered = splitLeadingNumber(cell(cols.text));
  const printedNo = cols.no === null ? null : printedNumber(cell(cols.no));
  const { lead, co } = cols.lead !== null
    ? { lead: splitUnitList(cell(cols.lead)), co: splitUnitList(cell(cols.co)) }
    : unitsOfOneCell(cell(cols.co), convention);
  return { no: printedNo ?? numbered.no, text: numbered.rest, source: { line }, lead, co };
}

/** Lead and co units of a table with one unit column. */
function unitsOfOneCell(units: string, convention: LeadConvention | null): { lead: string[]; co: string[] } {
  // A single cell that labels its parts: "牵头单位：A；配合单位：B".
  if (/(?:牵头|配合|协同|参与)(?:单位|部门)\s*[:：]/.test(units)) {
    const { lead, co } = readUnitLabels(units, convention);
    return { lead, co };
  }
  // Marks in the cell itself ("市残联（牵头）、市民政局") say more than a document-wide rule.
  return splitMarkedLeads(units) ?? (convention !== null ? splitLeadAndCo(units, convention) : { lead: [], co: splitUnitList(units) });
}

function parseTaskTable(table: Table, cols: TaskColumns, file: string, convention: LeadConvention | null) {
  const tasks: Task[] = [];
  const diagnostics: Diagnostic[] = [];
  const marksLeads = cols.lead === null && table.rows.some((r) => splitMarkedLeads(r.cells[cols.co ?? -1] ?? '') !== null);
  if (cols.lead === null && convention === null && !marksLeads) {
    diagnostics.push(parseDiagnostic('info', file, table.headerLine, 'parse/task-lead-convention-missing',
      'The task table has one unit column and the document does not say which units lead; all are listed as co-responsible.'));
  }
  for (const row of table.rows) {
    if (filledCells(row.cells) < 2) continue;
    const task = readRow(row.cells, cols, row.line, convention);
    if (task.text === '') {
      if (task.lead.length + task.co.length > 0) {
        diagnostics.push(parseDiagnostic('warning', file, row.line, 'parse/task-no-text',
          'Task row names responsible units but no task.', { no: task.no, cells: row.cells }));
      }
      continue;
    }
    if (task.lead.length === 0 && task.co.length === 0) {
      diagnostics.push(parseDiagnostic('warning', file, row.line, 'parse/task-no-units',
        'Task row names no responsible unit.', { no: task.no }));
    }
    tasks.push(task);
  }
  return { tasks, diagnostics };
}

function filledCells(cells: readonly string[]): number {
  let filled = 0;
  for (const c of cells) if (c.trim() !== '') filled++;
  return filled;
}

/** Every task of the document: task-table rows, then inline 责任单位 blocks outside tables. */
export function parseTasks(
  lines: readonly Line[],
  tables: readonly Table[],
  tableLines: LineNumbers,
  file: string,
): { tasks: Task[]; diagnostics: Diagnostic[] } {
  // The document's convention is looked for only once a unit list needs it: a plan with no task
  // table and no 责任单位 line is not scanned for one.
  let convention: LeadConvention | null | undefined;
  const conventionOf = (): LeadConvention | null => (convention === undefined ? (convention = findLeadConvention(lines)) : convention);
  const tasks: Task[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const table of tables) {
    const cols = isIndicatorTable(table) ? null : taskColumns(table.header);
    if (cols === null) continue;
    const found = parseTaskTable(table, detailColumn(table, cols), file, conventionOf());
    tasks.push(...found.tasks);
    diagnostics.push(...found.diagnostics);
  }
  const inline = parseInlineTasks(lines, tableLines, file, conventionOf);
  tasks.push(...inline.tasks);
  diagnostics.push(...inline.diagnostics);
  tasks.sort((a, b) => a.source.line - b.source.line);
  return { tasks, diagnostics };
}
