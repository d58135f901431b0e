/**
 * The .docx package as mammoth opens it: which parts it reads (through the relationships, with
 * the same fallbacks), each checked to be XML this reader understands. Parts in unusual places
 * decline rather than being looked for the way mammoth does.
 */
import { CLOSE, decline, OPEN, XmlScanner } from './docx-xml.js';
import { readZipEntries } from './docx-zip.js';

const DEFAULT_PARTS = ['document', 'styles', 'numbering', 'footnotes', 'endnotes', 'comments'] as const;
type PartName = (typeof DEFAULT_PARTS)[number];
const RELATIONSHIP_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

export const partPath = (name: PartName): string => `word/${name}.xml`;
export const relationshipsPath = (path: string): string => path.replace(/([^/]*)$/, '_rels/$1.rels');

// Every entry mammoth may read when the parts sit where Word puts them.
const WANTED = new Set<string>(['[Content_Types].xml', '_rels/.rels']);
for (const name of DEFAULT_PARTS) WANTED.add(partPath(name)).add(relationshipsPath(partPath(name)));

export interface Relationships {
  targetById: Map<string, string | undefined>;
  targetsByType: Map<string | undefined, (string | undefined)[]>;
}

/**
 * UTF-8 as mammoth decodes a part (TextDecoder, which drops a byte-order mark, then one more
 * dropped). Buffer's decoder is faster and agrees on valid UTF-8; text with replacement
 * characters is decoded again the reference way.
 */
function utf8(bytes: Uint8Array): string {
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.includes('\uFFFD')) text = new TextDecoder('utf-8').decode(bytes);
  else if (text.startsWith('\uFEFF')) text = text.slice(1);
  return text.replace(/^\uFEFF/, '');
}

export class DocxPackage {
  private readonly files: Map<string, Uint8Array>;
  private readonly names: Set<string>;

  constructor(bytes: Uint8Array) {
    ({ names: this.names, files: this.files } = readZipEntries(bytes, WANTED));
    // A style map embedded by mammoth would change how paragraphs map to HTML.
    if (this.names.has('mammoth/style-map')) decline('embedded style map');
    this.checkContentTypes();
    const packageRelationships = this.relationships('_rels/.rels');
    if (this.findPart(packageRelationships, 'officeDocument', '', 'word/document.xml') !== 'word/document.xml') decline('main document elsewhere');
    if (!this.has('word/document.xml')) decline('no main document');
    const documentRelationships = this.relationships(relationshipsPath('word/document.xml'));
    for (const name of DEFAULT_PARTS.slice(1)) {
      if (this.findPart(documentRelationships, name, 'word', partPath(name)) !== partPath(name)) decline(`${name} part elsewhere`);
    }
  }

  has(path: string): boolean {
    return this.names.has(path);
  }

  /** The part's XML (null when absent), decoded as mammoth does: UTF-8, one byte-order mark dropped. */
  xml(path: string): XmlScanner | null {
    const bytes = this.files.get(path);
    if (!this.has(path)) return null;
    if (!bytes) return decline(`entry ${path} not inflated`);
    return new XmlScanner(utf8(bytes));
  }

  /** Relationships of a part (empty when its .rels is absent). */
  relationships(path: string): Relationships {
    const result: Relationships = { targetById: new Map(), targetsByType: new Map() };
    const sc = this.xml(path);
    if (!sc) return result;
    sc.next();
    for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
      if (token !== OPEN) continue;
      if (sc.name === 'relationships:Relationship') {
        const target = sc.attr('Target');
        const type = sc.attr('Type');
        result.targetById.set(String(sc.attr('Id')), target);
        const targets = result.targetsByType.get(type) ?? [];
        result.targetsByType.set(type, [...targets, target]);
      }
      sc.skip();
    }
    return result;
  }

  /** mammoth's findPartPath: the first target of the type that exists, else the conventional path. */
  private findPart(relationships: Relationships, type: string, base: string, fallback: string): string {
    for (const target of relationships.targetsByType.get(RELATIONSHIP_TYPE + type) ?? []) {
      const parts = [base, target].filter((part): part is string => !!part);
      const joined = parts.some((part) => part.startsWith('/')) ? parts.filter((part) => part.startsWith('/')).at(-1)! : parts.join('/');
      const path = joined.startsWith('/') ? joined.slice(1) : joined;
      if (this.has(path)) return path;
    }
    return fallback;
  }

  /** mammoth reads [Content_Types].xml first; an Override without PartName makes it throw. */
  private checkContentTypes(): void {
    const sc = this.xml('[Content_Types].xml');
    if (!sc) return;
    sc.next();
    for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
      if (token !== OPEN) continue;
      if (sc.name === 'content-types:Override' && sc.attr('PartName') === undefined) decline('content type without part name');
      sc.skip();
    }
  }
}
