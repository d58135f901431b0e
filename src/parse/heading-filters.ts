/**
 * Numbered lines that look like headings but are not: groups inside key-project boxes, and short
 * items in a run of numbered paragraphs.
 */
import type { Line } from './lines.js';
import { looksLikeHeading, type NumberedLine, type NumberingStyle } from './heading-numbering.js';

/**
 * Key-project boxes (专栏N) number their groups 一、二、… from one again. Inside a box, a numbering
 * that restarts at one or continues the box's own run belongs to the box; the first numbering
 * that does neither ends the box and is a heading of the main text.
 */
export class BoxTracker {
  private inner: Map<NumberingStyle, number> | null = null;

  enter(): void {
    this.inner = new Map();
  }

  leave(): void {
    this.inner = null;
  }

  /** True when the numbered line is a group inside the current box. */
  claims(numbered: NumberedLine): boolean {
    if (!this.inner) return false;
    const last = this.inner.get(numbered.style);
    if (numbered.number === 1 || (last !== undefined && numbered.number === last + 1)) {
      this.inner.set(numbered.style, numbered.number);
      return true;
    }
    this.inner = null;
    return false;
  }

  /** Record a box group that the TOC ruled out as a heading, so the box's numbering run continues. */
  note(numbered: NumberedLine): void {
    this.inner?.set(numbered.style, numbered.number);
  }
}

const ITEM_STYLES: ReadonlySet<NumberingStyle> = new Set(['arabic', 'paren-arabic']);

/**
 * Lines whose Arabic item number sits in a run of paragraph-shaped items ("25.…。…", "26.短标题",
 * "27.…。…"): a short title there is an item without body text, not a heading. `readings` holds
 * readNumbering of each line's trimmed text, null for lines with cells.
 */
export function itemsAmongParagraphs(lines: readonly Line[], readings: readonly (NumberedLine | null)[]): Set<number> {
  const items: Array<{ line: number; numbered: NumberedLine }> = [];
  lines.forEach((line, i) => {
    const numbered = readings[i];
    if (numbered && ITEM_STYLES.has(numbered.style)) items.push({ line: line.no, numbered });
  });
  const inRun = new Set<number>();
  items.forEach((item, i) => {
    const { style, number } = item.numbered;
    const previous = items[i - 1];
    const next = items[i + 1];
    const neighbours = [
      previous?.numbered.style === style && previous.numbered.number === number - 1 ? previous : null,
      next?.numbered.style === style && next.numbered.number === number + 1 ? next : null,
    ];
    if (neighbours.some((n) => n && !looksLikeHeading(n.numbered))) inRun.add(item.line);
  });
  return inRun;
}
