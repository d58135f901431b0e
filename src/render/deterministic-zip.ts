/**
 * Makes a zip (xlsx) byte-stable: exceljs stamps every entry with the current time,
 * so two runs over the same data differ. Re-pack with one fixed entry date.
 */
import JSZip from 'jszip';

/** JSZip stores the UTC fields of the date, so a UTC constant gives the same bytes in every time zone. */
const FIXED_DATE = (): Date => new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

/** Returns a new buffer: same entries, same order, fixed dates and permissions. Input untouched. */
export async function deterministicZip(input: Buffer | Uint8Array): Promise<Buffer> {
  const source = await JSZip.loadAsync(input);
  const out = new JSZip();
  const date = FIXED_DATE();
  const names = Object.keys(source.files);
  for (const name of names) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date, createFolders: false, dosPermissions: null, unixPermissions: null });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
