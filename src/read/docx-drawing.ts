/**
 * Images as mammoth reads them: DrawingML (wp:inline / wp:anchor → a:graphic → a:graphicData →
 * pic:pic → pic:blipFill → a:blip, each a direct child) and VML (v:imagedata). An image is an
 * <img> with no text; what matters is that mammoth would not throw on it: every relationship it
 * looks up (r:embed, r:link, a:hlinkClick, v:imagedata r:id) must exist.
 */
import { CLOSE, decline, OPEN, type XmlScanner } from './docx-xml.js';

const BLIP_PATH = ['a:graphic', 'a:graphicData', 'pic:pic', 'pic:blipFill', 'a:blip'];

/** The wp:inline or wp:anchor just opened; returns how many images mammoth writes for it. */
export function readDrawingImages(sc: XmlScanner, hasRelationship: (id: string) => boolean): number {
  let images = 0;
  const require = (id: string | undefined): void => {
    if (id && !hasRelationship(id)) decline('image relationship missing');
  };
  const walk = (level: number): void => {
    for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
      if (token !== OPEN) continue;
      if (level === 0 && sc.name === 'wp:docPr') {
        walkDocumentProperties(sc, require);
      } else if (sc.name === BLIP_PATH[level] && level < BLIP_PATH.length - 1) walk(level + 1);
      else if (sc.name === 'a:blip' && level === BLIP_PATH.length - 1) {
        const embed = sc.attr('r:embed');
        const link = sc.attr('r:link');
        if (embed || link) {
          require(embed || link);
          images++;
        }
        sc.skip();
      } else sc.skip();
    }
  };
  walk(0);
  return images;
}

/** wp:docPr: a hyperlink on the image (a:hlinkClick) is looked up in the relationships. */
function walkDocumentProperties(sc: XmlScanner, require: (id: string | undefined) => void): void {
  for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
    if (token !== OPEN) continue;
    if (sc.name === 'a:hlinkClick') require(sc.attr('r:id'));
    sc.skip();
  }
}

/** v:imagedata just opened: whether mammoth writes an image for it. */
export function readVmlImage(sc: XmlScanner, hasRelationship: (id: string) => boolean): boolean {
  const id = sc.attr('r:id');
  sc.skip();
  if (!id) return false;
  return hasRelationship(id) ? true : decline('image relationship missing');
}
