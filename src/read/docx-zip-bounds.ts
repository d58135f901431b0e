/**
 * Bounds on what a .docx may expand to, checked on the zip directory before a reader inflates
 * anything large: a few kilobytes of zip can hold gigabytes (a zip bomb).
 */
import { inflateRawSync } from 'node:zlib';
import { directoryEntries, entryData } from './docx-zip.js';

/**
 * The largest uncompressed size the central directory declares for an entry, with its name; null
 * when the directory is not one this reader walks (the readers then report what they find).
 */
export function largestDeclaredEntry(bytes: Uint8Array): { name: string; size: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    let largest: { name: string; size: number } | null = null;
    for (const { at, name } of directoryEntries(view, bytes)) {
      const size = view.getUint32(at + 24, true);
      if (!largest || size > largest.size) largest = { name, size };
    }
    return largest;
  } catch {
    return null;
  }
}

/**
 * The first deflated entry whose data inflates to more than its declared size, or null. Checked
 * with output bounded by the declared size, so a part that understates its size (a zip bomb)
 * is found without inflating it: mammoth's zip reader inflates a part whole before comparing.
 */
export function entryBeyondDeclaredSize(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    for (const { at, name } of directoryEntries(view, bytes)) {
      if (view.getUint16(at + 10, true) !== 8) continue;
      try {
        inflateRawSync(entryData(view, bytes, at), { maxOutputLength: Math.max(view.getUint32(at + 24, true), 1) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return name;
      }
    }
  } catch {
    // A directory this reader does not walk: mammoth's reader reports it.
  }
  return null;
}
