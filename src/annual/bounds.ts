/**
 * Limits for reading returned workbooks, checked before exceljs inflates anything:
 * a form is a few dozen kilobytes, so anything far larger is a mistake or a zip bomb.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
export const MAX_SHEET_ROWS = 100_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Sum of the uncompressed sizes in the zip central directory, or null when the bytes are not a zip. */
export function zipUncompressedSize(zip: Buffer): number | null {
  if (zip.length < 22) return null;
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = zip.length - 22; at >= earliest; at--) {
    if (zip.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    total += zip.readUInt32LE(at + 24);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}
