import type { PageElement } from './html-tree.js';

export interface TableRow {
  element: PageElement;
  /** Cell texts, merged cells expanded so every row has the table's column positions. */
  cells: string[];
}

const MAX_SPAN = 1000;

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
  return Number.isFinite(number) && number >= 1 ? Math.min(number, MAX_SPAN) : 1;
}

/**
 * One entry per <tr>. A colspan cell is followed by empty cells; a rowspan cell repeats its
 * text in the rows it covers (a merged 牵头单位 cell applies to each of those rows).
 */
export function tableRows(table: PageElement, cellText: (cell: PageElement) => string): TableRow[] {
  const pending: Array<{ text: string; rowsLeft: number } | undefined> = [];
  const rows: TableRow[] = [];
  for (const row of rowElements(table)) {
    const cells: string[] = [];
    let column = 0;
    const takePending = (): void => {
      for (let slot = pending[column]; slot && slot.rowsLeft > 0; slot = pending[column]) {
        cells.push(slot.text);
        slot.rowsLeft--;
        column++;
      }
    };
    for (const cell of childElements(row, ['td', 'th'])) {
      takePending();
      const text = cellText(cell);
      const rowSpan = span(cell.properties.rowSpan);
      const colSpan = span(cell.properties.colSpan);
      for (let i = 0; i < colSpan; i++) {
        cells.push(i === 0 ? text : '');
        pending[column] = rowSpan > 1 ? { text: i === 0 ? text : '', rowsLeft: rowSpan - 1 } : undefined;
        column++;
      }
    }
    takePending();
    rows.push({ element: row, cells });
  }
  return rows;
}
