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

// charWeight of every BMP code point, filled once: a typed-array read instead of range tests
// and a Set lookup per character (textScore runs over every legacy-encoded file's sample).
let bmpTable: Float64Array | null = null;

function bmpWeights(): Float64Array {
  if (bmpTable) return bmpTable;
  const common = commonHanziSet();
  const table = new Float64Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = charWeight(code, common);
  bmpTable = table;
  return table;
}

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

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
    (code >= 0x7f && code < 0xa0);
}

function charWeight(code: number, common: Set<number>): number {
  if (isControl(code) || code === 0xfffd) return -1;
  if (code >= 0xe000 && code <= 0xf8ff) return -1;
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 0.5 : 1;
  if (common.has(code)) return 1;
  // CJK symbols and punctuation, full-width forms (not half-width katakana), general punctuation, circled numbers.
  if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffef)) return 1;
  if ((code >= 0x2000 && code <= 0x206f) || (code >= 0x2460 && code <= 0x24ff)) return 1;
  if (code === 0xb7 || code === 0xd7 || code === 0xf7 || code === 0xb0 || code === 0xa0) return 1;
  return 0.2;
}
