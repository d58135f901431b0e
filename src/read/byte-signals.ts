/** Byte-level signals read before any decoding: byte-order marks, NUL patterns, safe cut points. */

export function bomEncoding(bytes: Uint8Array): { name: string; iconv: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'UTF-8', iconv: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name: 'UTF-16LE', iconv: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'UTF-16BE', iconv: 'utf-16be' };
  return null;
}

/** The first `limit` bytes cut after a line feed, so no multi-byte character is split. */
export function wholeLines(bytes: Uint8Array, limit: number): Uint8Array {
  if (bytes.length <= limit) return bytes;
  const cut = bytes.lastIndexOf(0x0a, limit);
  return bytes.subarray(0, cut > 0 ? cut + 1 : limit);
}

export function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) >= 0;
}

/**
 * UTF-16 without BOM: ASCII characters (digits, line breaks) put NULs on one side; hanzi such
 * as U+4E00 put a few on the other. Binary data spreads them evenly.
 */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  return Math.min(even, odd) <= (even + odd) * 0.3;
}

/** A Buffer view of the same memory (Buffer.from(Uint8Array) would copy it), for iconv-lite and transcode. */
export const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
