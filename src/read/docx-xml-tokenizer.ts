/**
 * A strict pull tokenizer for the XML parts of a .docx. It accepts only plain well-formed XML
 * (no DOCTYPE, CDATA, comments or processing instructions inside the root, no unknown entities,
 * no repeated attributes) — a subset on which xmldom, mammoth's parser, builds the same tree
 * without complaint — and names elements by namespace, as mammoth does. Anything else declines.
 */
import { decline } from './docx-decline.js';
import { Namespaces, namespacesFor } from './docx-namespaces.js';
import { Attributes } from './docx-xml-attributes.js';
import { decodeEntities, isSpace, NAME_CHAR } from './docx-xml-chars.js';

export const OPEN = 0;
export const CLOSE = 1;
export const TEXT = 2;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT;

const ROOT = /^(?:<\?xml\s[^?]*\?>)?\s*<[A-Za-z_][\w.:-]*((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*\/?>/;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
const NAME_SLOTS = 256;
const LINE_ENDS = /[\u0085\u2028]/;
const LINE_ENDS_ALL = /[\u0085\u2028]/g;

export class XmlTokenizer {
  /** mammoth's name of the element just opened or closed. */
  name = '';
  private pos = 0;
  private textStart = 0;
  private textEnd = 0;
  private nextAmpersand = -1;
  private pendingClose = false;
  /** Attributes of the element just opened. */
  private readonly attributes: Attributes;
  protected readonly stack: string[] = [];
  private readonly rawNames: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS);
  private readonly elementNames: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS);
  private readonly names: string[] = [];
  private namespaces: Namespaces;
  /** Enclosing scopes of elements that declare namespaces, with the depth each was entered at. */
  private readonly scopes: { depth: number; outer: Namespaces }[] = [];

  private readonly xml: string;

  constructor(source: string) {
    if (source.includes('\r')) decline('carriage return');
    // xmldom (mammoth's parser) reads U+0085 and U+2028 as line ends: each becomes "\n" before parsing.
    const xml = LINE_ENDS.test(source) ? source.replace(LINE_ENDS_ALL, '\n') : source;
    this.xml = xml;
    const root = ROOT.exec(xml) ?? decline('no root element');
    this.namespaces = namespacesFor(root[1]!, () => [...root[1]!.matchAll(ATTRIBUTE)].map((m) => [m[1]!, decodeEntities(m[2] ?? m[3]!)]));
    this.pos = root[0].lastIndexOf('<');
    this.attributes = new Attributes(xml, this.namespaces);
  }

  /** The next start tag, end tag (a self-closing tag gives both) or text. */
  protected token(): Token {
    if (this.pendingClose) {
      this.pendingClose = false;
      if (this.scopes.length > 0) this.leaveScope();
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
    for (let c = xml.charCodeAt(i); c < 128 && NAME_CHAR[c] === 1; c = xml.charCodeAt(++i)) hash = (hash * 31 + c) | 0;
    const nameEnd = i;
    this.attributes.count = 0;
    for (;;) {
      let c = xml.charCodeAt(i);
      const spaced = isSpace(c);
      while (isSpace(c)) c = xml.charCodeAt(++i);
      if (c === 62 /* > */) { i++; break; }
      if (c === 47 /* / */ && xml.charCodeAt(i + 1) === 62) { i += 2; this.pendingClose = true; break; }
      if (!spaced) decline('malformed start tag');
      i = this.attributes.read(i);
    }
    if (this.attributes.count > 0 && this.stack.length > 0) {
      const declarations = this.attributes.declarations();
      if (declarations.length > 0) this.enterScope(declarations);
    }
    // The element's own declarations apply to its name and attributes.
    const raw = this.rawName(at + 1, nameEnd, hash);
    if (this.attributes.count > 0) this.attributes.check();
    this.stack.push(raw);
    this.names.push(this.name);
    this.pos = i;
    return OPEN;
  }

  /** A nested namespace declaration: a scope for this element, names looked up afresh in it. */
  private enterScope(declarations: [string, string][]): void {
    this.scopes.push({ depth: this.stack.length + 1, outer: this.namespaces });
    this.setNamespaces(new Namespaces(declarations, this.namespaces));
  }

  private leaveScope(): void {
    const scope = this.scopes[this.scopes.length - 1];
    if (scope?.depth !== this.stack.length) return;
    this.scopes.pop();
    this.setNamespaces(scope.outer);
  }

  private setNamespaces(namespaces: Namespaces): void {
    this.namespaces = namespaces;
    this.attributes.namespaces = namespaces;
    this.rawNames.fill(undefined);
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
    if (this.scopes.length > 0) this.leaveScope();
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

  /** Value of an attribute of the element just opened, by mammoth's name ("w:val") or a plain name. */
  attr(name: string): string | undefined {
    if (this.attributes.count === 0) return undefined;
    const value = this.attributes.get(this.namespaces.attributeName(name));
    return value !== undefined && /[\t\n]/.test(value) ? decline('attribute value with line breaks') : value;
  }

  /** Text of the TEXT token just read, entities resolved. */
  get text(): string {
    return decodeEntities(this.xml.slice(this.textStart, this.textEnd));
  }
}
