import { COMMON_HANZI } from './legacy-tables.js';

/**
 * Characters that make up almost all running Chinese text: GB2312 level 1 (3,755 simplified
 * hanzi) and Big5's frequent range (5,401 traditional hanzi). Text decoded with the wrong
 * encoding is full of valid but rare characters, so the share of these separates a right
 * decoding from mojibake. Made from the decoders' own tables at build time (legacy-tables.ts).
 */
let commonHanzi: Set<number> | null = null;

export function commonHanziSet(): Set<number> {
  if (commonHanzi) return commonHanzi;
  const set = new Set<number>();
  for (const char of COMMON_HANZI) set.add(char.codePointAt(0)!);
  commonHanzi = set;
  return set;
}
