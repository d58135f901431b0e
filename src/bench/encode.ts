/** Byte encodings and punctuation-width variants of generated documents. */
import iconv from 'iconv-lite';

export type CorpusEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le-bom';
export type WidthStyle = 'as-is' | 'half' | 'full';

export function encodeText(text: string, encoding: CorpusEncoding): Buffer {
  switch (encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'gb18030': return iconv.encode(text, 'gb18030');
    case 'utf-16le-bom': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  }
}

const TO_HALF: Record<string, string> = { '（': '(', '）': ')', '，': ',', '：': ':', '；': ';' };
const TO_FULL: Record<string, string> = Object.fromEntries(Object.entries(TO_HALF).map(([f, h]) => [h, f]));

/** Swaps bracket, comma, colon and semicolon width throughout a document, as real plans do inconsistently. */
export function widthSwapper(style: WidthStyle): (s: string) => string {
  if (style === 'as-is') return (s) => s;
  const table = style === 'half' ? TO_HALF : TO_FULL;
  const pattern = style === 'half' ? /[（），：；]/g : /[(),:;]/g;
  return (s) => s.replace(pattern, (c) => table[c] ?? c);
}

/** Folds full-width ASCII variants and spacing, for comparing truth with parsed text. */
export function foldWidth(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(/[“”"]/g, '"');
}
