import type { analyse as Analyse } from 'chardet';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { asBuffer, bomEncoding, hasNul, looksLikeUtf16 } from './byte-signals.js';
import { decodeIfCleanStart } from './clean-legacy.js';
import { binary, decoded, displayName, type DecodeResult } from './decode-result.js';
import { legacyOrMixed, mixedLines } from './mixed-encoding.js';
import { controlShare, MIN_TEXT_SCORE, textScore } from './text-score.js';
import { validUtf8Text } from './utf8-text.js';

export type { DecodeResult } from './decode-result.js';

// Detection looks at a sample; decoding a 200 MB file five ways would dominate the run.
const SAMPLE_BYTES = 256 * 1024;
const MAX_CONTROL_SHARE = 0.02;

/**
 * Bytes → text: BOM first, then strict UTF-8, then the candidate that reads most like Chinese
 * text among the detector's guesses (chardet) and the usual legacy encodings (decoded with
 * iconv-lite). `declared` is an encoding the document names itself (HTML meta charset).
 */
export function decodeBytes(bytes: Uint8Array, file: string, declared: string | null = null): DecodeResult {
  const bom = bomEncoding(bytes);
  if (bom) return decoded(bomText(bytes, bom.iconv), bom.name, 'bom', file);

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const nul = hasNul(sample);
  if (!nul) {
    // Validation is a native scan; decoding valid bytes needs no error checks (no BOM reaches here).
    if (isUtf8(bytes)) return decoded(validUtf8Text(bytes), 'UTF-8', 'utf-8', file);
  }
  if (nul && !looksLikeUtf16(sample)) return binary(file, 'NUL bytes');

  // Most legacy Chinese files are GBK/GB18030: accept a clean reading without the detector.
  const clean = !nul && !declared ? decodeIfCleanStart(bytes, 'gb18030') : null;
  if (clean !== null) return legacyOrMixed(bytes, clean, 'gb18030', 'detected', file);
  const candidates = nul ? ['utf-16le', 'utf-16be'] : candidateEncodings(sample, declared);
  let best: { name: string; score: number } | null = null;
  for (const name of candidates) {
    const text = iconv.decode(asBuffer(sample), name);
    const score = textScore(text) + (name === declared ? 0.05 : 0);
    if (controlShare(text) <= MAX_CONTROL_SHARE && (!best || score > best.score)) best = { name, score };
  }
  if (!best || best.score < MIN_TEXT_SCORE) return binary(file, 'no encoding yields readable text');
  if (best.name === 'utf-8') return mixedLines(bytes, file, 'gb18030');
  const method = best.name === declared ? 'declared' : 'detected';
  if (nul) return decoded(iconv.decode(asBuffer(bytes), best.name), displayName(best.name), method, file);
  return legacyOrMixed(bytes, null, best.name, method, file);
}

/**
 * Text after a byte-order mark. Valid UTF-8 after a UTF-8 BOM is the BOM's U+FEFF, which
 * iconv-lite strips, followed by the rest's only reading; anything else goes to iconv-lite.
 */
function bomText(bytes: Uint8Array, encoding: string): string {
  const rest = bytes.subarray(3);
  if (encoding === 'utf-8' && isUtf8(rest)) return validUtf8Text(rest);
  return iconv.decode(asBuffer(bytes), encoding);
}

// The detector is needed only for files that are neither UTF-8 nor clean GB18030: loaded then.
const require = createRequire(import.meta.url);
let detector: typeof Analyse | null = null;
const analyse = (sample: Uint8Array): ReturnType<typeof Analyse> =>
  (detector ??= (require('chardet') as { analyse: typeof Analyse }).analyse)(sample);

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
