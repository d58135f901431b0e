import { extname } from 'node:path';
import type { InputFormat } from '../model/types.js';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;
export const SUPPORTED_LIST = '.txt, .md, .html/.htm, .docx';

/** What the first bytes say: a container format we read, one we refuse, or "looks like text". */
export type ByteFormat =
  | { kind: 'docx' }
  | { kind: 'unsupported'; name: string }
  | { kind: 'text' };

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const MAGIC: ReadonlyArray<{ magic: number[]; name: string }> = [
  { magic: ascii('%PDF'), name: 'PDF' },
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'PNG image' },
  { magic: [0xff, 0xd8, 0xff], name: 'JPEG image' },
  { magic: ascii('GIF8'), name: 'GIF image' },
  { magic: ascii('BM'), name: 'BMP image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], name: 'TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], name: 'TIFF image' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'legacy Office document (.doc/.xls/.wps); save it as .docx' },
  { magic: ascii('{\\rtf'), name: 'RTF' },
  { magic: [0x1f, 0x8b], name: 'gzip archive' },
  { magic: ascii('Rar!'), name: 'RAR archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], name: '7z archive' },
];

// Extensions refused even when the content is unrecognisable: their content is never a plan as text.
const UNSUPPORTED_EXTENSIONS: Record<string, string> = {
  '.pdf': 'PDF', '.doc': 'legacy Word .doc; save it as .docx', '.wps': 'WPS document', '.xls': 'Excel workbook',
  '.xlsx': 'Excel workbook', '.ppt': 'PowerPoint', '.pptx': 'PowerPoint', '.png': 'PNG image',
  '.jpg': 'JPEG image', '.jpeg': 'JPEG image', '.gif': 'GIF image', '.zip': 'ZIP archive', '.ofd': 'OFD',
};

/** The refused format a file name announces, if any ("PDF" for report.pdf). */
export function unsupportedByExtension(path: string): string | null {
  return UNSUPPORTED_EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

/** Content first, extension second. BMP's "BM" is only trusted with a matching extension. */
export function detectByteFormat(path: string, bytes: Uint8Array): ByteFormat {
  const extension = extname(path).toLowerCase();
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipFormat(bytes);
  }
  for (const { magic, name } of MAGIC) {
    if (name === 'BMP image' && extension !== '.bmp') continue;
    if (startsWith(bytes, magic)) return { kind: 'unsupported', name };
  }
  const byExtension = UNSUPPORTED_EXTENSIONS[extension];
  if (byExtension) return { kind: 'unsupported', name: byExtension };
  if (extension === '.docx') return { kind: 'unsupported', name: 'a .docx name but not a zip archive' };
  return { kind: 'text' };
}

function zipFormat(bytes: Uint8Array): ByteFormat {
  // Zip entry names are stored uncompressed in local headers and the central directory.
  const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (names.includes('word/document.xml')) return { kind: 'docx' };
  if (names.includes('xl/workbook.xml')) return { kind: 'unsupported', name: 'Excel workbook' };
  if (names.includes('ppt/presentation.xml')) return { kind: 'unsupported', name: 'PowerPoint' };
  return { kind: 'unsupported', name: 'ZIP archive without word/document.xml' };
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
const HTML_TAG = /<\/?(?:p|div|span|table|tr|td|br|body|head|meta|h[1-6]|a|ul|li|font|strong)\b[^>]*>/gi;

/** Decoded text → the reader to use. */
export function detectTextFormat(path: string, text: string): Exclude<InputFormat, 'docx'> {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  const extension = extname(path).toLowerCase();
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return 'html';
  if (head.trimStart().startsWith('<') && (head.match(HTML_TAG)?.length ?? 0) >= 8) return 'html';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  return 'text';
}

/** `<meta charset="gb2312">` or `content="text/html; charset=gbk"` in the first bytes, read as ASCII. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096));
  // Plain-text plans hold no '<' at all: a byte scan spares decoding and the regex.
  if (!start.includes(0x3c)) return null;
  const head = start.toString('latin1');
  if (!/<(?:!doctype\s+html|html|meta|head)/i.test(head)) return null;
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}
