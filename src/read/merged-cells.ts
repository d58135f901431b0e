/**
 * Merged table cells expanded so every row has the table's column positions, shared by the HTML
 * reader and the direct .docx reader (which must give what mammoth's HTML gives): a colspan cell
 * is followed by empty cells; a rowspan cell repeats its text in the rows it covers (a merged
 * 牵头单位 cell applies to each of those rows).
 */

/** Spans above this are clamped: a hostile colspan must not make millions of empty cells. */
export const MAX_SPAN = 1000;

export interface CellSpan {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export class MergedCells {
  private readonly pending: Array<{ text: string; rowsLeft: number } | undefined> = [];

  /** One row's texts. `read` is called once per cell, in order (a cell's text may be built then). */
  row<C>(cells: Iterable<C>, read: (cell: C) => CellSpan): string[] {
    const texts: string[] = [];
    let column = 0;
    const takePending = (): void => {
      for (let slot = this.pending[column]; slot && slot.rowsLeft > 0; slot = this.pending[column]) {
        texts.push(slot.text);
        slot.rowsLeft--;
        column++;
      }
    };
    for (const cell of cells) {
      takePending();
      const { text, rowSpan, colSpan } = read(cell);
      const rows = Math.min(rowSpan, MAX_SPAN);
      const columns = Math.min(colSpan, MAX_SPAN);
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
