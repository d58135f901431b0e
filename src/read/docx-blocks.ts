/** The blocks a .docx body reads into: what mammoth's HTML holds, minus what never reaches text. */

/** Stands for a note reference in paragraph text; numbered "[n]" in document order when lines are made. */
export const NOTE_MARK = '\u0000';

export interface NoteRef {
  type: 'footnote' | 'endnote';
  id: string;
}

export interface Paragraph {
  kind: 'p';
  /** 1–6 for a heading style (mammoth writes <h1>…<h6>), 0 for a paragraph. */
  heading: number;
  styleId: string | undefined;
  /** Has w:numPr: mammoth may write it as a list item rather than a <p>. */
  numbered: boolean;
  /** Text between line breaks (<w:br/>); note references as NOTE_MARK. */
  segments: string[];
  refs: NoteRef[];
  /** Whether mammoth's HTML keeps the element (text, tab, break, bookmark or note reference inside). */
  nonEmpty: boolean;
}

export interface Cell {
  blocks: Block[];
  colSpan: number;
  rowSpan: number;
}

export interface Table {
  kind: 'table';
  /** Cells left after vertical merges, as mammoth writes them (<td colspan rowspan>). */
  rows: Cell[][];
}

/** An element without text between blocks: a bookmark's <a id>, or a text box image's <img>. */
export interface Anchor {
  kind: 'anchor';
}

export type Block = Paragraph | Table | Anchor;

/** A cell as read, before vertical merges: vMerge null = none, true = continues the cell above. */
export interface ReadCell {
  blocks: Block[];
  colSpan: number;
  vMerge: boolean | null;
}

/**
 * mammoth's calculateRowSpans: a continuing cell grows the rowspan of the cell that last started
 * at the same grid column (columns counted by colspan) and is dropped with its content.
 */
export function mergeRows(rows: readonly ReadCell[][]): Cell[][] {
  const columns = new Map<number, Cell>();
  return rows.map((row) => {
    const kept: Cell[] = [];
    let column = 0;
    for (const read of row) {
      const above = columns.get(column);
      if (read.vMerge === true && above) above.rowSpan++;
      else {
        const cell: Cell = { blocks: read.blocks, colSpan: read.colSpan, rowSpan: 1 };
        columns.set(column, cell);
        kept.push(cell);
      }
      column += read.colSpan;
    }
    return kept;
  });
}
