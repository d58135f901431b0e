/**
 * WordprocessingML body → blocks, following mammoth's body reader element by element. Elements
 * mammoth has no reader for are skipped with their content, as mammoth does; elements it reads
 * in ways not modelled here (drawings, text boxes, alternate content, symbols, checkboxes, a
 * paragraph inside a run…) decline, so the caller falls back to mammoth itself.
 */
import { CLOSE, decline, OPEN, type XmlScanner } from './docx-xml.js';
import { mergeRows, NOTE_MARK, type Block, type NoteRef, type Paragraph, type ReadCell } from './docx-blocks.js';

/** What a paragraph needs from the rest of the package. */
export interface BodyContext {
  /** Heading level (1–6) of a paragraph style id, 0 for none. */
  headingLevel(styleId: string | undefined): number;
  /** Whether this part's relationships define the id (a hyperlink to a missing one makes mammoth throw). */
  hasRelationship(id: string): boolean;
}

// Every element name mammoth's body reader dispatches on; the ones not handled in a context decline there.
const MAMMOTH_READS = new Set([
  'w:p', 'w:r', 'w:fldChar', 'w:instrText', 'w:t', 'w:tab', 'w:noBreakHyphen', 'w:softHyphen', 'w:sym',
  'w:hyperlink', 'w:tbl', 'w:tr', 'w:tc', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference',
  'w:br', 'w:bookmarkStart', 'mc:AlternateContent', 'w:sdt', 'w:customXml', 'w:ins', 'w:moveFromRangeEnd',
  'w:moveFromRangeStart', 'w:moveTo', 'w:moveToRangeEnd', 'w:moveToRangeStart', 'w:object', 'w:smartTag',
  'w:drawing', 'w:pict', 'v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'wp:inline', 'wp:anchor',
  'v:imagedata', 'v:group', 'v:rect',
]);
// Containers mammoth reads straight through (their children join the parent's).
const TRANSPARENT = new Set(['w:customXml', 'w:moveFromRangeEnd', 'w:moveFromRangeStart', 'w:moveToRangeEnd', 'w:moveToRangeStart']);
const INLINE_TRANSPARENT = new Set([...TRANSPARENT, 'w:r', 'w:hyperlink', 'w:ins', 'w:moveTo', 'w:smartTag']);
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;

/**
 * One body reader per part body (the document, each note, each comment), as in mammoth: a
 * paragraph whose mark is deleted hands its content to the next paragraph of the same reader.
 */
export class BodyReader {
  private carried: Paragraph | null = null;

  constructor(private readonly sc: XmlScanner, private readonly context: BodyContext) {}

  /** Children of the element just opened, read as blocks up to its end tag. */
  blocks(into: Block[] = []): Block[] {
    for (let token = this.sc.next(); token !== CLOSE; token = this.sc.next()) {
      if (token === OPEN) this.block(into);
    }
    return into;
  }

  private block(into: Block[]): void {
    const { sc } = this;
    const name = sc.name;
    if (name === 'w:p') this.paragraph(into);
    else if (name === 'w:tbl') into.push(this.table());
    else if (name === 'w:sdt') this.sdt(() => this.blocks(into));
    else if (TRANSPARENT.has(name)) this.blocks(into);
    else if (name === 'w:bookmarkStart') {
      // An empty <a id> at block level: no text, but it is an element the note back-link sees.
      if (sc.attr('w:name') !== '_GoBack') into.push({ kind: 'anchor' });
      sc.skip();
    } else if (MAMMOTH_READS.has(name)) decline(`${name} outside a paragraph`);
    else sc.skip();
  }

  private paragraph(into: Block[]): void {
    const { sc } = this;
    const paragraph: Paragraph = { kind: 'p', heading: 0, styleId: undefined, numbered: false, segments: [''], refs: [], nonEmpty: false };
    let deleted = false;
    let seenProperties = false;
    for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
      if (token !== OPEN) continue;
      if (sc.name === 'w:pPr' && !seenProperties) {
        seenProperties = true;
        deleted = this.paragraphProperties(paragraph);
      } else this.inline(paragraph);
    }
    if (deleted) {
      this.carried = this.carried ? joinParagraphs(this.carried, paragraph) : paragraph;
      return;
    }
    paragraph.heading = this.context.headingLevel(paragraph.styleId);
    into.push(this.carried ? joinParagraphs(this.carried, paragraph) : paragraph);
    this.carried = null;
  }

  /** Reads w:pPr; returns whether the paragraph mark is deleted. */
  private paragraphProperties(paragraph: Paragraph): boolean {
    const { sc } = this;
    let deleted = false;
    const seen = new Set<string>();
    for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
      if (token !== OPEN) continue;
      const first = !seen.has(sc.name);
      seen.add(sc.name);
      if (first && sc.name === 'w:pStyle') paragraph.styleId = sc.attr('w:val') || undefined;
      if (first && sc.name === 'w:numPr') paragraph.numbered = true;
      if (first && sc.name === 'w:rPr') deleted = hasChild(sc, 'w:del');
      else sc.skip();
    }
    return deleted;
  }

  private inline(p: Paragraph): void {
    const { sc } = this;
    const name = sc.name;
    if (INLINE_TRANSPARENT.has(name)) {
      if (name === 'w:hyperlink') this.checkHyperlink();
      for (let token = sc.next(); token !== CLOSE; token = sc.next()) if (token === OPEN) this.inline(p);
      return;
    }
    switch (name) {
      case 'w:t': return appendText(p, sc.textContent());
      case 'w:tab': appendText(p, '\t'); return sc.skip();
      case 'w:noBreakHyphen': appendText(p, '\u2011'); return sc.skip();
      case 'w:softHyphen': appendText(p, '\u00ad'); return sc.skip();
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
      case 'w:footnoteReference': case 'w:endnoteReference': return this.noteReference(p, name === 'w:footnoteReference' ? 'footnote' : 'endnote');
      case 'w:bookmarkStart':
        if (sc.attr('w:name') !== '_GoBack') p.nonEmpty = true;
        return sc.skip();
      case 'w:sdt': return this.sdt(() => { for (let t = sc.next(); t !== CLOSE; t = sc.next()) if (t === OPEN) this.inline(p); });
      case 'w:fldChar': case 'w:commentReference': return sc.skip();
    }
    if (MAMMOTH_READS.has(name)) decline(`${name} inside a paragraph`);
    sc.skip();
  }

  private checkHyperlink(): void {
    const id = this.sc.attr('r:id');
    if (id !== undefined && id !== '' && !this.context.hasRelationship(id)) decline('hyperlink to a missing relationship');
  }

  private noteReference(p: Paragraph, type: NoteRef['type']): void {
    const id = this.sc.attr('w:id');
    // The id becomes an HTML id; only plain numbers are sure to pass the page-chrome filter untouched.
    if (id === undefined || !/^-?\d+$/.test(id)) decline('note reference id');
    p.refs.push({ type, id });
    p.segments[p.segments.length - 1] += NOTE_MARK;
    p.nonEmpty = true;
    this.sc.skip();
  }

  /** w:sdt: the first w:sdtContent is read; a checkbox content control declines. */
  private sdt(readContent: () => void): void {
    const { sc } = this;
    let contentRead = false;
    for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
      if (token !== OPEN) continue;
      if (sc.name === 'w:sdtContent' && !contentRead) {
        contentRead = true;
        readContent();
      } else if (sc.name === 'w:sdtPr') {
        if (hasDescendant(sc, 'wordml:checkbox')) decline('checkbox content control');
      } else sc.skip();
    }
  }

  private table(): Block {
    const { sc } = this;
    const rows: ReadCell[][] = [];
    for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
      if (token !== OPEN) continue;
      if (sc.name === 'w:tr') {
        const row = this.row();
        if (row) rows.push(row);
      } else if (MAMMOTH_READS.has(sc.name)) decline(`${sc.name} in a table`);
      else sc.skip();
    }
    return { kind: 'table', rows: mergeRows(rows) };
  }

  /** A row's cells, or null for a deleted row (w:trPr/w:del). */
  private row(): ReadCell[] | null {
    const { sc } = this;
    const cells: ReadCell[] = [];
    let deleted = false;
    let seenProperties = false;
    for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
      if (token !== OPEN) continue;
      if (sc.name === 'w:tc') cells.push(this.cell());
      else if (sc.name === 'w:trPr' && !seenProperties) {
        seenProperties = true;
        deleted = hasChild(sc, 'w:del');
      } else if (MAMMOTH_READS.has(sc.name)) decline(`${sc.name} in a table row`);
      else sc.skip();
    }
    return deleted ? null : cells;
  }

  private cell(): ReadCell {
    const { sc } = this;
    const cell: ReadCell = { blocks: [], colSpan: 1, vMerge: null };
    let seenProperties = false;
    for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
      if (token !== OPEN) continue;
      if (sc.name === 'w:tcPr' && !seenProperties) {
        seenProperties = true;
        cellProperties(sc, cell);
      } else this.block(cell.blocks);
    }
    return cell;
  }
}

function cellProperties(sc: XmlScanner, cell: ReadCell): void {
  const seen = new Set<string>();
  for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
    if (token !== OPEN) continue;
    const first = !seen.has(sc.name);
    seen.add(sc.name);
    if (first && sc.name === 'w:gridSpan') {
      const span = sc.attr('w:val');
      if (span) cell.colSpan = /^[1-9]\d{0,2}$/.test(span) ? Number(span) : decline('unusual gridSpan');
    }
    if (first && sc.name === 'w:vMerge') {
      const value = sc.attr('w:val');
      cell.vMerge = value === 'continue' || !value;
    }
    sc.skip();
  }
}

/** Reads the element just opened; whether a child has the name. */
function hasChild(sc: XmlScanner, name: string): boolean {
  let found = false;
  for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
    if (token !== OPEN) continue;
    if (sc.name === name) found = true;
    sc.skip();
  }
  return found;
}

/** Reads the element just opened; whether anything inside has the name. */
function hasDescendant(sc: XmlScanner, name: string): boolean {
  let found = false;
  for (let depth = 1; depth > 0;) {
    const token = sc.next();
    if (token === OPEN && sc.name === name) found = true;
    depth += token === OPEN ? 1 : token === CLOSE ? -1 : 0;
  }
  return found;
}

function appendText(p: Paragraph, text: string): void {
  if (text === '') return;
  if (CONTROL.test(text)) decline('control character');
  p.segments[p.segments.length - 1] += text;
  p.nonEmpty = true;
}

/** The deleted paragraph's content, then the next paragraph's, as one paragraph. */
function joinParagraphs(first: Paragraph, second: Paragraph): Paragraph {
  const segments = [...first.segments];
  segments[segments.length - 1] += second.segments[0]!;
  segments.push(...second.segments.slice(1));
  return { ...second, segments, refs: [...first.refs, ...second.refs], nonEmpty: first.nonEmpty || second.nonEmpty };
}
