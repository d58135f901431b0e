/**
 * String helpers shared by the indicator and department matchers: width folding and
 * punctuation stripping. Bigram similarity is in src/text/bigrams.ts (the parser uses it too).
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

/** Round to three decimals so confidences print and compare stably. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Code-point order comparison (locale-independent, deterministic). */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
