/**
 * Namespace bindings of a part's root element, resolved to the prefixes mammoth names elements
 * with (its office-xml-reader map), so `w:p` means WordprocessingML's paragraph whatever prefix
 * the file uses. Word writes the same root declarations in every file: the tables are cached.
 */
import { decline } from './docx-decline.js';

const CANONICAL_PREFIX: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

export class Namespaces {
  /** File prefix → mammoth's prefix ("{uri}" for namespaces it does not map). */
  readonly prefixes = new Map<string, string>();
  /** mammoth's prefix → file prefix. */
  readonly filePrefixes = new Map<string, string>();
  private defaultPrefix: string | null = null;
  private readonly names = new Map<string, string>();

  /** `declarations`: [attribute name, value] pairs of an element; `parent`: the enclosing scope. */
  constructor(declarations: readonly [string, string][], parent?: Namespaces) {
    if (parent) {
      for (const [prefix, canonical] of parent.prefixes) this.prefixes.set(prefix, canonical);
      for (const [canonical, prefix] of parent.filePrefixes) this.filePrefixes.set(canonical, prefix);
      this.defaultPrefix = parent.defaultPrefix;
    }
    for (const [attribute, uri] of declarations) {
      if (attribute !== 'xmlns' && !attribute.startsWith('xmlns:')) continue;
      const canonical = CANONICAL_PREFIX[uri] ?? `{${uri}}`;
      if (attribute === 'xmlns') {
        this.defaultPrefix = uri === '' ? null : canonical;
        continue;
      }
      const prefix = attribute.slice(6);
      if (uri === '') decline('undeclared prefix');
      const previous = this.prefixes.get(prefix);
      if (previous !== undefined && this.filePrefixes.get(previous) === prefix) this.filePrefixes.delete(previous);
      // Two file prefixes for one mammoth prefix would need attribute lookups under both.
      const other = this.filePrefixes.get(canonical);
      if (other !== undefined && other !== prefix && this.prefixes.get(other) === canonical) decline('namespace bound twice');
      this.prefixes.set(prefix, canonical);
      this.filePrefixes.set(canonical, prefix);
    }
  }

  /** An element's name as mammoth sees it; an invalid name or unbound prefix declines. */
  elementName(raw: string): string {
    let name = this.names.get(raw);
    if (name !== undefined) return name;
    if (!NAME.test(raw)) decline(`element name ${raw}`);
    const colon = raw.indexOf(':');
    if (colon < 0) name = this.defaultPrefix === null ? raw : qualify(this.defaultPrefix, raw);
    else name = qualify(this.prefixes.get(raw.slice(0, colon)) ?? decline(`unbound prefix in ${raw}`), raw.slice(colon + 1));
    this.names.set(raw, name);
    return name;
  }

  /** The file's name for an attribute given as mammoth names it ("w:val"), or plain. */
  attributeName(name: string): string {
    const colon = name.indexOf(':');
    if (colon < 0) return name;
    const prefix = this.filePrefixes.get(name.slice(0, colon));
    // An unbound namespace: no attribute in the file can carry this name.
    return prefix === undefined ? '\u0000' : `${prefix}:${name.slice(colon + 1)}`;
  }

  /** Whether an attribute's prefix is declared (an unbound one is an xmldom error). */
  isBound(prefix: string): boolean {
    return prefix === 'xml' || prefix === 'xmlns' || this.prefixes.has(prefix);
  }
}

function qualify(prefix: string, local: string): string {
  return prefix.startsWith('{') ? prefix + local : `${prefix}:${local}`;
}

const cache = new Map<string, Namespaces>();

/** Namespace tables by the root element's attribute text (a few distinct ones per corpus). */
export function namespacesFor(rootAttributes: string, declarations: () => [string, string][]): Namespaces {
  let namespaces = cache.get(rootAttributes);
  if (!namespaces) {
    if (cache.size >= 64) cache.clear();
    namespaces = new Namespaces(declarations());
    cache.set(rootAttributes, namespaces);
  }
  return namespaces;
}
