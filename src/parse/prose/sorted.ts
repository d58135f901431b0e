/** Binary search over ascending numbers (line starts, offsets). */

/** Index of the last sorted value at or before `value`, or -1. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= value) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}
