/**
 * WordprocessingML body → blocks, following mammoth's body reader element by element. Elements
 * mammoth has no reader for are skipped with their content, as mammoth does; elements it reads
 * in ways not modelled here (checkbox controls, a paragraph inside a run, a run outside a
 * paragraph, a text box in a deleted paragraph…) decline, so the caller falls back to mammoth.
 */
import { CLOSE, decline, OPEN, type XmlScanner } from './docx-xml.js';
import type { Block, Paragraph } from './docx-blocks.js';
import { readVmlImage } from './docx-drawing.js';
import { MAMMOTH_READS, readInline, SHAPES, TRANSPARENT, type InlineHost } from './docx-inline.js';
import { hasChild, hasDescendant, readTable } from './docx-table-reader.js';

/** What a paragraph needs from the rest of the package. */
export interface BodyContext {
  /** Heading level (1–6) of a paragraph style id, 0 for none. */
  headingLevel(styleId: string | undefined): number;
  /** Whether this part's relationships define the id (a hyperlink to a missing one makes mammoth throw). */
  hasRelationship(id: string): boolean;
}

/**
 * One body reader per part body (the document, each note, each comment), as in mammoth: a
 * paragraph whose mark is deleted hands its content to the next paragraph of the same reader.
 */
export class BodyReader implements InlineHost {
  private carried: Paragraph | null = null;
  private inDeletedParagraph = false;

  constructor(readonly sc: XmlScanner, private readonly context: BodyContext) {}

  hasRelationship(id: string): boolean {
    return this.context.hasRelationship(id);
  }

  /** Children of the element just opened, read as blocks up to its end tag. */
  blocks(into: Block[] = []): Block[] {
    for (let token = this.sc.next(); token !== CLOSE; token = this.sc.next()) {
      if (token === OPEN) this.block(into);
    }
    return into;
  }

  /** The element just opened, at block level (body, cell, note, text box). */
  block(into: Block[]): void {
    const { sc } = this;
    const name = sc.name;
    if (name === 'w:p') this.paragraph(into);
    else if (name === 'w:tbl') into.push(readTable(this));
    else if (name === 'w:sdt') this.sdt(() => this.blocks(into));
    else if (TRANSPARENT.has(name) || SHAPES.has(name)) this.blocks(into);
    else if (name === 'v:imagedata') {
      // An image (in a w:pict) placed after its paragraph: an <img> between the blocks.
      if (readVmlImage(sc, (id) => this.hasRelationship(id))) into.push({ kind: 'anchor' });
    }
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
    const extras: Block[] = [];
    let deleted = false;
    let carried: Paragraph | null = null;
    let started = false;
    for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
      if (token !== OPEN) continue;
      if (!started) {
        started = true;
        // mammoth knows a deleted mark before reading the content; w:pPr first lets this reader know it too.
        if (sc.name === 'w:pPr') {
          deleted = this.paragraphProperties(paragraph);
          if (!deleted) [carried, this.carried] = [this.carried, null];
          this.inDeletedParagraph = deleted;
          continue;
        }
        [carried, this.carried] = [this.carried, null];
      } else if (sc.name === 'w:pPr') decline('w:pPr after the paragraph content');
      readInline(this, paragraph, extras);
    }
    this.inDeletedParagraph = false;
    if (deleted) {
      this.carried = this.carried ? joinParagraphs(this.carried, paragraph) : paragraph;
      return;
    }
    if (!started) [carried, this.carried] = [this.carried, null];
    paragraph.heading = this.context.headingLevel(paragraph.styleId);
    into.push(carried ? joinParagraphs(carried, paragraph) : paragraph, ...extras);
  }

  /** w:pict: its text boxes' blocks, which mammoth places after the paragraph. */
  picture(into: Block[]): void {
    // Re-read inside the next paragraph by mammoth; that ordering is not modelled.
    if (this.inDeletedParagraph) decline('picture in a deleted paragraph');
    this.blocks(into);
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

  /** w:sdt: the first w:sdtContent is read; a checkbox content control declines. */
  sdt(readContent: () => void): void {
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
}

/** The deleted paragraph's content, then the next paragraph's, as one paragraph. */
function joinParagraphs(first: Paragraph, second: Paragraph): Paragraph {
  const segments = [...first.segments];
  segments[segments.length - 1] += second.segments[0]!;
  segments.push(...second.segments.slice(1));
  return { ...second, segments, refs: [...first.refs, ...second.refs], nonEmpty: first.nonEmpty || second.nonEmpty };
}
