import iconv from 'iconv-lite';
import { isAscii, isUtf8 } from 'node:buffer';
import { asBuffer } from './byte-signals.js';
import { decoded, displayName, type DecodeResult, type Method } from './decode-result.js';
import { readDiagnostic } from './diagnostic.js';
import { MIN_TEXT_SCORE, textScore } from './text-score.js';

/** Files pasted together from parts in different encodings: found and decoded line by line. */

// A legacy-encoded file is read line by line when at least this many, and this share, of its
// non-ASCII lines are UTF-8 that reads clearly better as UTF-8 than in the legacy encoding.
const MIN_UTF8_LINES = 2;
const MIN_UTF8_SHARE = 0.05;
const UTF8_EVIDENCE_MARGIN = 0.25;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file read in a legacy encoding, unless a substantial share of its lines are UTF-8 (parts
 * pasted together from files in different encodings): then it is decoded line by line.
 */
export function legacyOrMixed(bytes: Uint8Array, text: string | null, legacy: string, method: Method, file: string): DecodeResult {
  // Runs on every legacy file: lines are checked byte by byte (most legacy lines fail at their
  // first non-ASCII byte); only lines shaped like UTF-8 are validated and scored.
  let evidence = 0;
  let nonNeutral = 0;
  let lf = bytes.indexOf(0x0a);
  let cr = bytes.indexOf(0x0d);
  for (let start = 0; start < bytes.length;) {
    if (lf >= 0 && lf < start) lf = bytes.indexOf(0x0a, start);
    if (cr >= 0 && cr < start) cr = bytes.indexOf(0x0d, start);
    const brk = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    const end = brk < 0 ? bytes.length : brk + 1;
    let high = false;
    let utf8Shaped = true;
    for (let i = start; i < end;) {
      if ((bytes[i] as number) < 0x80) {
        i++;
        continue;
      }
      high = true;
      i = afterUtf8Sequence(bytes, i, end);
      if (i < 0) {
        utf8Shaped = false;
        break;
      }
    }
    if (high) {
      nonNeutral++;
      if (utf8Shaped && lineKind(bytes.subarray(start, end), legacy) === UTF8_CLEARLY) evidence++;
    }
    start = end;
  }
  if (evidence >= MIN_UTF8_LINES && evidence >= nonNeutral * MIN_UTF8_SHARE) return mixedLines(bytes, file, legacy);
  return decoded(text ?? iconv.decode(asBuffer(bytes), legacy), displayName(legacy), method, file);
}

/** The index after the UTF-8-shaped sequence (lead byte, continuation bytes) at `i`, or -1. */
function afterUtf8Sequence(bytes: Uint8Array, i: number, end: number): number {
  const lead = bytes[i] as number;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > end) return -1;
  for (let k = 1; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return -1;
  return i + length;
}

const NEUTRAL = 0;
const LEGACY = 1;
const UTF8 = 2;
const UTF8_CLEARLY = 3;
type LineKind = typeof NEUTRAL | typeof LEGACY | typeof UTF8 | typeof UTF8_CLEARLY;

/**
 * One line's encoding: not valid UTF-8 → legacy; ASCII only → neutral (the same in both);
 * valid UTF-8 with multi-byte sequences → whichever decoding reads more like Chinese text
 * (a short legacy line can happen to be valid UTF-8; its UTF-8 reading is then rare characters).
 */
function lineKind(chunk: Uint8Array, legacy: string): LineKind {
  if (!isUtf8(chunk)) return LEGACY;
  if (isAscii(chunk)) return NEUTRAL;
  const asUtf8 = textScore(strictUtf8.decode(chunk));
  const asLegacy = textScore(iconv.decode(asBuffer(chunk), legacy));
  if (asUtf8 < asLegacy) return LEGACY;
  return asUtf8 >= asLegacy + UTF8_EVIDENCE_MARGIN && asUtf8 >= MIN_TEXT_SCORE ? UTF8_CLEARLY : UTF8;
}

/**
 * Calls `visit` with each line's bytes (line break included) and 1-based line number. Lines end
 * at LF, CR or CRLF, as the decoded text counts them; no legacy multi-byte character (GB18030,
 * Big5, Shift_JIS, EUC) contains either byte.
 */
function forEachLine(bytes: Uint8Array, visit: (chunk: Uint8Array, line: number) => void): void {
  let lf = bytes.indexOf(0x0a);
  let cr = bytes.indexOf(0x0d);
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    if (lf >= 0 && lf < start) lf = bytes.indexOf(0x0a, start);
    if (cr >= 0 && cr < start) cr = bytes.indexOf(0x0d, start);
    const brk = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    let end = brk < 0 ? bytes.length : brk + 1;
    if (brk >= 0 && bytes[brk] === 0x0d && bytes[end] === 0x0a) end++;
    visit(bytes.subarray(start, end), line);
    start = end;
  }
}

/**
 * Lines in UTF-8 and lines in a legacy encoding (pasted together): each line is decoded as
 * UTF-8 when it is valid UTF-8 with multi-byte sequences that read better so, else in `legacy`.
 * Warns with the first line where the encoding switches.
 */
export function mixedLines(bytes: Uint8Array, file: string, legacy: string): DecodeResult {
  const parts: string[] = [];
  const legacyLines: number[] = [];
  const switches: number[] = [];
  let utf8Lines = 0;
  let current: boolean | null = null;
  forEachLine(bytes, (chunk, line) => {
    const kind = lineKind(chunk, legacy);
    if (kind === LEGACY) {
      parts.push(iconv.decode(asBuffer(chunk), legacy));
      legacyLines.push(line);
    } else {
      parts.push(strictUtf8.decode(chunk));
      if (kind !== NEUTRAL) utf8Lines++;
    }
    if (kind === NEUTRAL) return;
    const utf8 = kind !== LEGACY;
    if (current !== null && utf8 !== current) switches.push(line);
    current = utf8;
  });
  const name = displayName(legacy);
  const result = decoded(parts.join(''), utf8Lines >= legacyLines.length ? 'UTF-8' : name, 'detected', file);
  const first = switches[0] ?? legacyLines[0] ?? null;
  result.diagnostics.push(readDiagnostic('warning', file, 'read/mixed-encoding',
    `mixed encodings: ${utf8Lines} line(s) read as UTF-8 and ${legacyLines.length} as ${name}, the encoding switches first at line ${first}`,
    { legacy: name, utf8Lines, lines: legacyLines.slice(0, 20), switches: switches.slice(0, 20) }, first));
  return result;
}
