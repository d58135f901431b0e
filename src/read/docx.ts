import mammoth from 'mammoth';
import type { Diagnostic } from '../model/types.js';
import { readDiagnostic } from './diagnostic.js';
import { htmlToLines } from './html.js';

export interface DocxText {
  text: string | null;
  diagnostics: Diagnostic[];
}

// Images are irrelevant to the plan text; skip mammoth's base64 inlining.
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Word .docx → text lines through mammoth's HTML (tables included, read as HTML tables).
 * A zip has no meaningful source line, so line numbers are those of the produced text:
 * the caller passes lineMap null, and `source.line` counts paragraphs and table rows.
 */
export async function docxToText(file: string, bytes: Uint8Array): Promise<DocxText> {
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
