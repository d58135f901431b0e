/** Writes a laid-out synthetic document as .docx (headings, paragraphs, real Word tables). */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import type { Block } from './blocks.js';

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function row(cells: readonly string[]): TableRow {
  return new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
}

export async function blocksToDocx(blocks: readonly Block[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') children.push(new Paragraph({ text: b.text, heading: LEVELS[Math.min(3, b.level - 1)]! }));
    else if (b.kind === 'para') children.push(new Paragraph(b.text.replace(/\*\*/g, '')));
    else if (b.kind === 'table') {
      if (b.caption !== null && !b.captionAfter) children.push(new Paragraph(b.caption));
      children.push(new Table({ rows: [row(b.header), ...b.rows.map(row)] }));
      if (b.caption !== null && b.captionAfter) children.push(new Paragraph(b.caption));
    }
  }
  const doc = new Document({ creator: 'plan-diff corpus', sections: [{ children }] });
  return Packer.toBuffer(doc);
}
