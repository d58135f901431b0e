/**
 * Zip entry names as mammoth's zip reader (JSZip) sees them: the fast reader must find the same
 * parts, or decline. A part it misses silently (styles, notes) changes the lines.
 */
import { crc32 } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fastDocxLines } from '../../src/read/docx-fast.js';
import { docxToText, mammothDocxToText } from '../../src/read/docx.js';
import { bothPaths, docx, p, r } from './docx-fixtures.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STYLES = `<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style></w:styles>`;
const BODY = p(r('标题'), 'H1');

/** The package's entries, the styles part stored under `stylesName`, with extra raw entries. */
function withStyles(stylesName: string, extra: Record<string, string> = {}): Uint8Array {
  const base = unzip(docx({ body: BODY }));
  base[stylesName] = strToU8(STYLES);
  for (const [name, text] of Object.entries(extra)) base[name] = strToU8(text);
  return zipSync(base);
}

const unzip = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);

async function expectSameOrDeclined(bytes: Uint8Array): Promise<void> {
  const { fast, mammoth } = await bothPaths(bytes);
  expect(mammoth).toBe('# 标题'); // the mammoth path finds the styles part in every case below
  if (fast !== null) expect(fast).toBe(mammoth);
}

describe('fast .docx reader: zip entry names', () => {
  it('finds a part named with "." or ".." segments or a doubled "/" where JSZip resolves it', async () => {
    for (const name of ['word/./styles.xml', 'word//styles.xml', 'x/../word/styles.xml', './word/styles.xml']) {
      await expectSameOrDeclined(withStyles(name));
    }
    expect(fastDocxLines(withStyles('word/./styles.xml'))).toEqual(['# 标题']);
  });

  it('finds a part whose relationship target and entry name are not ASCII (names are UTF-8 to JSZip)', async () => {
    const base = unzip(docx({ body: BODY }));
    base['word/_rels/document.xml.rels'] = strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="r9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="样式.xml"/></Relationships>');
    base['word/样式.xml'] = strToU8(STYLES);
    await expectSameOrDeclined(zipSync(base));
  });

  it('finds a part JSZip names by its Info-ZIP Unicode path field, or declines', async () => {
    const upath = Buffer.concat([Buffer.from([1]), u32(crc32('word/other.xml')), Buffer.from('word/styles.xml')]);
    const bytes = addExtraField(Buffer.from(withStyles('word/other.xml')), 'word/other.xml', 0x7075, upath);
    await expectSameOrDeclined(bytes);
  });
});

describe('fast .docx reader: damaged entries it does not read', () => {
  // JSZip checks every entry's local header, encryption and compression method when it opens the
  // package, so mammoth rejects the file: the fast reader must decline it too, not read the text.
  const withImage = (): Buffer => {
    const entries = unzip(docx({ body: p(r('正文残疾人')) }));
    entries['word/media/image1.bin'] = strToU8('x'.repeat(100));
    return Buffer.from(zipSync(entries, { level: 0 }));
  };
  const damage: Record<string, (zip: Buffer, at: number, central: boolean) => void> = {
    'an unknown compression method': (zip, at, central) => zip.writeUInt16LE(12, at + (central ? 10 : 8)),
    'encryption': (zip, at, central) => zip.writeUInt16LE(1, at + (central ? 8 : 6)),
    'a local header offset that points nowhere': (zip, at, central) => { if (central) zip.writeUInt32LE(3, at + 42); },
    'a damaged local header signature': (zip, at, central) => { if (!central) zip.writeUInt32LE(0, at); },
    'data past the end of the file': (zip, at, central) => { if (central) zip.writeUInt32LE(0x7fffffff, at + 20); },
  };
  for (const [what, change] of Object.entries(damage)) {
    it(`an image entry with ${what}: the file is not read (as before the fast reader)`, async () => {
      const bytes = patchEntry(withImage(), 'word/media/image1.bin', change);
      expect(fastDocxLines(bytes)).toBeNull();
      const read = await docxToText('damaged.docx', bytes);
      expect(read.text).toBeNull();
      expect(read.diagnostics).toEqual([expect.objectContaining({ code: 'read/docx-invalid', file: 'damaged.docx' })]);
    });
  }
});

describe('.docx parts that declare an absurd size (zip bombs)', () => {
  // A few kilobytes of zip can declare gigabytes; nothing may inflate them. The size declared in
  // the central directory (offset 24 of an entry) is what a reader would trust.
  const declaring = (name: string, size: number): Buffer =>
    patchEntry(Buffer.from(docx({ body: p(r('正文残疾人')) })), name, (zip, at, central) => {
      zip.writeUInt32LE(size, at + (central ? 24 : 22));
    });

  it('refuses a document part declaring 3 GB with one line naming the file, the part and the limit', async () => {
    const read = await docxToText('bomb.docx', declaring('word/document.xml', 3 * 1024 ** 3));
    expect(read.text).toBeNull();
    expect(read.diagnostics).toEqual([expect.objectContaining({
      level: 'error', code: 'read/docx-too-large', file: 'bomb.docx',
      message: 'bomb.docx: not read: the .docx part word/document.xml would expand to 3072 MB (limit 256 MB)',
    })]);
  });

  it('refuses a bomb in a part the text never needs (mammoth would still open it)', async () => {
    const read = await docxToText('bomb.docx', declaring('[Content_Types].xml', 0xfffffffe));
    expect(read.diagnostics.map((d) => d.code)).toEqual(['read/docx-too-large']);
  });

  it('refuses a part that inflates past the size it declares, without inflating it (mammoth fails the same file only after)', async () => {
    const body = p(r('正文残疾人')) + ' '.repeat(5_000_000);
    const understated = patchEntry(Buffer.from(docx({ body })), 'word/document.xml', (zip, at, central) => {
      zip.writeUInt32LE(100, at + (central ? 24 : 22));
    });
    expect(understated.byteLength).toBeLessThan(50_000);
    const read = await docxToText('bomb.docx', understated);
    expect(read.text).toBeNull();
    expect(read.diagnostics).toEqual([expect.objectContaining({
      code: 'read/docx-invalid', message: 'bomb.docx: not a readable .docx (part word/document.xml is larger than its declared size)',
    })]);
    expect((await mammothDocxToText('bomb.docx', understated)).diagnostics.map((d) => d.code)).toEqual(['read/docx-invalid']);
  });

  it('reads a document whose largest part declares exactly the limit or less', async () => {
    const read = await docxToText('fine.docx', docx({ body: p(r('正文残疾人')) }));
    expect(read.text).toBe('正文残疾人');
  });
});

/** The zip with `change` applied to the local header and the central directory entry of `name`. */
function patchEntry(zip: Buffer, name: string, change: (zip: Buffer, at: number, central: boolean) => void): Buffer {
  const out = Buffer.from(zip);
  for (let i = out.indexOf(name); i >= 0; i = out.indexOf(name, i + 1)) {
    if (i >= 30 && out.readUInt32LE(i - 30) === 0x04034b50) change(out, i - 30, false);
    else if (i >= 46 && out.readUInt32LE(i - 46) === 0x02014b50) change(out, i - 46, true);
  }
  return out;
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value >>> 0);
  return buffer;
}

/** The zip with an extra field (id, value) added to one central directory entry. */
function addExtraField(zip: Buffer, name: string, id: number, value: Buffer): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const dirStart = zip.readUInt32LE(eocd + 16);
  const parts: Buffer[] = [];
  let at = dirStart;
  while (at < eocd) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const length = 46 + nameLength + extraLength + commentLength;
    const entry = Buffer.from(zip.subarray(at, at + length));
    if (entry.toString('latin1', 46, 46 + nameLength) === name) {
      const field = Buffer.concat([Buffer.alloc(4), value]);
      field.writeUInt16LE(id, 0);
      field.writeUInt16LE(value.length, 2);
      entry.writeUInt16LE(extraLength + field.length, 30);
      const head = entry.subarray(0, 46 + nameLength + extraLength);
      parts.push(Buffer.concat([head, field, entry.subarray(46 + nameLength + extraLength)]));
    } else {
      parts.push(entry);
    }
    at += length;
  }
  const directory = Buffer.concat(parts);
  const end = Buffer.from(zip.subarray(eocd));
  end.writeUInt32LE(directory.length, 12);
  return Buffer.concat([zip.subarray(0, dirStart), directory, end]);
}
