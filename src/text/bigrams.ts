/**
 * Character-bigram similarity, shared by the parser (duplicate tasks, measure names in the
 * consistency checks) and the normaliser (indicator catalogue). Depends on nothing, so the parse
 * stage can use it without loading normalize's data files.
 */

/** Multiset of character bigrams; a single character counts as one "bigram". */
export function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const counts = new Map<string, number>();
  if (chars.length === 1) counts.set(chars[0] as string, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice coefficient of two bigram multisets, in [0, 1]. */
export function diceOfBigrams(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const n of a.values()) total += n;
  for (const [pair, n] of b) {
    total += n;
    shared += Math.min(n, a.get(pair) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Dice similarity of two strings' character bigrams; 1 for equal non-empty strings, 0 for empty ones. */
export function dice(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  return diceOfBigrams(bigrams(a), bigrams(b));
}
