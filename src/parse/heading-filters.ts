/**
 * Numbered lines that look like headings but are not: groups inside key-project boxes, and short
 * items in a run of numbered paragraphs.
 */
import type { NumberedAt } from './heading-readings.js';
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
 * "27.…。…"): a short title there is an item without body text, not a heading. `numbered` holds
 * the numbered lines of the document in order (see readingsOf).
 */
export function itemsAmongParagraphs(numbered: readonly NumberedAt[]): Set<number> {
  const items: NumberedAt[] = [];
  for (const n of numbered) if (ITEM_STYLES.has(n.numbered.style)) items.push(n);
  const inRun = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    const { line, numbered: item } = items[i] as NumberedAt;
    const previous = i > 0 ? (items[i - 1] as NumberedAt).numbered : undefined;
    const next = i + 1 < items.length ? (items[i + 1] as NumberedAt).numbered : undefined;
    // A neighbour in the run (same style, the number before or after) that is not heading-shaped.
    const paragraphBefore = previous?.style === item.style && previous.number === item.number - 1 && !looksLikeHeading(previous);
    const paragraphAfter = next?.style === item.style && next.number === item.number + 1 && !looksLikeHeading(next);
    if (paragraphBefore || paragraphAfter) inRun.add(line);
  }
  return inRun;
}
