/**
 * Which part of the plan a line is in, from the heading tree: its section title, and whether the
 * section reviews the past (编制背景, 十三五回顾, 发展基础…) rather than setting targets.
 */
import type { Heading } from '../../model/types.js';
import { lastAtOrBefore as lastLineAtOrBefore } from './sorted.js';

// 发展基础 and 现状 only open a title: "夯实残疾人事业发展基础" is a task, "发展基础与面临形势" a review.
const BACKGROUND_TITLE = /背景|回顾|十三五|^(?:发展|现实|工作)基础|成就|^(?:发展)?现状|发展环境|面临的?形势|发展形势/;

export interface SectionMap {
  /** Title of the nearest heading at or above the line, or null. */
  titleAt(line: number): string | null;
  isBackground(line: number): boolean;
  /** True when some heading names a background section (so paragraph cues are only a fallback). */
  hasBackground: boolean;
}

/** `flatHeadings`: the heading tree flattened (flattenHeadings), in any order. */
export function mapSections(flatHeadings: readonly Heading[]): SectionMap {
  const flat = [...flatHeadings].sort((a, b) => a.line - b.line);
  const ranges: Array<[number, number]> = [];
  flat.forEach((h, i) => {
    if (!BACKGROUND_TITLE.test(h.title)) return;
    const next = flat.slice(i + 1).find((n) => n.level <= h.level);
    ranges.push([h.line, next ? next.line - 1 : Number.POSITIVE_INFINITY]);
  });
  const lines = flat.map((h) => h.line);
  return {
    titleAt: (line) => flat[lastLineAtOrBefore(lines, line)]?.title ?? null,
    isBackground: (line) => {
      for (const [from, to] of ranges) if (line >= from && line <= to) return true;
      return false;
    },
    hasBackground: ranges.length > 0,
  };
}
