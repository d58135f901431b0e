/**
 * Character tests by code unit, for loops that would otherwise make strings (trim, slice) or run
 * a regex per line only to learn one fact about a line.
 *
 * Code that calls charCodeAt never reads past the end of its string (or before its start): the
 * first such read gives NaN and makes V8 drop the optimized code, which it then rebuilds with a
 * generic call for that charCodeAt — several times slower in a per-character loop. Guard reads
 * with the length rather than rely on NaN failing every test.
 */

/** What /\s/ (and so trim, trimEnd) treats as white space. */
export function isWhiteSpace(c: number): boolean {
  // Han characters and full-width punctuation, most of a plan's text, are settled first.
  if (c > 0x3000) return c === 0xfeff;
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Per code unit, 1 for white space (isWhiteSpace): for loops that test every line, where a call per test costs more than the test. */
export const WHITE_SPACE = new Uint8Array(0x10000);
let whiteSpaceChars = '';
for (let c = 0; c < 0x10000; c++) {
  if (!isWhiteSpace(c)) continue;
  WHITE_SPACE[c] = 1;
  whiteSpaceChars += String.fromCharCode(c);
}
/** Every character /\s/ matches, for tables built from character lists. */
export const WHITE_SPACE_CHARS = whiteSpaceChars;

/**
 * Per code unit, 1 for each of `chars` (and for white space with `whiteSpace`): a lookup for a
 * loop that tests every line or character, where a call per test costs more than the test.
 */
export function codeTable(chars: Iterable<string>, options: { whiteSpace?: boolean } = {}): Uint8Array {
  const table = options.whiteSpace ? new Uint8Array(WHITE_SPACE) : new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** Where `text.slice(0, end).trimEnd()` ends. */
export function trimmedEnd(text: string, end = text.length): number {
  while (end > 0 && WHITE_SPACE[text.charCodeAt(end - 1)] === 1) end--;
  return end;
}

/** Where `text.trimStart()` starts. */
export function trimmedStart(text: string): number {
  let start = 0;
  while (start < text.length && WHITE_SPACE[text.charCodeAt(start)] === 1) start++;
  return start;
}

// One bit per character class made by charClass, by code unit.
const CLASSES = new Uint16Array(0x10000);
let classesMade = 0;

/**
 * A test for the characters of `chars` (single code units) by code: the prefilters run on every
 * line, where charAt (a new string per call) and includes cost several times more. NaN, the
 * code of the first character of '', is in no class.
 */
export function charClass(chars: string): (c: number) => boolean {
  if (classesMade >= 16) throw new Error('charClass: every bit of the table is taken');
  const bit = 1 << classesMade++;
  for (const ch of chars) CLASSES[ch.charCodeAt(0)]! |= bit;
  // NaN and codes past the table (none is in a class) are settled without an out-of-bounds read.
  return (c) => c <= 0xffff && ((CLASSES[c] as number) & bit) !== 0;
}
