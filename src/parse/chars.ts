/**
 * Character tests by code unit, for loops that would otherwise make strings (trim, slice) or run
 * a regex per line only to learn one fact about a line.
 */

/** What /\s/ (and so trim, trimEnd) treats as white space. */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where `text.slice(0, end).trimEnd()` ends. */
export function trimmedEnd(text: string, end = text.length): number {
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Where `text.trimStart()` starts. */
export function trimmedStart(text: string): number {
  let start = 0;
  while (start < text.length && isWhiteSpace(text.charCodeAt(start))) start++;
  return start;
}
