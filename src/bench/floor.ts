/**
 * The floor every stage is measured against: read the bytes, decode (BOM, else strict UTF-8,
 * else GB18030) and split into lines, on one thread. Nothing real can be faster than this.
 */
import { readFileSync } from 'node:fs';
import { splitLines } from '../parse/lines.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');
const gb18030 = new TextDecoder('gb18030');

export function decodeForFloor(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16.decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8Lenient.decode(bytes.subarray(3));
  try {
    return utf8.decode(bytes);
  } catch {
    return gb18030.decode(bytes);
  }
}

export interface FloorResult {
  bytes: number;
  lines: number;
  ms: number;
}

export function floorPass(paths: readonly string[]): FloorResult {
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  for (const path of paths) {
    const raw = readFileSync(path);
    bytes += raw.byteLength;
    lines += splitLines(decodeForFloor(raw)).length;
  }
  return { bytes, lines, ms: performance.now() - started };
}
