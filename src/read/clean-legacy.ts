import iconv from 'iconv-lite';
import { asBuffer, wholeLines } from './byte-signals.js';
import { decodeWellFormedGb18030 } from './gb18030-fast.js';
import { HAS_CONTROL, textScore } from './text-score.js';

/**
 * The quick legacy check: most legacy Chinese files are GBK/GB18030, accepted without the
 * detector when their first lines read cleanly. The sample is decoded as the first part of the
 * whole file rather than separately: the same characters, decoded once.
 */

const QUICK_SAMPLE_BYTES = 16 * 1024;
const CLEAN_SCORE = 0.85;

export function readsCleanly(text: string): boolean {
  return !text.includes('\ufffd') && !HAS_CONTROL.test(text) && textScore(text) >= CLEAN_SCORE;
}

/** `part` decoded as iconv-lite decodes it; GB18030 through the table decoder when well formed. */
function decode(part: Uint8Array, encoding: string): string {
  const fast = encoding === 'gb18030' ? decodeWellFormedGb18030(part) : null;
  return fast ?? iconv.decode(asBuffer(part), encoding);
}

/**
 * `bytes` decoded in `encoding` when the first lines (up to 16 KiB) read cleanly and the whole
 * has no U+FFFD; otherwise null.
 *
 * A sample cut after a line feed decodes to exactly the start of the whole text: no legacy
 * multi-byte sequence contains byte 0x0A, and iconv-lite's decoder, meeting it inside an
 * unfinished sequence, emits U+FFFD and reads the line feed again from its initial state. So
 * after a line feed the decoder holds nothing, and the rest decodes as if it were a file alone.
 */
export function decodeIfCleanStart(bytes: Uint8Array, encoding: string): string | null {
  const sample = wholeLines(bytes, QUICK_SAMPLE_BYTES);
  const start = decode(sample, encoding);
  if (!readsCleanly(start)) return null;
  let text: string;
  if (sample.length === bytes.length) text = start;
  else if (sample[sample.length - 1] === 0x0a) text = start + decode(bytes.subarray(sample.length), encoding);
  // A sample cut mid-line (no line feed early on) is not the start of the whole's decoding.
  else text = decode(bytes, encoding);
  return text.includes('\ufffd') ? null : text;
}
