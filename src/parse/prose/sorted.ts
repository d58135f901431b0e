/** The last of `items` (sorted ascending by `key`) whose key is ≤ `value`, by binary search. */
export function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, value: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid] as T;
    if (key(item) <= value) [found, lo] = [item, mid + 1];
    else hi = mid - 1;
  }
  return found;
}
