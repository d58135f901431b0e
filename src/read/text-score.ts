import { commonHanziSet } from './common-chars.js';

/** Below this score no decoding reads as text. */
export const MIN_TEXT_SCORE = 0.55;

/**
 * How much a decoded string looks like Chinese document text, from -1 (garbage) to 1.
 * Common hanzi, CJK punctuation, digits, ASCII punctuation and whitespace count fully;
 * Latin letters half (plans use few, mojibake of UTF-16 produces many); rare characters
 * a little; control characters, U+FFFD and private-use characters count against.
 */
export function textScore(text: string): number {
  const weights = bmpWeights();
  let total = 0;
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair is one character; a lone surrogate counts as itself (as codePointAt reads it).
    const code = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i) as number : unit;
    total++;
    if (code > 0xffff) {
      i++;
      sum += charWeight(code, commonHanziSet());
    } else sum += weights[code] as number;
  }
  return total === 0 ? 0 : sum / total;
}

// charWeight of every BMP code point, filled once by ranges: a typed-array read instead of range
// tests and a Set lookup per character (textScore runs over every legacy-encoded file's sample).
let bmpTable: Float64Array | null = null;

function bmpWeights(): Float64Array {
  if (bmpTable) return bmpTable;
  // charWeight's rules from the weakest to the strongest, each range written over the last.
  const table = new Float64Array(0x10000).fill(0.2);
  for (const [from, to] of FULL_WEIGHT_RANGES) table.fill(1, from, to + 1);
  for (const code of FULL_WEIGHT_CHARS) table[code] = 1;
  for (const code of commonHanziSet()) if (code <= 0xffff) table[code] = 1;
  for (let code = 0; code < 0x80; code++) table[code] = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 0.5 : 1;
  table.fill(-1, 0xe000, 0xf8ff + 1);
  for (let code = 0; code < 0xa0; code++) if (isControl(code)) table[code] = -1;
  table[0xfffd] = -1;
  bmpTable = table;
  return table;
}

// CJK symbols and punctuation, full-width forms (not half-width katakana), general punctuation, circled numbers.
const FULL_WEIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3000, 0x303f], [0xff00, 0xff60], [0xffe0, 0xffef], [0x2000, 0x206f], [0x2460, 0x24ff],
];
const FULL_WEIGHT_CHARS = [0xb7, 0xd7, 0xf7, 0xb0, 0xa0];

/** Share of control characters (other than tab, line feed, carriage return, form feed). */
export function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code)) controls++;
  }
  return controls / text.length;
}

/** Any character isControl counts, in one native scan. */
export const HAS_CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/;

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
    (code >= 0x7f && code < 0xa0);
}

/** The weight of one character, rule by rule (bmpWeights holds it for every BMP code point). */
export function charWeight(code: number, common: Set<number>): number {
  if (isControl(code) || code === 0xfffd) return -1;
  if (code >= 0xe000 && code <= 0xf8ff) return -1;
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 0.5 : 1;
  if (common.has(code)) return 1;
  if (FULL_WEIGHT_RANGES.some(([from, to]) => code >= from && code <= to)) return 1;
  if (FULL_WEIGHT_CHARS.includes(code)) return 1;
  return 0.2;
}
