/**
 * Limits for reading returned workbooks, checked before exceljs inflates anything:
 * a form is a few dozen kilobytes, so anything far larger is a mistake or a zip bomb.
 */
import { zipEntries } from './zip-entries.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
export const MAX_SHEET_ROWS = 100_000;

/** Sum of the uncompressed sizes in the zip central directory, or null when the bytes are not a zip. */
export function zipUncompressedSize(zip: Buffer): number | null {
  const entries = zipEntries(zip);
  return entries === null ? null : entries.reduce((sum, e) => sum + e.size, 0);
}
