/**
 * Blocks → the text lines htmlToLines gives for mammoth's HTML of the same document: a paragraph
 * per line (split at line breaks), headings with their '#' marker, data tables as tab-joined
 * rows with merged cells expanded, layout tables read as blocks, then the referenced notes.
 */
import { NOTE_MARK, type Block, type Cell, type NoteRef, type Paragraph, type Table } from './docx-blocks.js';
import { decline } from './docx-xml.js';
import { isLayoutTable } from './docx-layout.js';
import { collapseWhitespace } from './html-text.js';
import { MergedCells, SpanBudget } from './merged-cells.js';

export class LineWriter {
  readonly lines: string[] = [];
  /** Note references met in the document body, in order: mammoth lists these notes at the end. */
  readonly bodyRefs: NoteRef[] = [];
  private noteNumber = 1;
  // What merged cells may still add in this document, as htmlToLines counts it for mammoth's HTML.
  private readonly spans = new SpanBudget();
  private inBody = true;

  /** The document body's blocks. */
  body(blocks: readonly Block[]): void {
    this.blocks(blocks, this.lines);
  }

  /** The notes referenced by the body, each as mammoth's <li>: its blocks and a "↑" back-link. */
  notes(notes: readonly (readonly Block[])[], numberedStyles: ReadonlySet<string>): void {
    this.inBody = false;
    for (const blocks of notes) {
      const last = findLastIndex(blocks, (block) => block.kind !== 'p' || block.nonEmpty);
      const target = blocks[last];
      if (target?.kind === 'p' && target.heading === 0) {
        // mammoth merges the back-link <p> into the note's last <p> (not into a list item).
        if (target.numbered || (target.styleId !== undefined && numberedStyles.has(target.styleId))) decline('list item at the end of a note');
        this.blocks(blocks.slice(0, last), this.lines);
        const segments = [...target.segments];
        segments[segments.length - 1] += ' \u2191';
        this.paragraph({ ...target, segments }, this.lines);
        this.blocks(blocks.slice(last + 1), this.lines);
      } else {
        this.blocks(blocks, this.lines);
        this.lines.push('\u2191');
      }
    }
  }

  private blocks(blocks: readonly Block[], out: string[]): void {
    for (const block of blocks) {
      if (block.kind === 'p') this.paragraph(block, out);
      else if (block.kind === 'table') this.table(block, out);
    }
  }

  private paragraph(p: Paragraph, out: string[]): void {
    const texts = p.refs.length === 0 ? p.segments : this.numberNotes(p);
    if (p.heading > 0) {
      // htmlToLines reads a heading's text whole, a <br> inside it counting as a newline.
      const text = collapseWhitespace(texts.join('\n'));
      if (text !== '') out.push(`${'#'.repeat(p.heading)} ${text}`);
      return;
    }
    for (const segment of texts) {
      const text = collapseWhitespace(segment);
      if (text !== '') out.push(text);
    }
  }

  /** Note marks → "[n]", numbered in the order mammoth converts the document. */
  private numberNotes(p: Paragraph): string[] {
    let index = 0;
    return p.segments.map((segment) => segment.replaceAll(NOTE_MARK, () => {
      if (this.inBody) this.bodyRefs.push(p.refs[index]!);
      index++;
      return `[${this.noteNumber++}]`;
    }));
  }

  private table(table: Table, out: string[]): void {
    if (isLayoutTable(table)) {
      for (const row of table.rows) for (const cell of row) this.blocks(cell.blocks, out);
      return;
    }
    // As html-table.ts tableRows reads mammoth's <td colspan rowspan>.
    const merged = new MergedCells(this.spans);
    for (const row of table.rows) {
      out.push(merged.row(row, (cell) => ({ text: this.cellText(cell), rowSpan: cell.rowSpan, colSpan: cell.colSpan })).join('\t'));
    }
  }

  private cellText(cell: Cell): string {
    const lines: string[] = [];
    this.blocks(cell.blocks, lines);
    return lines.join(' ').replace(/\t+/g, ' ');
  }
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
