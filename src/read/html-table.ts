import type { PageElement } from './html-tree.js';
import { MergedCells, type SpanBudget } from './merged-cells.js';

export interface TableRow {
  element: PageElement;
  /** Cell texts, merged cells expanded so every row has the table's column positions. */
  cells: string[];
}

function childElements(element: PageElement, names: readonly string[]): PageElement[] {
  return element.children.filter((c): c is PageElement => c.type === 'element' && names.includes(c.tagName));
}

/** <tr> elements of this table (through thead/tbody/tfoot), not of tables nested in cells. */
function rowElements(table: PageElement): PageElement[] {
  const rows: PageElement[] = [];
  for (const child of childElements(table, ['tr', 'thead', 'tbody', 'tfoot'])) {
    if (child.tagName === 'tr') rows.push(child);
    else rows.push(...childElements(child, ['tr']));
  }
  return rows;
}

function span(value: unknown): number {
  const number = typeof value === 'number' ? value : Number.parseInt(String(value ?? '1'), 10);
  return Number.isFinite(number) && number >= 1 ? number : 1;
}

/** One entry per <tr>, merged cells expanded (merged-cells.ts) within the document's budget. */
export function tableRows(table: PageElement, cellText: (cell: PageElement) => string, budget: SpanBudget): TableRow[] {
  const merged = new MergedCells(budget);
  return rowElements(table).map((row) => ({
    element: row,
    cells: merged.row(childElements(row, ['td', 'th']), (cell) => ({
      text: cellText(cell),
      rowSpan: span(cell.properties.rowSpan),
      colSpan: span(cell.properties.colSpan),
    })),
  }));
}
