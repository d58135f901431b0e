/**
 * exceljs packs the workbook with jszip, which stamps every entry with the current
 * time, so two identical workbooks differ in their zip headers. We overwrite those
 * DOS date/time fields in place (central directory and local headers) with a fixed
 * date: no re-compression, no extra dependency, and the bytes depend only on content.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function dosDateTime(date: Date): { time: number; date: number } {
  // jszip writes UTC fields; we do the same so the time zone never leaks into the file.
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((Math.max(date.getUTCFullYear(), 1980) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at--) if (zip.readUInt32LE(at) === EOCD) return at;
  throw new Error('zip-dates: no end-of-central-directory record (not a zip file?)');
}

/** Returns a copy of `zip` with every entry's modification date set to `date`. */
export function fixZipDates(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  const stamp = dosDateTime(date);
  const eocd = findEndOfCentralDirectory(out);
  const entries = out.readUInt16LE(eocd + 10);
  let at = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error(`zip-dates: bad central directory entry ${i}`);
    out.writeUInt16LE(stamp.time, at + 12);
    out.writeUInt16LE(stamp.date, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`zip-dates: bad local header for entry ${i}`);
    out.writeUInt16LE(stamp.time, local + 10);
    out.writeUInt16LE(stamp.date, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
