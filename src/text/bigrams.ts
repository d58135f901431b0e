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
  const keys = new Float64Array(Math.max(codePoints(text) - 1, 0));
  let pairs = 0;
  let characters = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) as number;
    if (c > 0xffff) i++;
    if (characters++ > 0) keys[pairs++] = previous * PLANES + c;
    previous = c;
  }
  if (characters === 1) return Float64Array.of(-1 - previous);
  return keys.length > SHORT ? keys.sort() : insertionSorted(keys);
}

/** The code points of `text`, as codePointAt reads them (a lone surrogate is one). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) continue;
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      count--;
      i++;
    }
  }
  return count;
}

// Measure keys hold a few bigrams: sorting them in place costs less than the runtime call of sort().
const SHORT = 24;

function insertionSorted(keys: Float64Array): Float64Array {
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as number;
    let j = i - 1;
    while (j >= 0 && (keys[j] as number) > key) {
      keys[j + 1] = keys[j] as number;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
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
