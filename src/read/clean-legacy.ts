import iconv from 'iconv-lite';
import { wholeLines } from './byte-signals.js';
import { textScore } from './text-score.js';

/**
 * The quick legacy check: most legacy Chinese files are GBK/GB18030, accepted without the
 * detector when their first lines read cleanly. The sample is decoded as the first part of the
 * whole file rather than separately: the same characters, decoded once.
 */

const QUICK_SAMPLE_BYTES = 16 * 1024;
const CLEAN_SCORE = 0.85;
// The control characters text-score.ts's controlShare counts (not tab, LF, CR, form feed).
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/;

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function readsCleanly(text: string): boolean {
  return !text.includes('\ufffd') && !CONTROL.test(text) && textScore(text) >= CLEAN_SCORE;
}

/**
 * `bytes` decoded in `encoding` when the first lines (up to 16 KiB) read cleanly and the whole
 * has no U+FFFD; otherwise null.
 *
 * A sample cut after a line feed decodes to exactly the start of the whole text: no legacy
 * multi-byte sequence contains byte 0x0A, and iconv-lite's decoder, meeting it inside an
 * unfinished sequence, emits U+FFFD and reads the line feed again from its initial state. So
 * after a line feed the decoder holds nothing, and decoding on from there is decoding the rest.
 */
export function decodeIfCleanStart(bytes: Uint8Array, encoding: string): string | null {
  const sample = wholeLines(bytes, QUICK_SAMPLE_BYTES);
  let text: string;
  if (sample.length === bytes.length || sample[sample.length - 1] !== 0x0a) {
    // The whole file, or a sample cut mid-line (no line feed early on): decoded separately.
    if (!readsCleanly(iconv.decode(asBuffer(sample), encoding))) return null;
    text = iconv.decode(asBuffer(bytes), encoding);
  } else {
    const decoder = iconv.getDecoder(encoding);
    const start = decoder.write(asBuffer(sample));
    if (!readsCleanly(start)) return null;
    const rest = decoder.write(asBuffer(bytes.subarray(sample.length)));
    const trail = decoder.end() ?? '';
    text = start + rest + trail;
  }
  return text.includes('\ufffd') ? null : text;
}
