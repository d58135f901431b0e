/**
 * The floor every stage is measured against: read the bytes, decode (BOM, else valid UTF-8,
 * else GB18030) and split into raw lines, on one thread. Nothing that reads every file can be
 * faster. (The parser's line model, parse/lines.ts splitLines, is part of parsing, not the floor.)
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';

const gb18030 = new TextDecoder('gb18030');

export function decodeForFloor(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString('utf8', 3);
  return isUtf8(bytes) ? bytes.toString('utf8') : gb18030.decode(bytes);
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
    lines += decodeForFloor(raw).split(/\r\n|\r|\n/).length;
  }
  return { bytes, lines, ms: performance.now() - started };
}
