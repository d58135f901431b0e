/**
 * A strict pull tokenizer for the WordprocessingML parts of a .docx. It accepts only plain
 * well-formed XML (no DOCTYPE, CDATA, comments or processing instructions inside the root, no
 * namespace declarations below the root) and names elements the way mammoth does: by namespace,
 * so `w:p` is WordprocessingML's paragraph whatever prefix the file binds. Anything else throws
 * `Decline`, and the caller falls back to mammoth.
 */

export class Decline extends Error {}

export function decline(why: string): never {
  throw new Decline(why);
}

// mammoth's office-xml-reader namespace map: URI → the prefix its element names carry.
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

export const OPEN = 0;
export const CLOSE = 1;
export const TEXT = 2;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT;

const START_TAG = /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
const PROLOG = /^(?:<\?xml\s[^?]*\?>)?\s*/;
const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entity and character references resolved; a malformed or unsafe one declines. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  // A bare "&" or an unknown entity is an xmldom error, so mammoth would fail on it.
  if (raw.replace(ENTITY, '').includes('&')) decline('unknown entity');
  return raw.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) => {
    if (name) return NAMED[name]!;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    const allowed = code === 0x9 || code === 0xa || (code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff));
    return allowed ? String.fromCodePoint(code) : decline(`character reference ${code}`);
  });
}

export class XmlScanner {
  /** Canonical name of the element just opened or closed. */
  name = '';
  /** Raw text of the TEXT token just read (entities resolved). */
  text = '';
  private pos = 0;
  private attributes = '';
  private pendingClose = false;
  private readonly stack: string[] = [];
  private readonly canonicalNames = new Map<string, string>();
  private readonly checkedAttributes = new Set<string>();
  private readonly prefixes = new Map<string, string>();
  private readonly rawPrefixes = new Map<string, string>();
  private defaultPrefix: string | null = null;

  constructor(private readonly xml: string) {
    if (xml.includes('\r')) decline('carriage return');
    this.pos = PROLOG.exec(xml)![0].length;
    START_TAG.lastIndex = this.pos;
    const root = START_TAG.exec(xml) ?? decline('no root element');
    ATTRIBUTE.lastIndex = 0;
    for (let m = ATTRIBUTE.exec(root[2]!); m; m = ATTRIBUTE.exec(root[2]!)) this.declare(m[1]!, decodeEntities(m[2] ?? m[3]!));
  }

  private declare(attribute: string, uri: string): void {
    if (attribute !== 'xmlns' && !attribute.startsWith('xmlns:')) return;
    const canonical = CANONICAL_PREFIX[uri] ?? `{${uri}}`;
    if (attribute === 'xmlns') this.defaultPrefix = canonical;
    else {
      const raw = attribute.slice(6);
      if (this.prefixes.has(raw) || this.rawPrefixes.has(canonical)) decline('namespace bound twice');
      this.prefixes.set(raw, canonical);
      this.rawPrefixes.set(canonical, raw);
    }
  }

  /** Element name as mammoth sees it: canonical prefix for known namespaces. */
  private canonical(raw: string): string {
    let name = this.canonicalNames.get(raw);
    if (name !== undefined) return name;
    const colon = raw.indexOf(':');
    if (colon < 0) name = this.defaultPrefix === null ? raw : this.qualify(this.defaultPrefix, raw);
    else {
      const prefix = this.prefixes.get(raw.slice(0, colon)) ?? decline(`unbound prefix in ${raw}`);
      name = this.qualify(prefix, raw.slice(colon + 1));
    }
    this.canonicalNames.set(raw, name);
    return name;
  }

  private qualify(prefix: string, local: string): string {
    return prefix.startsWith('{') ? prefix + local : `${prefix}:${local}`;
  }

  next(): Token {
    const xml = this.xml;
    if (this.pendingClose) {
      this.pendingClose = false;
      this.stack.pop();
      return CLOSE;
    }
    const at = this.pos;
    if (xml.charCodeAt(at) !== 60 /* < */) {
      if (this.stack.length === 0) decline('text outside the root element');
      const end = xml.indexOf('<', at);
      if (end < 0) decline('unterminated element');
      this.text = decodeEntities(xml.slice(at, end));
      this.pos = end;
      return TEXT;
    }
    if (xml.charCodeAt(at + 1) === 47 /* / */) {
      END_TAG.lastIndex = at;
      const m = END_TAG.exec(xml) ?? decline('malformed end tag');
      const raw = this.stack.pop();
      if (raw !== m[1]) decline('mismatched end tag');
      this.name = this.canonical(raw!);
      this.pos = END_TAG.lastIndex;
      if (this.stack.length === 0 && !/^\s*$/.test(xml.slice(this.pos))) decline('content after the root element');
      return CLOSE;
    }
    START_TAG.lastIndex = at;
    const m = START_TAG.exec(xml) ?? decline('unsupported markup');
    if (this.stack.length > 0 && m[2]!.includes('xmlns')) decline('nested namespace declaration');
    this.name = this.canonical(m[1]!);
    this.attributes = m[2]!;
    if (this.attributes !== '') this.checkAttributes();
    this.stack.push(m[1]!);
    this.pendingClose = m[3] === '/';
    this.pos = START_TAG.lastIndex;
    return OPEN;
  }

  /** Attribute names bound and unique (a repeated attribute is an xmldom error). */
  private checkAttributes(): void {
    if (this.checkedAttributes.has(this.attributes)) return;
    const seen = new Set<string>();
    ATTRIBUTE.lastIndex = 0;
    for (let m = ATTRIBUTE.exec(this.attributes); m; m = ATTRIBUTE.exec(this.attributes)) {
      const name = m[1]!;
      const colon = name.indexOf(':');
      const prefix = colon < 0 ? '' : name.slice(0, colon);
      if (prefix !== '' && prefix !== 'xml' && prefix !== 'xmlns' && !this.prefixes.has(prefix)) decline('unbound attribute prefix');
      if (seen.has(name)) decline('repeated attribute');
      seen.add(name);
      decodeEntities(m[2] ?? m[3]!);
    }
    this.checkedAttributes.add(this.attributes);
  }

  /** Value of an attribute of the element just opened, by canonical name ("w:val") or plain name. */
  attr(name: string): string | undefined {
    if (this.attributes === '') return undefined;
    const colon = name.indexOf(':');
    const raw = colon < 0 ? name : `${this.rawPrefixes.get(name.slice(0, colon)) ?? '\u0000'}:${name.slice(colon + 1)}`;
    ATTRIBUTE.lastIndex = 0;
    for (let m = ATTRIBUTE.exec(this.attributes); m; m = ATTRIBUTE.exec(this.attributes)) {
      if (m[1] !== raw) continue;
      const value = decodeEntities(m[2] ?? m[3]!);
      return /[\t\n]/.test(value) ? decline('attribute value with line breaks') : value;
    }
    return undefined;
  }

  /** Consumes the rest of the element just opened, still checking that it is well formed. */
  skip(): void {
    for (let depth = 1; depth > 0;) {
      const token = this.next();
      if (token === OPEN) depth++;
      else if (token === CLOSE) depth--;
    }
  }

  /** The element just opened must hold only text (mammoth's `element.text()` throws otherwise). */
  textContent(): string {
    let text = '';
    for (let token = this.next(); token !== CLOSE; token = this.next()) {
      if (token === OPEN) decline('element inside a text element');
      text += this.text;
    }
    return text;
  }
}
