/** Minimal hand-zipped .docx packages: just the XML parts a test names, zipped with fflate. */
import { strToU8, zipSync } from 'fflate';
import { expect } from 'vitest';
import { fastDocxLines } from '../../src/read/docx-fast.js';
import { mammothDocxToText } from '../../src/read/docx.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS = `xmlns:w="${W}" xmlns:r="${R}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`;
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Parts {
  /** Inner XML of w:body. */
  body: string;
  /** Inner XML of w:styles. */
  styles?: string;
  /** Inner XML of w:footnotes / w:endnotes / w:comments. */
  footnotes?: string;
  endnotes?: string;
  comments?: string;
  /** Extra <Relationship/> elements of the main document. */
  relationships?: string;
  /** Extra raw entries. */
  extra?: Record<string, string>;
}

const relationship = (id: string, type: string, target: string): string =>
  `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;

export function docx(parts: Parts): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`),
    '_rels/.rels': strToU8(`${DECL}<Relationships xmlns="${REL_NS}">${relationship('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`),
    'word/document.xml': strToU8(`${DECL}<w:document ${NS}><w:body>${parts.body}<w:sectPr/></w:body></w:document>`),
  };
  let rels = parts.relationships ?? '';
  for (const name of ['styles', 'footnotes', 'endnotes', 'comments'] as const) {
    const inner = parts[name];
    if (inner === undefined) continue;
    const root = name === 'styles' ? 'styles' : name;
    files[`word/${name}.xml`] = strToU8(`${DECL}<w:${root} ${NS}>${inner}</w:${root}>`);
    rels += relationship(`rId${name}`, name, `${name}.xml`);
  }
  files['word/_rels/document.xml.rels'] = strToU8(`${DECL}<Relationships xmlns="${REL_NS}">${rels}</Relationships>`);
  for (const [path, text] of Object.entries(parts.extra ?? {})) files[path] = strToU8(text);
  return zipSync(files);
}

export const p = (inner: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${inner}</w:p>`;
export const r = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const tc = (inner: string, props = ''): string => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner}</w:tc>`;
export const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
export const tbl = (...rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;

/** The fast reader's lines and the mammoth path's, for one package. */
export async function bothPaths(bytes: Uint8Array): Promise<{ fast: string | null; mammoth: string | null }> {
  const fast = fastDocxLines(bytes);
  const reference = await mammothDocxToText('test.docx', bytes);
  return { fast: fast === null ? null : fast.join('\n'), mammoth: reference.text };
}

/** The fast reader reads the package (does not decline) and gives exactly the mammoth path's text. */
export async function expectSameText(bytes: Uint8Array): Promise<string> {
  const { fast, mammoth } = await bothPaths(bytes);
  expect(mammoth).not.toBeNull();
  expect(fast).toBe(mammoth);
  return fast!;
}

/** The fast reader declines the package (the mammoth path reads it instead). */
export async function expectDeclined(bytes: Uint8Array): Promise<void> {
  expect(fastDocxLines(bytes)).toBeNull();
}
