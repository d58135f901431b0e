/**
 * Measure names as the consistency checks compare them: keys (see measureKey) and their bigrams,
 * made at most once per name and plan, and a cheap upper bound of two names' similarity that
 * needs only one of the two keys.
 */
import { bigrams, diceOfBigrams, type Bigrams } from '../text/bigrams.js';
import { measureKey } from '../text/measure-key.js';

/** A measure name, its key and the key's bigrams, each computed when first needed. */
export class KeyedName {
  private key: string | null = null;
  private grams: Bigrams | null = null;

  constructor(private readonly name: string) {}

  keyOf(): string {
    return (this.key ??= measureKey(this.name));
  }

  gramsOf(): Bigrams {
    return (this.grams ??= bigrams(this.keyOf()));
  }
}

/** measureSimilarity (prose/similarity.ts) of two names; bigrams only when the keys differ. */
export function similarity(a: KeyedName, b: KeyedName): number {
  const [x, y] = [a.keyOf(), b.keyOf()];
  if (x === '' || y === '') return 0;
  return x === y ? 1 : diceOfBigrams(a.gramsOf(), b.gramsOf());
}

// Which code units (mod 4096) the last marked text holds: SEEN[c & 4095] === stamp. A collision
// only makes the bound larger, never wrong. Only the latest mark is kept: a bound asked with an
// older one answers 1 (no bound) rather than read characters another text marked since.
const SEEN = new Uint32Array(4096);
let stamp = 0;

/** Marks the characters of `text` for similarityBound; returns the mark to pass it. */
export function markCharacters(text: string): number {
  if (stamp === 0xffffffff) {
    SEEN.fill(0);
    stamp = 0;
  }
  stamp++;
  for (let i = 0; i < text.length; i++) SEEN[text.charCodeAt(i) & 4095] = stamp;
  return stamp;
}

/**
 * An upper bound of similarity(name, other) from name's key and the characters of the other
 * name or of its key (marked by markCharacters, `mark`). A key keeps some of its name's
 * characters, so a bigram both keys share has both characters in the other name: with S such
 * bigrams of the key (n in all), the Dice 2·shared / (n + m) is at most 2S / (n + S), and at most
 * 2·min(S, m) / (n + m) when the other key's bigram count m is known (`otherPairs`, else -1).
 */
export function similarityBound(key: string, mark: number, otherPairs = -1): number {
  if (key === '') return 0;
  if (mark !== stamp) return 1;
  let shared = 0;
  let seen = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    // Bigrams are of code points: no bound for the rare key outside the BMP.
    if (c >= 0xd800 && c <= 0xdfff) return 1;
    const here = SEEN[c & 4095] === mark;
    if (seen && here) shared++;
    seen = here;
  }
  // A key of one character is its own single "bigram".
  if (key.length === 1) return seen ? 1 : 0;
  if (otherPairs < 1) return (2 * shared) / (key.length - 1 + shared);
  return (2 * Math.min(shared, otherPairs)) / (key.length - 1 + otherPairs);
}

/** The bigram count of a key of BMP characters only, at least two; -1 for any other key. */
export function bigramCount(key: string): number {
  if (key.length < 2) return -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return -1;
  }
  return key.length - 1;
}
