import type { CellMark } from './report.js';

/** How each mark is shown: a short marker in text formats, a fill in xlsx, and a legend line. */
export interface MarkStyle {
  marker: string;
  label: string;
  /** ARGB fill colour for xlsx. */
  fill: string;
}

export const MARK_STYLES: Record<CellMark, MarkStyle> = {
  most: { marker: '▲', label: 'most ambitious', fill: 'FFC6EFCE' },
  least: { marker: '▼', label: 'least ambitious', fill: 'FFFFEB9C' },
  'not-comparable': { marker: '≠', label: 'not comparable (different unit or measure)', fill: 'FFD9D9D9' },
  missing: { marker: '∅', label: 'no such target', fill: 'FFF2F2F2' },
  uncertain: { marker: '?', label: 'uncertain match', fill: 'FFFCE4D6' },
  behind: { marker: '↓', label: 'behind schedule', fill: 'FFFFC7CE' },
  met: { marker: '✓', label: 'target met', fill: 'FFC6EFCE' },
  problem: { marker: '!', label: 'problem in the returned form', fill: 'FFFFC7CE' },
};

/** Marks that occur in the given cells, in the fixed order of MARK_STYLES (for a stable legend). */
export function marksUsed(marks: Iterable<CellMark | undefined>): CellMark[] {
  const seen = new Set<CellMark>();
  for (const mark of marks) if (mark) seen.add(mark);
  return (Object.keys(MARK_STYLES) as CellMark[]).filter((mark) => seen.has(mark));
}
