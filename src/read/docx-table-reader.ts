/**
 * w:tbl as mammoth reads it: deleted rows (w:trPr/w:del) dropped, cells with their grid span and
 * vertical merge, merged continuation cells folded into the cell above. Anything in a table or
 * row that mammoth would read as neither row nor cell declines (mammoth then stops merging).
 */
import { mergeRows, type Block, type ReadCell } from './docx-blocks.js';
import { MAMMOTH_READS } from './docx-inline.js';
import { CLOSE, decline, OPEN, type XmlScanner } from './docx-xml.js';

/** The body reader around a table: cells hold blocks. */
export interface TableHost {
  readonly sc: XmlScanner;
  block(into: Block[]): void;
}

export function readTable(host: TableHost): Block {
  const { sc } = host;
  const rows: ReadCell[][] = [];
  for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
    if (token !== OPEN) continue;
    if (sc.name === 'w:tr') {
      const row = readRow(host);
      if (row) rows.push(row);
    } else if (MAMMOTH_READS.has(sc.name)) decline(`${sc.name} in a table`);
    else sc.skip();
  }
  return { kind: 'table', rows: mergeRows(rows) };
}

/** A row's cells, or null for a deleted row (w:trPr/w:del). */
function readRow(host: TableHost): ReadCell[] | null {
  const { sc } = host;
  const cells: ReadCell[] = [];
  let deleted = false;
  let seenProperties = false;
  for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
    if (token !== OPEN) continue;
    if (sc.name === 'w:tc') cells.push(readCell(host));
    else if (sc.name === 'w:trPr' && !seenProperties) {
      seenProperties = true;
      deleted = hasChild(sc, 'w:del');
    } else if (MAMMOTH_READS.has(sc.name)) decline(`${sc.name} in a table row`);
    else sc.skip();
  }
  return deleted ? null : cells;
}

function readCell(host: TableHost): ReadCell {
  const { sc } = host;
  const cell: ReadCell = { blocks: [], colSpan: 1, vMerge: null };
  let seenProperties = false;
  for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
    if (token !== OPEN) continue;
    if (sc.name === 'w:tcPr' && !seenProperties) {
      seenProperties = true;
      cellProperties(sc, cell);
    } else host.block(cell.blocks);
  }
  return cell;
}

function cellProperties(sc: XmlScanner, cell: ReadCell): void {
  const seen = new Set<string>();
  for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
    if (token !== OPEN) continue;
    const first = !seen.has(sc.name);
    seen.add(sc.name);
    if (first && sc.name === 'w:gridSpan') {
      const span = sc.attr('w:val');
      if (span) cell.colSpan = /^[1-9]\d{0,2}$/.test(span) ? Number(span) : decline('unusual gridSpan');
    }
    if (first && sc.name === 'w:vMerge') {
      const value = sc.attr('w:val');
      cell.vMerge = value === 'continue' || !value;
    }
    sc.skip();
  }
}

/** Reads the element just opened; whether a child has the name. */
export function hasChild(sc: XmlScanner, name: string): boolean {
  let found = false;
  for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
    if (token !== OPEN) continue;
    if (sc.name === name) found = true;
    sc.skip();
  }
  return found;
}

/** Reads the element just opened; whether anything inside has the name. */
export function hasDescendant(sc: XmlScanner, name: string): boolean {
  let found = false;
  for (let depth = 1; depth > 0;) {
    const token = sc.next();
    if (token === OPEN && sc.name === name) found = true;
    depth += token === OPEN ? 1 : token === CLOSE ? -1 : 0;
  }
  return found;
}
