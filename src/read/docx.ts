import type { Diagnostic } from '../model/types.js';
import { readDiagnostic } from './diagnostic.js';
import { fastDocxLines } from './docx-fast.js';
import { entryBeyondDeclaredSize, largestDeclaredEntry } from './docx-zip-bounds.js';
import { MAX_FILE_BYTES } from './files.js';

export interface DocxText {
  text: string | null;
  diagnostics: Diagnostic[];
}

/**
 * Word .docx → text lines. The direct reader (docx-fast.ts) gives the lines mammoth's HTML would;
 * documents it declines go through mammoth itself. A zip has no meaningful source line, so line
 * numbers are those of the produced text: the caller passes lineMap null, and `source.line`
 * counts paragraphs and table rows.
 */
export async function docxToText(file: string, bytes: Uint8Array): Promise<DocxText> {
  const oversized = oversizedPart(file, bytes);
  if (oversized) return { text: null, diagnostics: [oversized] };
  const lines = fastDocxLines(bytes);
  if (lines) return { text: lines.join('\n'), diagnostics: [] };
  const understated = entryBeyondDeclaredSize(bytes);
  if (understated) {
    // mammoth would fail too ("uncompressed data size mismatch"), but only after inflating it all.
    const reason = `part ${understated} is larger than its declared size`;
    return { text: null, diagnostics: [readDiagnostic('error', file, 'read/docx-invalid', `not a readable .docx (${reason})`, { reason })] };
  }
  return mammothDocxToText(file, bytes);
}

/**
 * A part that declares more than MAX_FILE_BYTES uncompressed is refused before anything inflates
 * it: a few kilobytes of zip can declare gigabytes (a zip bomb), and mammoth's zip reader would
 * inflate them all into memory. Parts that understate their size are caught by the readers: the
 * direct reader inflates at most the declared size, and mammoth's reader checks it.
 */
function oversizedPart(file: string, bytes: Uint8Array): Diagnostic | null {
  const largest = largestDeclaredEntry(bytes);
  if (!largest || largest.size <= MAX_FILE_BYTES) return null;
  const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;
  return readDiagnostic('error', file, 'read/docx-too-large',
    `not read: the .docx part ${largest.name} would expand to ${mb(largest.size)} (limit ${mb(MAX_FILE_BYTES)})`,
    { part: largest.name, size: largest.size, limit: MAX_FILE_BYTES });
}

/** The reference path: mammoth's HTML (tables included, read as HTML tables) through htmlToLines. */
export async function mammothDocxToText(file: string, bytes: Uint8Array): Promise<DocxText> {
  const [{ default: mammoth }, { htmlToLines }] = await Promise.all([import('mammoth'), import('./html.js')]);
  // Images are irrelevant to the plan text; skip mammoth's base64 inlining.
  const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { convertImage: dropImages })).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    return {
      text: null,
      diagnostics: [readDiagnostic('error', file, 'read/docx-invalid', `not a readable .docx (${reason})`, { reason })],
    };
  }
  return { text: htmlToLines(html).lines.join('\n'), diagnostics: [] };
}
