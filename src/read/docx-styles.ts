/** What styles.xml and numbering.xml contribute to mammoth's HTML of a paragraph. */
import { CLOSE, decline, OPEN, type XmlScanner } from './docx-xml.js';

/**
 * mammoth's default style map for headings, first match wins: style ids Heading1–Heading6, then
 * style names "Heading 1"–"Heading 6" (any case), then Apple Pages' "Heading" id and name (h1).
 */
export function headingLevels(styles: XmlScanner | null): (styleId: string | undefined) => number {
  const names = paragraphStyleNames(styles);
  return (styleId) => {
    if (!styleId) return 0;
    const byId = /^Heading([1-6])$/.exec(styleId);
    if (byId) return Number(byId[1]);
    const name = names.get(styleId)?.toUpperCase();
    const byName = name === undefined ? null : /^HEADING ([1-6])$/.exec(name);
    if (byName) return Number(byName[1]);
    return styleId === 'Heading' || name === 'HEADING' ? 1 : 0;
  };
}

/** Paragraph style id → name (w:name), the first definition of an id winning, as in mammoth. */
function paragraphStyleNames(sc: XmlScanner | null): Map<string, string | undefined> {
  const names = new Map<string, string | undefined>();
  if (!sc) return names;
  sc.next();
  for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
    if (token !== OPEN) continue;
    if (sc.name !== 'w:style') {
      sc.skip();
      continue;
    }
    const paragraph = sc.attr('w:type') === 'paragraph';
    const id = String(sc.attr('w:styleId'));
    let name: string | undefined;
    let named = false;
    for (let t = sc.next(); t !== CLOSE; t = sc.next()) {
      if (t !== OPEN) continue;
      const child: string = sc.name;
      if (child === 'w:name' && !named) {
        named = true;
        name = sc.attr('w:val');
      }
      sc.skip();
    }
    if (paragraph && !names.has(id)) names.set(id, name);
  }
  return names;
}

/**
 * Paragraph styles numbering.xml links to list levels (mammoth may write those paragraphs as list
 * items). Declines on what makes mammoth's numbering reader throw or follow style links.
 */
export function numberingStyles(sc: XmlScanner | null): Set<string> {
  const styles = new Set<string>();
  if (!sc) return styles;
  sc.next();
  for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
    if (token !== OPEN) continue;
    const isNum = sc.name === 'w:num';
    let hasAbstract = false;
    for (let depth = 1; depth > 0;) {
      const t = sc.next();
      if (t === OPEN) {
        if (depth === 1 && sc.name === 'w:abstractNumId') hasAbstract = true;
        if (sc.name === 'w:numStyleLink') decline('numbering style link');
        if (sc.name === 'w:pStyle') styles.add(String(sc.attr('w:val')));
      }
      depth += t === OPEN ? 1 : t === CLOSE ? -1 : 0;
    }
    if (isNum && !hasAbstract) decline('w:num without w:abstractNumId');
  }
  return styles;
}
