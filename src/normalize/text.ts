/**
 * String helpers shared by the indicator and department matchers: width folding,
 * punctuation stripping and a character-bigram Dice similarity.
 */

/** Full-width → half-width (NFKC), CJK punctuation variants folded, spaces removed. */
export function foldWidth(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[“”"‘’'「」『』《》〈〉]/g, '')
    .replace(/[\s\u00a0\u3000]+/g, '');
}

/** Remove brackets and punctuation but keep the characters they enclose. */
export function stripPunctuation(s: string): string {
  return s.replace(/[()（）[\]【】{}<>、，,。.;；:：!！?？·•—\-_/\\|~～"'“”‘’]/g, '');
}

/** Multiset of character bigrams; a single character counts as one "bigram". */
export function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice coefficient over character bigrams, in [0, 1]. */
export function dice(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of ga.values()) total += n;
  for (const [g, n] of gb) {
    total += n;
    shared += Math.min(n, ga.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Round to three decimals so confidences print and compare stably. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Code-point order comparison (locale-independent, deterministic). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
