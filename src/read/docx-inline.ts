/**
 * The inside of a w:p, as mammoth's body reader reads it: text, tabs, breaks, hyphens, symbols,
 * note references, images (no text) and the containers it reads straight through. A w:pict's content (a VML text
 * box) is not inline: mammoth puts its blocks after the paragraph.
 */
import { createRequire } from 'node:module';
import { NOTE_MARK, type Block, type NoteRef, type Paragraph } from './docx-blocks.js';
import { readDrawingImages, readVmlImage } from './docx-drawing.js';
import { CLOSE, decline, OPEN, type XmlScanner } from './docx-xml.js';

/** What the inline reader needs from the body reader around it. */
export interface InlineHost {
  readonly sc: XmlScanner;
  hasRelationship(id: string): boolean;
  /** The w:pict just opened, read as blocks (text box paragraphs and tables). */
  picture(into: Block[]): void;
  /** w:sdt just opened: its first w:sdtContent read with `content`. */
  sdt(content: () => void): void;
}

// Every element name mammoth's body reader dispatches on (those not handled in a context decline there).
export const MAMMOTH_READS = new Set([
  'w:p', 'w:r', 'w:fldChar', 'w:instrText', 'w:t', 'w:tab', 'w:noBreakHyphen', 'w:softHyphen', 'w:sym',
  'w:hyperlink', 'w:tbl', 'w:tr', 'w:tc', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference',
  'w:br', 'w:bookmarkStart', 'mc:AlternateContent', 'w:sdt', 'w:customXml', 'w:ins', 'w:moveFromRangeEnd',
  'w:moveFromRangeStart', 'w:moveTo', 'w:moveToRangeEnd', 'w:moveToRangeStart', 'w:object', 'w:smartTag',
  'w:drawing', 'w:pict', 'v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'wp:inline', 'wp:anchor',
  'v:imagedata', 'v:group', 'v:rect',
]);
// Containers mammoth reads straight through (their children join the parent's).
export const TRANSPARENT = new Set(['w:customXml', 'w:moveFromRangeEnd', 'w:moveFromRangeStart', 'w:moveToRangeEnd', 'w:moveToRangeStart']);
// VML shapes mammoth reads straight through wherever they are (text boxes hold w:txbxContent).
export const SHAPES = new Set(['v:shape', 'v:textbox', 'w:txbxContent', 'v:roundrect', 'v:group', 'v:rect']);
const INLINE_TRANSPARENT = new Set([...TRANSPARENT, ...SHAPES, 'w:r', 'w:hyperlink', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:drawing', 'w:object']);
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;

/** Reads the element just opened inside paragraph `p`; text box blocks go to `extras`. */
export function readInline(host: InlineHost, p: Paragraph, extras: Block[]): void {
  const { sc } = host;
  const name = sc.name;
  if (INLINE_TRANSPARENT.has(name)) {
    const id = name === 'w:hyperlink' ? sc.attr('r:id') : undefined;
    // mammoth writes href="undefined" for a missing relationship, and its HTML writer throws.
    if (id && !host.hasRelationship(id)) decline('hyperlink to a missing relationship');
    for (let token = sc.next(); token !== CLOSE; token = sc.next()) if (token === OPEN) readInline(host, p, extras);
    return;
  }
  switch (name) {
    case 'w:t': return appendText(p, sc.textContent());
    case 'w:tab': appendText(p, '\t'); return sc.skip();
    case 'w:noBreakHyphen': appendText(p, '\u2011'); return sc.skip();
    case 'w:softHyphen': appendText(p, '\u00ad'); return sc.skip();
    case 'w:sym': appendText(p, symbol(sc)); return sc.skip();
    case 'w:br': {
      const type = sc.attr('w:type');
      if (type === undefined || type === 'textWrapping') {
        p.segments.push('');
        p.nonEmpty = true;
      }
      return sc.skip();
    }
    case 'w:instrText':
      if (/FORMCHECKBOX/.test(sc.textContent())) decline('checkbox field');
      return;
    case 'w:footnoteReference': return noteReference(sc, p, 'footnote');
    case 'w:endnoteReference': return noteReference(sc, p, 'endnote');
    case 'w:bookmarkStart':
      if (sc.attr('w:name') !== '_GoBack') p.nonEmpty = true;
      return sc.skip();
    case 'w:sdt': return host.sdt(() => { for (let t = sc.next(); t !== CLOSE; t = sc.next()) if (t === OPEN) readInline(host, p, extras); });
    case 'w:pict': return host.picture(extras);
    case 'wp:inline': case 'wp:anchor':
      if (readDrawingImages(sc, (id) => host.hasRelationship(id)) > 0) p.nonEmpty = true;
      return;
    case 'v:imagedata':
      if (readVmlImage(sc, (id) => host.hasRelationship(id))) p.nonEmpty = true;
      return;
    case 'w:fldChar': case 'w:commentReference': return sc.skip();
  }
  if (MAMMOTH_READS.has(name)) decline(`${name} inside a paragraph`);
  sc.skip();
}

function noteReference(sc: XmlScanner, p: Paragraph, type: NoteRef['type']): void {
  const id = sc.attr('w:id');
  // The id becomes an HTML id; only plain numbers are sure to pass the page-chrome filter untouched.
  if (id === undefined || !/^-?\d+$/.test(id)) decline('note reference id');
  p.refs.push({ type, id });
  p.segments[p.segments.length - 1] += NOTE_MARK;
  p.nonEmpty = true;
  sc.skip();
}

type DingbatLookup = (font: string, hex: string | undefined) => { string: string } | undefined;
let dingbats: DingbatLookup | null = null;

/** w:sym through the same dingbat table mammoth uses (dingbat-to-unicode, loaded on first use). */
function symbol(sc: XmlScanner): string {
  const font = sc.attr('w:font');
  const char = sc.attr('w:char');
  if (font === undefined) decline('symbol without a font');
  if (!dingbats) {
    dingbats = (createRequire(import.meta.url)('dingbat-to-unicode') as { hex: DingbatLookup }).hex;
  }
  const found = dingbats(font, char) ?? (char !== undefined && /^F0..$/.test(char) ? dingbats(font, char.substring(2)) : undefined);
  // An unknown character is dropped (mammoth only warns).
  return found ? found.string : '';
}

function appendText(p: Paragraph, text: string): void {
  if (text === '') return;
  if (CONTROL.test(text)) decline('control character');
  p.segments[p.segments.length - 1] += text;
  p.nonEmpty = true;
}
