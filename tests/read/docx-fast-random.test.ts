/**
 * Random documents built from the constructs the fast reader models: it must give exactly the
 * mammoth path's text, or decline.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bothPaths, docx, p, tbl, tc, tr } from './docx-fixtures.js';

const text = fc.array(fc.constantFrom('残', '疾', '人', 'a', 'B', '1', ' ', '  ', '\n', '\t', '。', '（', '&amp;', '&lt;', '&#x4E2D;', '\u00a0', '\u2028', '\u0085'), { maxLength: 6 })
  .map((parts) => parts.join(''));

const run = fc.oneof(
  { weight: 6, arbitrary: text.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`) },
  { weight: 1, arbitrary: fc.constantFrom('<w:r><w:br/></w:r>', '<w:r><w:tab/></w:r>', '<w:r><w:br w:type="page"/></w:r>', '<w:r><w:t></w:t></w:r>') },
  { weight: 1, arbitrary: fc.constantFrom('<w:bookmarkStart w:id="1" w:name="b1"/>', '<w:bookmarkEnd w:id="1"/>', '<w:r><w:footnoteReference w:id="1"/></w:r>', '<w:r><w:footnoteReference w:id="2"/></w:r>') },
  { weight: 1, arbitrary: text.map((t) => `<w:del w:id="5" w:author="a"><w:r><w:delText>${t}</w:delText></w:r></w:del>`) },
  { weight: 1, arbitrary: text.map((t) => `<w:ins w:id="6" w:author="a"><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:ins>`) },
  { weight: 1, arbitrary: text.map((t) => `<w:hyperlink w:anchor="x"><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:hyperlink>`) },
  { weight: 1, arbitrary: text.map((t) => `<w:hyperlink r:id="rIdLink"><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:hyperlink>`) },
  { weight: 1, arbitrary: fc.constantFrom(
    '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>', '<w:r><w:sym w:font="Symbol" w:char="F061"/></w:r>',
    '<w:r><w:endnoteReference w:id="1"/></w:r>', '<w:r><w:softHyphen/></w:r>',
    '<w:r><w:drawing><wp:inline><wp:docPr id="1" name="p"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>',
  ) },
  { weight: 1, arbitrary: text.map((t) => `<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`) },
  { weight: 1, arbitrary: text.map((t) => `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>选择</w:t></mc:Choice><mc:Fallback><w:t xml:space="preserve">${t}</w:t></mc:Fallback></mc:AlternateContent></w:r>`) },
  { weight: 1, arbitrary: text.map((t) => `<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:sdtContent></w:sdt>`) },
);

const paragraph = fc.tuple(fc.array(run, { maxLength: 5 }), fc.constantFrom(undefined, 'Heading1', 'Heading3', 'a3', 'Normal'), fc.integer({ min: 0, max: 7 }).map((n) => n === 0))
  .map(([runs, style, deletedMark]) => {
    const properties = deletedMark ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:rPr><w:del w:id="9" w:author="a"/></w:rPr></w:pPr>` : '';
    return deletedMark ? `<w:p>${properties}${runs.join('')}</w:p>` : p(runs.join(''), style);
  });

const cellProperties = fc.constantFrom('', '<w:gridSpan w:val="2"/>', '<w:vMerge w:val="restart"/>', '<w:vMerge/>', '<w:vMerge w:val="continue"/>');

const table = (inner: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.array(fc.array(fc.tuple(fc.array(inner, { minLength: 0, maxLength: 2 }), cellProperties), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
    .map((rows) => tbl(...rows.map((cells) => tr(...cells.map(([blocks, props]) => tc(blocks.join('') || '<w:p/>', props))))));

const block = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 1, arbitrary: paragraph.map((inner) => `<w:sdt><w:sdtContent>${inner}</w:sdtContent></w:sdt>`) },
  { weight: 2, arbitrary: table(paragraph) },
  { weight: 1, arbitrary: table(fc.oneof(paragraph, table(paragraph))) },
);

const styles = '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="heading 2"/></w:style>';
const relationships = '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://x.cn" TargetMode="External"/>'
  + '<Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/a.png"/>';
const endnotes = `<w:endnote w:id="1">${p('<w:r><w:t>尾注</w:t></w:r>')}</w:endnote>`;
const footnotes = `<w:footnote w:id="1">${p('<w:r><w:t>注一</w:t></w:r>')}</w:footnote><w:footnote w:id="2">${p('<w:r><w:t>注二</w:t></w:r>')}${p('<w:r><w:t>标题</w:t></w:r>', 'Heading1')}</w:footnote>`;

describe('fast .docx reader on random documents', () => {
  it('equals the mammoth path or declines', async () => {
    let read = 0;
    await fc.assert(fc.asyncProperty(fc.array(block, { maxLength: 8 }), async (blocks) => {
      const { fast, mammoth } = await bothPaths(docx({ body: blocks.join(''), styles, footnotes, endnotes, relationships }));
      if (fast !== null) {
        read++;
        expect(fast).toBe(mammoth);
      }
    }), { numRuns: 300, seed: 7 });
    expect(read).toBeGreaterThan(200);
  });
});
