import type { Properties } from 'hast';
import type { Token } from 'parse5';

/**
 * The element properties the reader looks at, computed from parse5's attributes with the same
 * rules hastscript applies (the reader used to go through hast-util-from-parse5, and its
 * output must not change): class → className tokens, hidden/open/nowrap → true when present,
 * rowspan/colspan → a number when the whole value reads as one, otherwise the string.
 */

type Attribute = Token.Attribute;

// Attribute names (lower case, as property-information normalises them) → hast property.
const PROPERTY_OF: ReadonlyMap<string, string> = new Map([
  ['class', 'className'], ['classname', 'className'], ['id', 'id'], ['hidden', 'hidden'],
  ['open', 'open'], ['nowrap', 'noWrap'], ['wrap', 'wrap'], ['rowspan', 'rowSpan'], ['colspan', 'colSpan'],
]);
const BOOLEAN = new Set(['hidden', 'open', 'noWrap']);
const NUMBER = new Set(['rowSpan', 'colSpan']);

/** space-separated-tokens' parse: split on HTML whitespace after trimming. */
function spaceSeparated(value: string): string[] {
  const input = value.trim();
  return input ? input.split(/[ \t\n\r\f]+/g) : [];
}

/**
 * hastscript reads a tag name as a CSS selector: "div.nav#top" is a <div> with class "nav" and
 * id "top" (parse5 accepts such names as unknown elements). Real tags have neither character.
 */
export function hastTagName(name: string): { tagName: string; selectorProperties: Properties | null } {
  if (isPlainTagName(name)) return { tagName: name.toLowerCase(), selectorProperties: null };
  const properties: Properties = {};
  let tagName: string | undefined;
  let previous: string | undefined;
  const search = /[#.]/g;
  for (let start = 0; start < name.length;) {
    search.lastIndex = start;
    const match = search.exec(name);
    const part = name.slice(start, match ? match.index : name.length);
    if (part) {
      if (!previous) tagName = part;
      else if (previous === '#') properties.id = part;
      else if (Array.isArray(properties.className)) properties.className.push(part);
      else properties.className = [part];
      start += part.length;
    }
    if (match) {
      previous = match[0];
      start++;
    }
  }
  return { tagName: (tagName || 'div').toLowerCase(), selectorProperties: properties };
}

/** A tag name hastscript takes as it is (lower-cased): no '.' or '#' in it. */
export function isPlainTagName(name: string): boolean {
  return !name.includes('.') && !name.includes('#');
}

// Shared by the many elements without attributes; nothing writes to properties once built.
const NO_PROPERTIES: Properties = Object.freeze({});

export function attributeProperties(attrs: readonly Attribute[], selectorProperties: Properties | null): Properties {
  if (attrs.length === 0 && selectorProperties === null) return NO_PROPERTIES;
  const properties: Properties = selectorProperties ?? {};
  for (const { name, value, prefix } of attrs) {
    const property = prefix ? undefined : PROPERTY_OF.get(name.toLowerCase());
    if (property === undefined) continue;
    if (property === 'className') {
      const tokens = spaceSeparated(value);
      const earlier = properties.className;
      properties.className = Array.isArray(earlier) ? [...earlier, ...tokens] : tokens;
    } else if (BOOLEAN.has(property)) {
      // hastscript keeps any other value as a string, which is as truthy as `true`.
      properties[property] = value === '' || value.toLowerCase() === property.toLowerCase() ? true : value;
    } else if (NUMBER.has(property)) {
      properties[property] = value && !Number.isNaN(Number(value)) ? Number(value) : value;
    } else properties[property] = value;
  }
  return properties;
}
