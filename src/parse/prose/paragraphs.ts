/**
 * Prose as the parser reads it: hard-wrapped lines joined back into paragraphs (PDF and Word
 * exports break sentences mid-word, even across page numbers), then split into sentences and
 * clauses, every character still traceable to its `Line.no`.
 */
import type { Line } from '../lines.js';
import { toHalfWidth } from '../numerals.js';
import { codeTable } from '../chars.js';
import { lastAtOrBefore } from './sorted.js';

export interface Paragraph {
  /** Joined text, full-width digits and signs made ASCII (same length, so offsets hold). */
  text: string;
  /** starts[i] is the offset in `text` where line lineNos[i] begins. */
  starts: number[];
  lineNos: number[];
}

export type { Span } from './sentences.js';

// A page number between two halves of a sentence: "— 6 —", "- 12 -", "6".
const PAGE_NUMBER = /^[—\-–－\s]*\d{1,3}[—\-–－\s]*$/;
// Lines that begin a new block even when the previous line has no final punctuation.
const BLOCK_START =
  /^(?:\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]{1,3}[章节条]|——|专栏|责任单位|牵头单位)/;
// A wrapped line is a long one; short unpunctuated lines are titles, captions or table cells.
const MIN_WRAPPED_LENGTH = 16;

// Characters that end a sentence or lead into what follows, by code: 。；;！？!?：: (a line's last
// character is looked up, not passed to a call, on every line).
const END_MARK = codeTable('。；;！？!?：:');

/**
 * Paragraphs of prose; table rows (tab-separated lines) and page numbers are left out. Only those
 * whose joined text (as written, before `toHalfWidth`) `keep` accepts are built: most paragraphs
 * state no figure, and a rejected one costs no half-width copy and no offset arrays.
 */
export function buildParagraphs(lines: readonly Line[], headingLines: ReadonlySet<number>, keep: (written: string) => boolean = () => true): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // The lines of the paragraph being joined, members[0..count); reused (and never truncated: setting
  // an array's length is a call), so a rejected paragraph allocates no array.
  const members: Line[] = [];
  let count = 0;
  let written = '';
  const close = (): void => {
    if (count > 0 && keep(written)) paragraphs.push(paragraphOf(members, count, written));
    count = 0;
    written = '';
  };
  // The previous prose line while a paragraph is being joined (null after a table row).
  let last: Line | null = null;
  for (const line of lines) {
    const text = line.text;
    if (line.cells !== null) {
      close();
      last = null;
      continue;
    }
    // PAGE_NUMBER.test, skipped for text that opens with a CJK ideograph (no dash, space or digit).
    if (text === '') continue;
    const first = text.charCodeAt(0);
    if (!(first >= 0x4e00 && first <= 0x9fff) && PAGE_NUMBER.test(text)) continue;
    // Does `last` continue on this line? The cheapest test first: most lines end their sentence.
    const prev = last === null ? '' : last.text;
    const continues =
      last !== null && prev.length >= MIN_WRAPPED_LENGTH && END_MARK[prev.charCodeAt(prev.length - 1)] === 0 &&
      !headingLines.has(last.no) && !headingLines.has(line.no) && !BLOCK_START.test(text);
    if (!continues) close();
    members[count++] = line;
    written += text;
    last = line;
  }
  close();
  return paragraphs;
}

function paragraphOf(members: readonly Line[], count: number, written: string): Paragraph {
  const starts: number[] = [];
  const lineNos: number[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const line = members[i] as Line;
    starts.push(at);
    lineNos.push(line.no);
    at += line.text.length;
  }
  // toHalfWidth maps character by character, so the joined text's offsets are the lines' offsets.
  return { text: toHalfWidth(written), starts, lineNos };
}

/** The line a paragraph offset lies on. */
export function lineAt(paragraph: Paragraph, offset: number): number {
  return paragraph.lineNos[Math.max(0, lastAtOrBefore(paragraph.starts, offset))] ?? 0;
}
