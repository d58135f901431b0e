/**
 * A strict pull tokenizer for the XML parts of a .docx. It accepts only plain well-formed XML
 * (no DOCTYPE, CDATA, comments or processing instructions inside the root, no namespace
 * declarations below the root, no unknown entities, no repeated attributes) — a subset on which
 * xmldom, mammoth's parser, builds the same tree without complaint. Anything else declines.
 */
import { decline } from './docx-decline.js';
import { namespacesFor, type Namespaces } from './docx-namespaces.js';

export { Decline, decline } from './docx-decline.js';

export const OPEN = 0;
export const CLOSE = 1;
export const TEXT = 2;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT;

const ROOT = /^(?:<\?xml\s[^?]*\?>)?\s*<[A-Za-z_][\w.:-]*((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*\/?>/;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entity and character references resolved; an unknown or unsafe one declines (xmldom errors on it). */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  if (raw.replace(ENTITY, '').includes('&')) decline('unknown entity');
  return raw.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) => {
    if (name) return NAMED[name]!;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    const allowed = code === 0x9 || code === 0xa || (code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff));
    return allowed ? String.fromCodePoint(code) : decline(`character reference ${code}`);
  });
}

// Name characters accepted here: ASCII letters, digits, "_", ".", "-", ":".
const NAME_CHAR = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-:') NAME_CHAR[c.charCodeAt(0)] = 1;
const isNameChar = (c: number): boolean => c < 128 && NAME_CHAR[c] === 1;
const NAME_SLOTS = 256;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9;

export class XmlScanner {
  /** mammoth's name of the element just opened or closed. */
  name = '';
  private pos = 0;
  private textStart = 0;
  private textEnd = 0;
  private nextAmpersand = -1;
  private pendingClose = false;
  /** Attribute positions of the element just opened: name start, name end, value start, value end. */
  private readonly attributes: number[] = [];
  private attributeCount = 0;
  private readonly stack: string[] = [];
  private readonly rawNames: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS);
  private readonly elementNames: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS);
  private readonly names: string[] = [];
  private readonly namespaces: Namespaces;

  constructor(private readonly xml: string) {
    if (xml.includes('\r')) decline('carriage return');
    const root = ROOT.exec(xml) ?? decline('no root element');
    this.namespaces = namespacesFor(root[1]!, () => [...root[1]!.matchAll(ATTRIBUTE)].map((m) => [m[1]!, decodeEntities(m[2] ?? m[3]!)]));
    this.pos = root[0].lastIndexOf('<');
  }

  next(): Token {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.stack.pop();
      this.names.pop();
      return CLOSE;
    }
    const xml = this.xml;
    const at = this.pos;
    if (xml.charCodeAt(at) !== 60 /* < */) return this.readText(at);
    if (xml.charCodeAt(at + 1) === 47 /* / */) return this.readEndTag(at);
    let i = at + 1;
    let hash = 0;
    for (let c = xml.charCodeAt(i); isNameChar(c); c = xml.charCodeAt(++i)) hash = (hash * 31 + c) | 0;
    const raw = this.rawName(at + 1, i, hash);
    this.attributeCount = 0;
    for (;;) {
      let c = xml.charCodeAt(i);
      const spaced = isSpace(c);
      while (isSpace(c)) c = xml.charCodeAt(++i);
      if (c === 62 /* > */) { i++; break; }
      if (c === 47 /* / */ && xml.charCodeAt(i + 1) === 62) { i += 2; this.pendingClose = true; break; }
      if (!spaced) decline('malformed start tag');
      i = this.readAttribute(i);
    }
    if (this.attributeCount > 1) this.checkAttributeNames();
    else if (this.attributeCount === 1) this.checkPrefix(0);
    this.stack.push(raw);
    this.names.push(this.name);
    this.pos = i;
    return OPEN;
  }

  /**
   * The element name at [start, end), interned: a slot per name hash holds the last name seen
   * there, so a repeated name costs a comparison rather than a new string and a map lookup.
   */
  private rawName(start: number, end: number, hash: number): string {
    const slot = hash & (NAME_SLOTS - 1);
    const known = this.rawNames[slot];
    if (known !== undefined && known.length === end - start && this.xml.startsWith(known, start)) {
      this.name = this.elementNames[slot]!;
      return known;
    }
    const raw = this.xml.slice(start, end);
    this.name = this.namespaces.elementName(raw);
    this.rawNames[slot] = raw;
    this.elementNames[slot] = this.name;
    return raw;
  }

  private readText(at: number): Token {
    if (this.stack.length === 0) decline('text outside the root element');
    const end = this.xml.indexOf('<', at);
    if (end < 0) decline('unterminated element');
    if (this.nextAmpersand < at && this.nextAmpersand !== Infinity) {
      const found = this.xml.indexOf('&', at);
      this.nextAmpersand = found < 0 ? Infinity : found;
    }
    this.textStart = at;
    this.textEnd = end;
    if (this.nextAmpersand < end) decodeEntities(this.xml.slice(at, end));
    this.pos = end;
    return TEXT;
  }

  private readEndTag(at: number): Token {
    const raw = this.stack.pop();
    if (raw === undefined || !this.xml.startsWith(raw, at + 2)) decline('mismatched end tag');
    let i = at + 2 + raw.length;
    while (isSpace(this.xml.charCodeAt(i))) i++;
    if (this.xml.charCodeAt(i) !== 62) decline('malformed end tag');
    this.name = this.names.pop()!;
    this.pos = i + 1;
    if (this.stack.length === 0 && !/^\s*$/.test(this.xml.slice(this.pos))) decline('content after the root element');
    return CLOSE;
  }

  private readAttribute(start: number): number {
    const xml = this.xml;
    let i = start;
    while (isNameChar(xml.charCodeAt(i))) i++;
    const nameEnd = i;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (nameEnd === start || xml.charCodeAt(i) !== 61 /* = */) decline('malformed attribute');
    i++;
    while (isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) decline('unquoted attribute');
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (valueEnd < 0) decline('unterminated attribute');
    for (let k = i + 1; k < valueEnd; k++) {
      const c = xml.charCodeAt(k);
      if (c === 60) decline('"<" in attribute value');
      if (c === 38) { decodeEntities(xml.slice(i + 1, valueEnd)); break; }
    }
    const k = 4 * this.attributeCount++;
    this.attributes[k] = start;
    this.attributes[k + 1] = nameEnd;
    this.attributes[k + 2] = i + 1;
    this.attributes[k + 3] = valueEnd;
    return valueEnd + 1;
  }

  /** Attribute names valid, bound and unique (xmldom errors otherwise, and mammoth with it). */
  private checkAttributeNames(): void {
    const { xml, attributes } = this;
    for (let k = 0; k < 4 * this.attributeCount; k += 4) {
      this.checkPrefix(k);
      const start = attributes[k]!;
      const length = attributes[k + 1]! - start;
      for (let j = 0; j < k; j += 4) {
        if (attributes[j + 1]! - attributes[j]! === length && xml.startsWith(xml.slice(start, start + length), attributes[j]!)) decline('repeated attribute');
      }
    }
  }

  private checkPrefix(k: number): void {
    const xml = this.xml;
    const start = this.attributes[k]!;
    const end = this.attributes[k + 1]!;
    if (xml.charCodeAt(start) === 119 && xml.charCodeAt(start + 1) === 58 && this.namespaces.prefixes.has('w')) {
      // The common case, "w:name": checked without slicing.
      const c = xml.charCodeAt(start + 2) | 32;
      let plain = c >= 97 && c <= 122;
      for (let i = start + 3; plain && i < end; i++) plain = xml.charCodeAt(i) !== 58;
      if (plain) return;
    }
    const name = xml.slice(start, end);
    if (!/^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/.test(name)) decline(`attribute name ${name}`);
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (this.stack.length > 0) decline('nested namespace declaration');
      return;
    }
    const colon = name.indexOf(':');
    if (colon >= 0 && !this.namespaces.isBound(name.slice(0, colon))) decline('unbound attribute prefix');
  }

  private attribute(fileName: string): string | undefined {
    const xml = this.xml;
    for (let k = 0; k < 4 * this.attributeCount; k += 4) {
      const start = this.attributes[k]!;
      if (this.attributes[k + 1]! - start === fileName.length && xml.startsWith(fileName, start)) {
        return decodeEntities(xml.slice(this.attributes[k + 2], this.attributes[k + 3]));
      }
    }
    return undefined;
  }

  /** Value of an attribute of the element just opened, by mammoth's name ("w:val") or a plain name. */
  attr(name: string): string | undefined {
    if (this.attributeCount === 0) return undefined;
    const value = this.attribute(this.namespaces.attributeName(name));
    return value !== undefined && /[\t\n]/.test(value) ? decline('attribute value with line breaks') : value;
  }

  /** Text of the TEXT token just read, entities resolved. */
  get text(): string {
    return decodeEntities(this.xml.slice(this.textStart, this.textEnd));
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
