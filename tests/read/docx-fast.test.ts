/**
 * The direct .docx reader against the mammoth path it replaces: for every package it either
 * gives exactly the same text or declines (and the mammoth path is used).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxDocument } from './fixtures.js';
import { bothPaths, docx, expectDeclined, expectSameText, p, r, tbl, tc, tr } from './docx-fixtures.js';

const seedDir = new URL('../../seeds/', import.meta.url);

describe('fast .docx reader: seeds as Word documents', () => {
  for (const name of readdirSync(seedDir).sort()) {
    it(`reads ${name} exactly as the mammoth path does`, async () => {
      const text = readFileSync(new URL(name, seedDir), 'utf8');
      await expectSameText(await docxDocument(text));
    });
  }
});

const styles = [
  '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="heading 2"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Title3"><w:name w:val="HEADING 3"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Body"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="x"><w:name w:val="Heading"/></w:style>',
  '<w:style w:type="character" w:styleId="c1"><w:name w:val="Heading 4"/></w:style>',
  '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Normal"/></w:style>',
].join('');

describe('fast .docx reader: constructs', () => {
  it('maps headings by style id and by style name (any case), as mammoth’s default style map', async () => {
    const body = [
      p(r('一、总体要求'), 'Heading1'), p(r('（一）指导思想'), 'a3'), p(r('1.基本原则'), 'Title3'),
      p(r('苹果标题'), 'Heading'), p(r('按名称的标题'), 'x'), p(r('字符样式不算'), 'c1'),
      p(r('未定义样式'), 'Heading7'), p(r('六级'), 'Heading6'), p(r('正文段落。')),
    ].join('');
    const text = await expectSameText(docx({ body, styles }));
    expect(text.split('\n').slice(0, 3)).toEqual(['# 一、总体要求', '## （一）指导思想', '### 1.基本原则']);
  });

  it('expands merged cells: gridSpan, vMerge restart/continue, empty cells, deleted rows', async () => {
    const body = tbl(
      tr(tc(p(r('序号'))), tc(p(r('任务')), '<w:gridSpan w:val="2"/>'), tc(p(r('牵头单位')))),
      tr(tc(p(r('1'))), tc(p(r('康复'))), tc(p('')), tc(p(r('市残联')), '<w:vMerge w:val="restart"/>')),
      tr(tc(p(r('2'))), tc(p(r('教育'))), tc(p(r('备注'))), tc(p(r('丢弃')), '<w:vMerge/>')),
      '<w:tr><w:trPr><w:del w:id="9" w:author="a"/></w:trPr>' + tc(p(r('删除的行'))) + '</w:tr>',
      tr(tc(p(r('3'))), tc(p(r('就业')), '<w:gridSpan w:val="2"/>'), tc(p(r('继续')), '<w:vMerge w:val="continue"/>')),
      tr(tc('<w:p/>'), tc(p(r('a')) + p(r('b'))), tc(p(r('c') + '<w:r><w:br/></w:r>' + r('d'))), tc(p(r('\t制\t表\t'))))
    );
    await expectSameText(docx({ body }));
  });

  it('reads nested tables and very long cells as layout (blocks, not rows)', async () => {
    const inner = tbl(tr(tc(p(r('内表甲'))), tc(p(r('内表乙')))));
    const nested = tbl(tr(tc(p(r('外表单元')) + inner), tc(p(r('旁边')))));
    const long = tbl(tr(tc(p(r('长'.repeat(1000)))), tc(p(r('短')))));
    const prose = p(r('这是表格之外的大量正文。'.repeat(40)));
    await expectSameText(docx({ body: prose + nested + long + prose }));
  });

  it('declines when a layout table holds nearly all the text (htmlToLines would read only that table)', async () => {
    const inner = tbl(tr(tc(p(r('内表')))));
    await expectDeclined(docx({ body: p(r('标题')) + tbl(tr(tc(p(r('正文'.repeat(100))) + inner))) }));
  });

  it('handles breaks, tabs, empty paragraphs, hyphens, entities and character references', async () => {
    const body = [
      p(r('第一行') + '<w:r><w:br/><w:t>第二行</w:t><w:br w:type="page"/><w:t>同一行</w:t><w:br w:type="textWrapping"/></w:r>'),
      p(''), '<w:p/>', p('<w:r><w:tab/></w:r>'),
      p(r('目标\t任务') + '<w:r><w:tab/><w:t>指标</w:t></w:r>'),
      p(r('A&amp;B &lt;残疾人&gt; &quot;引&apos; &#x4E2D;&#22269; &#x1F600;')),
      p(r('soft') + '<w:r><w:softHyphen/><w:t>hyphen</w:t><w:noBreakHyphen/><w:t>x</w:t></w:r>'),
      p(r('换行\n在汉字之间') + r(' 空格  多个 ') + r('ab\ncd')),
      p(r('标题') + '<w:r><w:br/></w:r>' + r('第二部分'), 'Heading1'),
    ].join('');
    await expectSameText(docx({ body, styles }));
  });

  it('keeps hyperlink text, inserted runs and field results; drops deleted runs, instructions and simple fields', async () => {
    const body = [
      p('<w:hyperlink r:id="rIdLink"><w:r><w:t>链接文字</w:t></w:r></w:hyperlink>' + '<w:hyperlink w:anchor="_Toc1">' + r('目录项') + '</w:hyperlink>'),
      p(r('保留') + '<w:ins w:id="1" w:author="a">' + r('插入的') + '</w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>删除的</w:delText></w:r></w:del>'),
      p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://x.cn" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r('域结果') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
      p('<w:fldSimple w:instr=" PAGE ">' + r('简单域被忽略') + '</w:fldSimple>' + r('之后')),
      p('<w:bookmarkStart w:id="0" w:name="_Toc1"/>' + r('书签') + '<w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellStart"/>'),
      p('<w:smartTag w:uri="u" w:element="e">' + r('智能标记') + '</w:smartTag><w:customXml w:element="c">' + r('自定义') + '</w:customXml>'),
    ].join('');
    const relationships = '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://www.cdpf.org.cn" TargetMode="External"/>';
    await expectSameText(docx({ body, relationships }));
  });

  it('moves the content of a paragraph whose mark is deleted into the next paragraph', async () => {
    const deletedMark = '<w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>';
    const body = `<w:p>${deletedMark}${r('前半段')}</w:p>` + p(r('后半段'), 'Heading1') + `<w:p>${deletedMark}${r('表前')}</w:p>` + tbl(tr(tc(p(r('单元格')))));
    await expectSameText(docx({ body, styles }));
  });

  it('numbers note references and lists footnotes and endnotes at the end', async () => {
    const ref = (kind: string, id: number): string => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:${kind}Reference w:id="${id}"/></w:r>`;
    const note = (kind: string, id: number, inner: string): string => `<w:${kind} w:id="${id}">${inner}</w:${kind}>`;
    const separators = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
    const footnotes = separators + [
      note('footnote', 1, p('<w:r><w:footnoteRef/></w:r>' + r(' 脚注一。'))),
      note('footnote', 2, p(r('脚注二第一段')) + p(r('脚注二第二段')) + '<w:p/>'),
      note('footnote', 3, p(r('以标题结尾')) + p(r('标题'), 'Heading1')),
      note('footnote', 4, p(r('以表格结尾')) + tbl(tr(tc(p(r('表')))))),
      note('footnote', 5, '<w:p><w:bookmarkStart w:id="1" w:name="b"/></w:p>'),
      note('footnote', 6, p(r('未被引用'))),
    ].join('');
    const endnotes = note('endnote', 1, p(r('尾注内容') + '<w:r><w:br/></w:r>' + r('换行')));
    const body = [
      p(r('正文一') + ref('footnote', 1) + r('正文二') + ref('endnote', 1)),
      p(r('标题带注') + ref('footnote', 2), 'Heading1'),
      tbl(tr(tc(p(r('表内注') + ref('footnote', 3))), tc(p(ref('footnote', 4) + ref('footnote', 5))))),
      p(r('再次引用') + ref('footnote', 1)),
    ].join('');
    const text = await expectSameText(docx({ body, styles, footnotes, endnotes }));
    expect(text).toContain('[1]');
  });

  it('reads comments (never written by default) and content controls', async () => {
    const comments = '<w:comment w:id="0" w:author="张三" w:initials="ZS">' + p(r('批注内容')) + '</w:comment>';
    const body = [
      p('<w:commentRangeStart w:id="0"/>' + r('被批注的文字') + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'),
      '<w:sdt><w:sdtPr><w:alias w:val="a"/></w:sdtPr><w:sdtContent>' + p(r('块级控件')) + tbl(tr(tc(p(r('控件表'))))) + '</w:sdtContent></w:sdt>',
      p('<w:sdt><w:sdtPr/><w:sdtContent>' + r('行内控件') + '</w:sdtContent></w:sdt>' + r('之后')),
    ].join('');
    await expectSameText(docx({ body, comments }));
  });

  it('reads pretty-printed XML, other namespace prefixes and a default WordprocessingML namespace', async () => {
    const pretty = docx({ body: `\n  <w:p>\n    <w:r>\n      <w:t>缩进的</w:t>\n    </w:r>\n    <w:r><w:t xml:space="preserve">  XML  </w:t></w:r>\n  </w:p>\n  ${tbl(tr(tc(p(r('表')))))}\n` });
    await expectSameText(pretty);
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const prefixed = docx({ body: '', extra: { 'word/document.xml': `<ns0:document xmlns:ns0="${W}"><ns0:body><ns0:p><ns0:pPr><ns0:pStyle ns0:val="Heading2"/></ns0:pPr><ns0:r><ns0:t>前缀不同</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>` } });
    expect(await expectSameText(prefixed)).toBe('## 前缀不同');
    const unprefixed = docx({ body: '', extra: { 'word/document.xml': `<document xmlns="${W}"><body><p><r><t>默认命名空间</t></r></p></body></document>` } });
    expect(await expectSameText(unprefixed)).toBe('默认命名空间');
    const strict = docx({ body: '', extra: { 'word/document.xml': `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>严格格式</w:t></w:r></w:p></w:body></w:document>` } });
    expect(await expectSameText(strict)).toBe('严格格式');
  });

  it('keeps note references and bookmarks inside hyperlinks, and whitespace around breaks in headings', async () => {
    const footnotes = '<w:footnote w:id="1">' + p(r('链接里的脚注')) + '</w:footnote>';
    const body = [
      p('<w:hyperlink w:anchor="x">' + r('链接') + '<w:bookmarkStart w:id="1" w:name="inside"/><w:r><w:footnoteReference w:id="1"/></w:r>' + r('尾') + '</w:hyperlink>'),
      p(r('标题 \t') + '<w:r><w:br/></w:r>' + r(' 续\t行') + '<w:r><w:br/><w:br/></w:r>' + r('abc') + '<w:r><w:br/></w:r>' + r('def'), 'Heading1'),
      p('<w:r><w:br/></w:r>', 'Heading1'),
    ].join('');
    await expectSameText(docx({ body, footnotes, styles }));
  });

  it('reads symbols through mammoth’s dingbat table (unknown ones dropped)', async () => {
    const sym = (font: string, char: string): string => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
    const body = p(r('勾选') + sym('Wingdings', 'F0FC') + sym('Symbol', '61') + sym('Wingdings', 'FC') + sym('NoSuchFont', 'F041') + sym('Wingdings 2', 'F052') + r('完'));
    await expectSameText(docx({ body }));
    await expectDeclined(docx({ body: p('<w:r><w:sym w:char="F0FC"/></w:r>') }));
  });

  it('places VML text box content after its paragraph', async () => {
    const box = (inner: string): string => `<w:r><w:pict><v:shapetype id="t202"/><v:shape id="s1"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const body = [
      p(r('文本框前') + box(p(r('框内第一段')) + p(r('框内标题'), 'Heading1') + tbl(tr(tc(p(r('框内表')))))) + r('文本框后')),
      tbl(tr(tc(p(r('单元格') + box(p(r('单元格里的文本框')))), tc(p(r('旁边')))))),
      p(r('嵌套') + box(p(r('外框') + box(p(r('内框')))))),
    ].join('');
    await expectSameText(docx({ body, styles }));
  });

  it('reads mc:AlternateContent as its first fallback, and namespaces declared below the root', async () => {
    const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
    const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
    const choice = `<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="${A}"><a:graphicData uri="${WPS}"><wps:wsp xmlns:wps="${WPS}"><wps:txbx><w:txbxContent>${p(r('新式文本框'))}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`;
    const fallback = `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${p(r('旧式文本框'))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>`;
    const body = [
      p(r('红头') + `<w:r><mc:AlternateContent>${choice}${fallback}<mc:Fallback>${r('第二个备选被忽略')}</mc:Fallback></mc:AlternateContent></w:r>` + r('正文')),
      p(r('无备选') + `<w:r><mc:AlternateContent>${choice}</mc:AlternateContent></w:r>`),
      `<mc:AlternateContent><mc:Choice Requires="w14">${p(r('选择'))}</mc:Choice><mc:Fallback>${p(r('块级备选'))}${tbl(tr(tc(p(r('备选表')))))}</mc:Fallback></mc:AlternateContent>`,
      p('<w:r xmlns:x="urn:x"><x:unknown x:a="1"/><w:t>局部命名空间</w:t></w:r>'),
      p('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:t>重复声明</w:t></w:r>'),
      `<w:p><w:pPr><mc:AlternateContent><mc:Choice Requires="w14"/><mc:Fallback><w:pStyle w:val="Heading2"/></mc:Fallback></mc:AlternateContent></w:pPr>${r('属性里的备选')}</w:p>`,
    ].join('');
    await expectSameText(docx({ body }));
  });

  it('reads images as mammoth does: no text, but an element that keeps its paragraph', async () => {
    const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
    const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
    const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
    const drawing = (blip: string, docPr = '<wp:docPr id="1" name="图片 1" descr="公章"/>'): string =>
      `<w:r><w:drawing><wp:inline xmlns:wp="${WP}"><wp:extent cx="1" cy="1"/>${docPr}<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}"><pic:nvPicPr/><pic:blipFill>${blip}</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const vml = (id: string): string => `<w:r><w:pict><v:shape><v:imagedata r:id="${id}" o:title=""/></v:shape></w:pict></w:r>`;
    const relationships = ['png', 'emf'].map((ext) => `<Relationship Id="rId${ext}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image.${ext}"/>`).join('')
      + '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://x.cn" TargetMode="External"/>';
    const footnotes = `<w:footnote w:id="1">${p(r('注文')) + p(drawing('<a:blip r:embed="rIdpng"/>'))}</w:footnote><w:footnote w:id="2">${p(r('注文') + vml('rIdemf'))}</w:footnote>`;
    const body = [
      p(r('图前') + drawing('<a:blip r:embed="rIdpng"/>') + r('图后')),
      p(drawing('<a:blip r:embed="rIdemf"/>', '<wp:docPr id="2" name="p"><a:hlinkClick xmlns:a="' + A + '" r:id="rIdLink"/></wp:docPr>')),
      p(drawing('<a:blip r:link="rIdpng"/>') + drawing('<a:blip/>')),
      p(r('文本框图片') + vml('rIdpng')),
      p('<w:r><w:object><v:shapetype id="t75"/><v:shape><v:imagedata r:id="rIdemf"/></v:shape><o:OLEObject Type="Embed" ProgID="Equation.3"/></w:object></w:r>' + r('公式后')),
      p(r('注') + '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="2"/></w:r>'),
      `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${drawing('<a:blip r:embed="rIdpng"/>')}${r('带图标题')}${vml('rIdpng')}</w:p>`,
      `<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr>${drawing('<a:blip r:embed="rIdpng"/>')}</w:p>`,
    ].join('');
    // Images in notes are looked up in the notes part's own relationships.
    const noteRelationships = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`;
    await expectSameText(docx({ body, relationships, footnotes, extra: { 'word/_rels/footnotes.xml.rels': noteRelationships } }));
    expect(await bothPaths(docx({ body, relationships, footnotes }))).toEqual({ fast: null, mammoth: null });
    expect(await bothPaths(docx({ body: p(drawing('<a:blip r:embed="rIdNone"/>')) }))).toEqual({ fast: null, mammoth: null });
  });

  it('reads numbered and bulleted paragraphs (mammoth’s lists) as lines, and declines a list item ending a note', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const level = (ilvl: number, format: string): string => `<w:lvl w:ilvl="${ilvl}"><w:numFmt w:val="${format}"/></w:lvl>`;
    const numbering = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0">${level(0, 'decimal')}${level(1, 'bullet')}</w:abstractNum>`
      + `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:pStyle w:val="ListStyle"/><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>`
      + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
    const item = (text: string, ilvl: number, numId = 1): string => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${r(text)}</w:p>`;
    const body = [
      item('第一项', 0), item('子项甲', 1), item('子项乙', 1), item('第二项', 0), p(r('列表之后')), item('直接二级', 1),
      p(r('按样式编号'), 'ListStyle'), tbl(tr(tc(item('表内编号', 0) + item('表内子项', 1)))), item('未定义编号', 0, 9),
      p(r('注') + '<w:r><w:footnoteReference w:id="1"/></w:r>'),
    ].join('');
    const footnotes = `<w:footnote w:id="1">${p(r('注一'))}${item('注里的列表', 0)}${p(r('注尾'))}</w:footnote>`;
    await expectSameText(docx({ body, footnotes, extra: { 'word/numbering.xml': numbering } }));
    const endingInList = `<w:footnote w:id="1">${p(r('注一'))}${item('以列表结尾', 0)}</w:footnote>`;
    await expectDeclined(docx({ body, footnotes: endingInList, extra: { 'word/numbering.xml': numbering } }));
  });

  it('declines what it does not model: nested alternate content, checkboxes, a namespace under two prefixes, unknown entities', async () => {
    await expectDeclined(docx({ body: '<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent>' + p(r('☐')) + '</w:sdtContent></w:sdt>' }));
    await expectDeclined(docx({ body: p('<w:r xmlns:ww="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ww:t>同一命名空间两个前缀</ww:t></w:r>') }));
    await expectDeclined(docx({ body: p('<w:r><mc:AlternateContent><mc:Fallback><mc:AlternateContent><mc:Fallback><w:t>嵌套</w:t></mc:Fallback></mc:AlternateContent></mc:Fallback></mc:AlternateContent></w:r>') }));
    await expectDeclined(docx({ body: p(r('&nbsp;未知实体')) }));
    await expectDeclined(docx({ body: p(r('x')), extra: { 'mammoth/style-map': "p[style-name='Normal'] => h1" } }));
    const deletedMark = '<w:pPr><w:rPr><w:del w:id="3" w:author="a"/></w:rPr></w:pPr>';
    await expectDeclined(docx({ body: `<w:p>${deletedMark}<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p(r('框'))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>` + p(r('后')) }));
  });

  it('declines a hyperlink whose relationship is missing (mammoth fails on it) and leaves the error to the mammoth path', async () => {
    const bytes = docx({ body: p('<w:hyperlink r:id="rIdNone">' + r('坏链接') + '</w:hyperlink>') });
    await expectDeclined(bytes);
  });

  it('reads U+0085 and U+2028 in text as the line breaks xmldom makes of them (mammoth’s parser normalizes line ends)', async () => {
    const text = await expectSameText(docx({ body: p(r('第一\u2028第二')) + p(r('第三\u0085第四')) + p(r('A\u2029B')) }));
    expect(text.split('\n').slice(0, 2)).toEqual(['第一第二', '第三第四']); // a line break between ideographs joins them, as in any paragraph
    // In an attribute value the line end is declined, like any other.
    await expectDeclined(docx({ body: p(r('x'), 'Heading\u20281'), styles: '<w:style w:type="paragraph" w:styleId="Heading\u20281"><w:name w:val="heading 1"/></w:style>' }));
  });

  it('declines damaged packages', async () => {
    const bytes = docx({ body: p(r('正文')) });
    await expectDeclined(bytes.subarray(0, bytes.length - 30));
    await expectDeclined(docx({ body: p(r('未闭合')) + '<w:p>' }));
  });
});
