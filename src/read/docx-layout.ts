/**
 * The two places htmlToLines looks at how much text a part of the page holds (html-content.ts):
 * a table with a table in a cell, or with a cell of 1000 CJK characters, is page layout; and
 * mainContent makes a layout table holding 90% of the text the whole page.
 */
import type { Block, Table } from './docx-blocks.js';
import { decline } from './docx-xml.js';
import { DESCEND_SHARE, LAYOUT_CELL_CJK } from './html-content.js';
import { cjkInText } from './html-text.js';

/** CJK characters in the blocks' text, as html-content.ts cjkCount counts them in the HTML. */
export function blocksCjk(blocks: readonly Block[]): number {
  let count = 0;
  for (const block of blocks) {
    if (block.kind === 'p') for (const segment of block.segments) count += cjkInText(segment);
    else if (block.kind === 'table') count += tableCjk(block);
  }
  return count;
}

function tableCjk(table: Table): number {
  let count = 0;
  for (const row of table.rows) for (const cell of row) count += blocksCjk(cell.blocks);
  return count;
}

const layoutTables = new WeakMap<Table, boolean>();

/** html-content.ts isLayoutTable: a table inside a cell, or a cell holding a whole article. */
export function isLayoutTable(table: Table): boolean {
  let layout = layoutTables.get(table);
  if (layout === undefined) {
    layout = table.rows.some((row) => row.some((cell) =>
      cell.blocks.some((block) => block.kind === 'table') || blocksCjk(cell.blocks) >= LAYOUT_CELL_CJK));
    layoutTables.set(table, layout);
  }
  return layout;
}

/**
 * mainContent would make a layout table holding ≥ 90% of the text the page, dropping the rest;
 * that reading is left to the mammoth path.
 */
export function checkNoDominantLayoutTable(body: readonly Block[], totalCjk: () => number): void {
  for (const block of body) {
    if (block.kind !== 'table' || !isLayoutTable(block)) continue;
    const total = totalCjk();
    if (total > 0 && tableCjk(block) >= total * DESCEND_SHARE) decline('layout table holding the page');
  }
}
