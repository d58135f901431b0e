/**
 * The attributes of the start tag being read, kept as positions in the XML text (no strings are
 * made until a value is asked for) and checked the way xmldom would complain: names valid, bound
 * to a declared prefix, not repeated; namespace declarations only on the root element.
 */
import type { Namespaces } from './docx-namespaces.js';
import { decline } from './docx-decline.js';
import { decodeEntities, isSpace, NAME_CHAR } from './docx-xml-chars.js';

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const PAIRWISE_LIMIT = 16;

export class Attributes {
  /** Per attribute: name start, name end, value start, value end. */
  private readonly positions: number[] = [];
  count = 0;

  constructor(private readonly xml: string, public namespaces: Namespaces) {}

  /** Reads one attribute starting at `start` (its name); returns the index after its value. */
  read(start: number): number {
    const xml = this.xml;
    let i = start;
    for (let c = xml.charCodeAt(i); c < 128 && NAME_CHAR[c] === 1; c = xml.charCodeAt(++i));
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
      if (c === 38) {
        decodeEntities(xml.slice(i + 1, valueEnd));
        break;
      }
    }
    const k = 4 * this.count++;
    this.positions[k] = start;
    this.positions[k + 1] = nameEnd;
    this.positions[k + 2] = i + 1;
    this.positions[k + 3] = valueEnd;
    return valueEnd + 1;
  }

  /** Checks the names read (against the scope the element's own declarations make). */
  check(): void {
    const { xml, positions } = this;
    // Pairwise repeat checks make no strings, but are quadratic: past a few attributes, a set.
    const seen = this.count > PAIRWISE_LIMIT ? new Set<string>() : null;
    for (let k = 0; k < 4 * this.count; k += 4) {
      this.checkName(k);
      const start = positions[k]!;
      const length = positions[k + 1]! - start;
      if (seen) {
        const name = xml.slice(start, start + length);
        if (seen.has(name)) decline('repeated attribute');
        seen.add(name);
        continue;
      }
      for (let j = 0; j < k; j += 4) {
        if (positions[j + 1]! - positions[j]! === length && xml.startsWith(xml.slice(start, start + length), positions[j]!)) decline('repeated attribute');
      }
    }
  }

  private checkName(k: number): void {
    const xml = this.xml;
    const start = this.positions[k]!;
    const end = this.positions[k + 1]!;
    if (xml.charCodeAt(start) === 119 && xml.charCodeAt(start + 1) === 58 && this.namespaces.prefixes.has('w')) {
      // The common case, "w:name": checked without making a string.
      const c = xml.charCodeAt(start + 2) | 32;
      let plain = c >= 97 && c <= 122;
      for (let i = start + 3; plain && i < end; i++) plain = xml.charCodeAt(i) !== 58;
      if (plain) return;
    }
    const name = xml.slice(start, end);
    if (!NAME.test(name)) decline(`attribute name ${name}`);
    if (name === 'xmlns' || name.startsWith('xmlns:')) return;
    const colon = name.indexOf(':');
    if (colon >= 0 && !this.namespaces.isBound(name.slice(0, colon))) decline('unbound attribute prefix');
  }

  /** The namespace declarations (xmlns, xmlns:p) among the attributes, values resolved. */
  declarations(): [string, string][] {
    const { xml, positions } = this;
    const found: [string, string][] = [];
    for (let k = 0; k < 4 * this.count; k += 4) {
      const start = positions[k]!;
      const end = positions[k + 1]!;
      if (xml.charCodeAt(start) !== 120 /* x */ || !xml.startsWith('xmlns', start)) continue;
      if (end === start + 5 || xml.charCodeAt(start + 5) === 58) found.push([xml.slice(start, end), decodeEntities(xml.slice(positions[k + 2], positions[k + 3]))]);
    }
    return found;
  }

  /** Value of the attribute with this name as written in the file. */
  get(fileName: string): string | undefined {
    const { xml, positions } = this;
    for (let k = 0; k < 4 * this.count; k += 4) {
      const start = positions[k]!;
      if (positions[k + 1]! - start === fileName.length && xml.startsWith(fileName, start)) {
        return decodeEntities(xml.slice(positions[k + 2], positions[k + 3]));
      }
    }
    return undefined;
  }
}
