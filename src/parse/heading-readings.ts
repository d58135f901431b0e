/**
 * Each line's numbering (readNumbering of its trimmed text), read once per document: the heading
 * tree and its list-item filter both need it.
 */
import { isWhiteSpace } from './chars.js';
import type { Line } from './lines.js';
import { opensNumbering, readNumbering, type NumberedLine } from './heading-numbering.js';

/** A numbered line: its index in the lines, its line number and how it is numbered. */
export interface NumberedAt {
  index: number;
  line: number;
  numbered: NumberedLine;
}

// By code unit: OPENS when the character may open a numbering, SPACE when it is white space
// (the trimmed text starts further on).
const OPENS = 1;
const SPACE = 2;
const FIRST = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) FIRST[c] = isWhiteSpace(c) ? SPACE : opensNumbering(c) ? OPENS : 0;

/** Whether the trimmed `text` opens with a character that may open a numbering. */
function mayBeNumbered(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const kind = FIRST[text.charCodeAt(i)] as number;
    if (kind !== SPACE) return kind === OPENS;
  }
  return false;
}

/**
 * The numbered lines, in order; lines with cells are not read. Most lines are ruled out by their
 * first character, with no call, trim or pattern.
 */
export function readingsOf(lines: readonly Line[]): NumberedAt[] {
  const numbered: NumberedAt[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = line.text;
    if (line.cells !== null || text.length === 0) continue;
    const first = FIRST[text.charCodeAt(0)] as number;
    if (first === 0 || (first === SPACE && !mayBeNumbered(text))) continue;
    const reading = readNumbering(text.trim());
    if (reading !== null) numbered.push({ index: i, line: line.no, numbered: reading });
  }
  return numbered;
}
