import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../model/types.js';
import { bomEncoding, hasNul, looksLikeUtf16, wholeLines } from './byte-signals.js';
import { readDiagnostic } from './diagnostic.js';
import { controlShare, textScore } from './text-score.js';

export interface DecodeResult {
  /** Decoded text (BOM removed, line breaks untouched), or null for binary data. */
  text: string | null;
  /** Encoding used ("UTF-8", "GB18030", "UTF-16LE" …), or null when nothing fitted. */
  encoding: string | null;
  diagnostics: Diagnostic[];
}

type Method = 'bom' | 'utf-8' | 'declared' | 'detected';

// Detection looks at a sample; decoding a 200 MB file five ways would dominate the run.
const SAMPLE_BYTES = 256 * 1024;
const QUICK_SAMPLE_BYTES = 16 * 1024;
const MIN_TEXT_SCORE = 0.55;
const MAX_CONTROL_SHARE = 0.02;

/** A Buffer view of the same memory (Buffer.from(Uint8Array) would copy it). */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes → text: BOM first, then strict UTF-8, then the candidate that reads most like Chinese
 * text among the detector's guesses (chardet) and the usual legacy encodings (decoded with
 * iconv-lite). `declared` is an encoding the document names itself (HTML meta charset).
 */
export function decodeBytes(bytes: Uint8Array, file: string, declared: string | null = null): DecodeResult {
  const bom = bomEncoding(bytes);
  if (bom) return decoded(iconv.decode(asBuffer(bytes), bom.iconv), bom.name, 'bom', file);

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const nul = hasNul(sample);
  if (!nul) {
    // Validation is a native scan; decoding valid bytes needs no error checks (no BOM reaches here).
    if (isUtf8(bytes)) return decoded(asBuffer(bytes).toString('utf8'), 'UTF-8', 'utf-8', file);
  }
  if (nul && !looksLikeUtf16(sample)) return binary(file, 'NUL bytes');

  // Most legacy Chinese files are GBK/GB18030: accept a clean reading without the detector.
  if (!nul && !declared && readsCleanly(iconv.decode(asBuffer(wholeLines(bytes, QUICK_SAMPLE_BYTES)), 'gb18030'))) {
    const text = iconv.decode(asBuffer(bytes), 'gb18030');
    if (!text.includes('\ufffd')) return decoded(text, 'GB18030', 'detected', file);
  }
  const candidates = nul ? ['utf-16le', 'utf-16be'] : candidateEncodings(sample, declared);
  let best: { name: string; score: number } | null = null;
  for (const name of candidates) {
    const text = iconv.decode(asBuffer(sample), name);
    const score = textScore(text) + (name === declared ? 0.05 : 0);
    if (controlShare(text) <= MAX_CONTROL_SHARE && (!best || score > best.score)) best = { name, score };
  }
  if (!best || best.score < MIN_TEXT_SCORE) return binary(file, 'no encoding yields readable text');
  if (best.name === 'utf-8') return mixedLines(bytes, file);
  const text = iconv.decode(asBuffer(bytes), best.name);
  return decoded(text, displayName(best.name), best.name === declared ? 'declared' : 'detected', file);
}

/** Mostly UTF-8 with some lines in GB18030 (pasted from another file): decode line by line. */
function mixedLines(bytes: Uint8Array, file: string): DecodeResult {
  const parts: string[] = [];
  const legacyLines: number[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline + 1;
    const chunk = bytes.subarray(start, end);
    if (isUtf8(chunk)) parts.push(strictUtf8.decode(chunk));
    else {
      parts.push(iconv.decode(asBuffer(chunk), 'gb18030'));
      legacyLines.push(line);
    }
    if (newline < 0) break;
    start = end;
  }
  const result = decoded(parts.join(''), 'UTF-8', 'detected', file);
  const first = legacyLines[0] ?? null;
  result.diagnostics.push(readDiagnostic('warning', file, 'read/mixed-encoding',
    `mixed encodings: ${legacyLines.length} line(s) are not UTF-8 and were read as GB18030 (first: line ${first})`,
    { lines: legacyLines.slice(0, 20) }, first));
  return result;
}

function decoded(text: string, encoding: string, method: Method, file: string): DecodeResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const info = readDiagnostic('info', file, 'read/encoding', `decoded as ${encoding} (${method})`, { encoding, method });
  return { text: clean, encoding, diagnostics: [info] };
}

function binary(file: string, reason: string): DecodeResult {
  const error = readDiagnostic('error', file, 'read/binary', 'not a text document (binary data)', { reason });
  return { text: null, encoding: null, diagnostics: [error] };
}

const CLEAN_SCORE = 0.85;

function readsCleanly(text: string): boolean {
  return !text.includes('\ufffd') && controlShare(text) === 0 && textScore(text) >= CLEAN_SCORE;
}

function candidateEncodings(sample: Uint8Array, declared: string | null): string[] {
  const names = new Set<string>();
  if (declared && iconv.encodingExists(declared)) names.add(declared.toLowerCase());
  for (const match of analyse(sample).slice(0, 4)) {
    const name = match.name.toLowerCase();
    if (match.confidence >= 10 && iconv.encodingExists(name)) names.add(name);
  }
  for (const name of ['gb18030', 'big5', 'utf-16le', 'utf-16be', 'utf-8']) names.add(name);
  return [...names];
}

const DISPLAY: Record<string, string> = {
  'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030',
  gbk: 'GBK', gb2312: 'GB2312', big5: 'Big5', 'shift_jis': 'Shift_JIS', 'euc-jp': 'EUC-JP', 'euc-kr': 'EUC-KR',
};

function displayName(name: string): string {
  return DISPLAY[name] ?? name;
}
