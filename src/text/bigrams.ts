/**
 * Character-bigram similarity, shared by the parser (duplicate tasks, measure names in the
 * consistency checks) and the normaliser (indicator catalogue). Depends on nothing, so the parse
 * stage can use it without loading normalize's data files.
 */

/**
 * Multiset of character bigrams (code points; a single character counts as one "bigram"), kept
 * as sorted numeric keys: comparing two is a merge walk, with no string or map per bigram.
 */
export type Bigrams = Float64Array;

const PLANES = 0x110000;

export function bigrams(text: string): Bigrams {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) as number;
    if (c > 0xffff) i++;
    codes.push(c);
  }
  if (codes.length === 1) return Float64Array.of(-1 - (codes[0] as number));
  const keys = new Float64Array(Math.max(codes.length - 1, 0));
  for (let i = 0; i + 1 < codes.length; i++) keys[i] = (codes[i] as number) * PLANES + (codes[i + 1] as number);
  return keys.sort();
}

/** Sørensen–Dice coefficient of two bigram multisets, in [0, 1]. */
export function diceOfBigrams(a: Bigrams, b: Bigrams): number {
  const total = a.length + b.length;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Dice similarity of two strings' character bigrams; 1 for equal non-empty strings, 0 for empty ones. */
export function dice(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  return diceOfBigrams(bigrams(a), bigrams(b));
}
