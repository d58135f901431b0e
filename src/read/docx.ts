import type { Diagnostic } from '../model/types.js';
import { readDiagnostic } from './diagnostic.js';
import { fastDocxLines } from './docx-fast.js';
import { htmlToLines } from './html.js';

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
  const lines = fastDocxLines(bytes);
  if (lines) return { text: lines.join('\n'), diagnostics: [] };
  return mammothDocxToText(file, bytes);
}

/** The reference path: mammoth's HTML (tables included, read as HTML tables) through htmlToLines. */
export async function mammothDocxToText(file: string, bytes: Uint8Array): Promise<DocxText> {
  const { default: mammoth } = await import('mammoth');
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
