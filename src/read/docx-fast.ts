/**
 * .docx → text lines without mammoth: the package's XML parts are scanned once and turned
 * straight into the lines htmlToLines would make of mammoth's HTML. Returns null (decline) for
 * anything outside the constructs modelled here, and the caller takes the mammoth path instead.
 */
import { BodyReader, type BodyContext } from './docx-body.js';
import type { Block } from './docx-blocks.js';
import { blocksCjk, checkNoDominantLayoutTable } from './docx-layout.js';
import { LineWriter } from './docx-lines.js';
import { DocxPackage, partPath, relationshipsPath } from './docx-package.js';
import { headingLevels, numberingStyles } from './docx-styles.js';
import { CLOSE, decline, OPEN, type XmlScanner } from './docx-xml.js';

export function fastDocxLines(bytes: Uint8Array): string[] | null {
  try {
    return readDocx(bytes);
  } catch {
    // Declined, or bytes this reader cannot take apart: the mammoth path decides (and reports).
    return null;
  }
}

function readDocx(bytes: Uint8Array): string[] {
  const pkg = new DocxPackage(bytes);
  const headingLevel = headingLevels(pkg.xml(partPath('styles')));
  const numbered = numberingStyles(pkg.xml(partPath('numbering')));
  const context = (path: string): BodyContext => {
    const relationships = pkg.relationships(relationshipsPath(path));
    return { headingLevel, hasRelationship: (id) => relationships.targetById.get(id) !== undefined };
  };

  const notes = new Map<string, Block[]>();
  for (const type of ['footnote', 'endnote'] as const) {
    const path = partPath(`${type}s`);
    eachChild(pkg.xml(path), `w:${type}`, context(path), (sc, reader) => {
      const kind = sc.attr('w:type');
      if (kind === 'separator' || kind === 'continuationSeparator') return sc.skip();
      const id = sc.attr('w:id');
      notes.set(`${type}:${String(id)}`, reader().blocks());
    });
  }
  // Comments are read (mammoth fails on what it cannot read) but not written: nothing references them by default.
  eachChild(pkg.xml(partPath('comments')), 'w:comment', context(partPath('comments')), (_, reader) => void reader().blocks());

  let body: Block[] | null = null;
  eachChild(pkg.xml(partPath('document')), 'w:body', context(partPath('document')), (sc, reader) => {
    if (body) return sc.skip();
    body = reader().blocks();
  });
  if (!body) return decline('no w:body');

  const writer = new LineWriter();
  writer.body(body);
  const noteBlocks = writer.bodyRefs.map((ref) => notes.get(`${ref.type}:${ref.id}`) ?? decline('reference to a missing note'));
  checkNoDominantLayoutTable(body, () => noteBlocks.reduce((sum, blocks) => sum + blocksCjk(blocks), blocksCjk(body!)));
  writer.notes(noteBlocks, numbered);
  return writer.lines;
}

/** Calls `read` for each child of the part's root element with the given name (skips the others). */
function eachChild(sc: XmlScanner | null, name: string, context: BodyContext,
  read: (sc: XmlScanner, reader: () => BodyReader) => void): void {
  if (!sc) return;
  sc.next();
  for (let token = sc.next(); token !== CLOSE; token = sc.next()) {
    if (token !== OPEN) continue;
    if (sc.name === name) read(sc, () => new BodyReader(sc, context));
    else sc.skip();
  }
}
