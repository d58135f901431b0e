/**
 * Just enough of the zip format to pull a few small parts out of an xlsx without
 * loading the workbook: the central directory, and one entry inflated with a size cap.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The central directory, or null when the bytes are not a (non-zip64) zip archive. */
export function zipEntries(zip: Buffer): ZipEntry[] | null {
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
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * The text of one entry (stored or deflated), or null when it is damaged, uses another
 * compression, or would inflate beyond `limit` bytes (the declared size is not trusted).
 */
export function readZipEntry(zip: Buffer, entry: ZipEntry, limit: number): string | null {
  if (entry.size > limit || entry.offset + 30 > zip.length || zip.readUInt32LE(entry.offset) !== LOCAL) return null;
  const start = entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return null;
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(limit, entry.size)) }).toString('utf8');
  } catch {
    // Damaged data, or more bytes than declared.
  }
  return null;
}
