/**
 * Merged table cells expanded so every row has the table's column positions, shared by the HTML
 * reader and the direct .docx reader (which must give what mammoth's HTML gives): a colspan cell
 * is followed by empty cells; a rowspan cell repeats its text in the rows it covers (a merged
 * 牵头单位 cell applies to each of those rows).
 */

/** Spans above this are clamped: a hostile colspan must not make millions of empty cells. */
export const MAX_SPAN = 1000;

/**
 * Columns kept per row; cells past them are dropped. Without it, a row of many wide cells
 * multiplies: 460 KB of `<td colspan=1000>` cells took 1 GB of memory. No plan's table comes near.
 */
export const MAX_COLUMNS = 1000;

/** Cells a document's spans may add, over all its tables (a plan's merged cells add hundreds). */
export const MAX_SPANNED_CELLS = 1_000_000;

/**
 * What spans may still add in one document: shared by its tables, so that many small tables of
 * wide or tall cells cannot multiply the input either. Once spent, a span counts as one cell.
 */
export class SpanBudget {
  constructor(public cells = MAX_SPANNED_CELLS) {}

  /** How many of `wanted` (≥ 1) cells a span may have: the first is the cell itself. */
  take(wanted: number): number {
    const extra = Math.min(wanted - 1, this.cells);
    this.cells -= extra;
    return 1 + extra;
  }
}

export interface CellSpan {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export class MergedCells {
  private readonly pending: Array<{ text: string; rowsLeft: number } | undefined> = [];

  constructor(private readonly budget = new SpanBudget()) {}

  /** One row's texts. `read` is called once per cell, in order (a cell's text may be built then). */
  row<C>(cells: Iterable<C>, read: (cell: C) => CellSpan): string[] {
    const texts: string[] = [];
    let column = 0;
    const takePending = (): void => {
      for (let slot = this.pending[column]; slot && slot.rowsLeft > 0 && column < MAX_COLUMNS; slot = this.pending[column]) {
        texts.push(slot.text);
        slot.rowsLeft--;
        column++;
      }
    };
    for (const cell of cells) {
      takePending();
      const { text, rowSpan, colSpan } = read(cell);
      // Each cell is still read (a reader may build its text then), but none past MAX_COLUMNS is kept.
      if (column >= MAX_COLUMNS) continue;
      const columns = this.budget.take(Math.min(colSpan, MAX_SPAN, MAX_COLUMNS - column));
      // Each of the cell's columns repeats in the rows it spans below.
      const rows = 1 + Math.floor((this.budget.take(1 + (Math.min(rowSpan, MAX_SPAN) - 1) * columns) - 1) / columns);
      for (let i = 0; i < columns; i++) {
        texts.push(i === 0 ? text : '');
        this.pending[column] = rows > 1 ? { text: i === 0 ? text : '', rowsLeft: rows - 1 } : undefined;
        column++;
      }
    }
    takePending();
    return texts;
  }
}
