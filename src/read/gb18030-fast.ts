import iconv from 'iconv-lite';
import { LEADS, TRAILS } from './legacy-table-shape.js';
import { GB18030_PAIRS } from './legacy-tables.js';

/**
 * GB18030 decoding of well-formed text, about three times cheaper than iconv-lite's decoder
 * and giving exactly its output: every two-byte character is looked up in a table made from
 * iconv-lite itself at build time (src/tools/legacy-tables.ts); four-byte ones are asked of it. Text that is ASCII, two-byte codes and four-byte codes is decoded here; at the first
 * byte that starts anything else (a lone 0x80 or 0xFF, an unassigned or truncated sequence)
 * the caller falls back to iconv-lite for the whole input, so its error handling is untouched.
 *
 * Why a table lookup equals iconv-lite's output: its decoder is a trie walked from the root at
 * every character boundary, so a complete sequence decodes the same alone as inside a text.
 * A pair is taken as a unit only when iconv-lite reads those two bytes as one character.
 */

let pairTable: Uint16Array | null = null;
// Four-byte characters seen (rare in Chinese text); cleared when full, so memory stays bounded.
const fourByteCache = new Map<number, string | null>();
const FOUR_BYTE_CACHE_SIZE = 4096;
// Asking iconv-lite about one sequence costs microseconds: past this many new four-byte
// characters in one input, decoding all of it with iconv-lite is cheaper.
const MAX_NEW_FOUR_BYTE = 64;

/** iconv-lite's character for each lead/trail pair (index lead << 8 | trail), 0 where none. */
function pairs(): Uint16Array {
  if (pairTable) return pairTable;
  // Made at build time from iconv-lite (legacy-tables.ts): building it here cost each thread ~50 ms.
  const table = new Uint16Array(0x10000);
  const width = TRAILS.last - TRAILS.first + 1;
  for (let i = 0; i < GB18030_PAIRS.length; i++) {
    const lead = LEADS.first + Math.floor(i / width);
    table[(lead << 8) | (TRAILS.first + (i % width))] = GB18030_PAIRS.charCodeAt(i);
  }
  pairTable = table;
  return table;
}

/** iconv-lite's reading of one four-byte sequence when it is one character, else null. */
function readFourByte(bytes: readonly number[]): string | null {
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  const one = text.length === 1 || (text.length === 2 && (text.codePointAt(0) as number) > 0xffff);
  return one && text !== '\ufffd' ? text : null;
}

/** `bytes` decoded as GB18030 exactly as iconv-lite decodes them, or null (use iconv-lite). */
export function decodeWellFormedGb18030(bytes: Uint8Array): string | null {
  const table = pairs();
  if (table[0x8140] === 0) return null;
  const out = new Uint16Array(bytes.length);
  let n = 0;
  let newFourByte = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) {
      out[n++] = byte;
      continue;
    }
    const next = bytes[i + 1] ?? 0;
    const unit = table[(byte << 8) | next] as number;
    if (unit !== 0) {
      out[n++] = unit;
      i++;
    } else if (next >= 0x30 && next <= 0x39 && i + 3 < bytes.length) {
      const third = bytes[i + 2] as number;
      const fourth = bytes[i + 3] as number;
      const key = ((byte << 24) | (next << 16) | (third << 8) | fourth) >>> 0;
      let char = fourByteCache.get(key);
      if (char === undefined) {
        if (++newFourByte > MAX_NEW_FOUR_BYTE) return null;
        char = readFourByte([byte, next, third, fourth]);
        if (fourByteCache.size >= FOUR_BYTE_CACHE_SIZE) fourByteCache.clear();
        fourByteCache.set(key, char);
      }
      if (char === null) return null;
      for (let k = 0; k < char.length; k++) out[n++] = char.charCodeAt(k);
      i += 3;
    } else return null;
  }
  return Buffer.from(out.buffer, 0, n * 2).toString('utf16le');
}
