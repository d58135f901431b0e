import { isAscii, transcode } from 'node:buffer';
import { asBuffer } from './byte-signals.js';

/**
 * Valid UTF-8 bytes → string, the same string as `Buffer#toString('utf8')` but several times
 * cheaper for Chinese text: V8's own UTF-8 decoder runs at ~300 MB/s on three-byte characters,
 * while ICU's converter behind `buffer.transcode` plus a UTF-16 copy runs at several GB/s.
 * Valid UTF-8 has exactly one UTF-16 reading, so the two cannot differ; invalid input, where
 * decoders may place U+FFFD differently, never takes this path.
 */

/** Whether this Node has ICU's transcode (builds without Intl throw); checked once. */
const transcodeWorks = ((): boolean => {
  try {
    return transcode(Buffer.from('\u4e2d', 'utf8'), 'utf8', 'utf16le').toString('utf16le') === '\u4e2d';
  } catch {
    return false;
  }
})();

/** Decodes bytes already known to be valid UTF-8 (`isUtf8`). */
export function validUtf8Text(bytes: Uint8Array): string {
  const buffer = asBuffer(bytes);
  // ASCII stays a one-byte V8 string (latin1 is a plain copy), as toString('utf8') would make it.
  if (isAscii(buffer)) return buffer.toString('latin1');
  if (!transcodeWorks) return buffer.toString('utf8');
  return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
}
