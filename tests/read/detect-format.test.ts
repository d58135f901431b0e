import { describe, expect, it } from 'vitest';
import { declaredHtmlCharset, detectByteFormat, detectTextFormat } from '../../src/read/detect-format.js';
import { readDocument } from '../../src/read/index.js';
import { docxDocument } from './fixtures.js';

const bytes = (...values: number[]): Buffer => Buffer.from(values);

describe('detectByteFormat', () => {
  it('recognises a .docx by its zip signature and word/document.xml, whatever its name', async () => {
    const docx = await docxDocument('第一章 总则');
    expect(detectByteFormat('plan.docx', docx)).toEqual({ kind: 'docx' });
    expect(detectByteFormat('download.bin', docx)).toEqual({ kind: 'docx' });
  });

  it.each([
    ['report.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'PDF'],
    ['scan.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'PNG image'],
    ['scan.txt', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), 'JPEG image'],
    ['anim.gif', Buffer.from('GIF89a'), 'GIF image'],
    ['old.doc', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), 'legacy Office document (.doc/.xls/.wps); save it as .docx'],
    ['empty.zip', bytes(0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)), 'ZIP archive without word/document.xml'],
    ['plan.docx', Buffer.from('这不是一个压缩包'), 'a .docx name but not a zip archive'],
  ])('refuses %s as %s', (path, content, name) => {
    expect(detectByteFormat(path, content)).toEqual({ kind: 'unsupported', name });
  });

  it('treats anything else as text to decode', () => {
    expect(detectByteFormat('plan.txt', Buffer.from('一、总体要求'))).toEqual({ kind: 'text' });
    expect(detectByteFormat('README', Buffer.from('BMW 是一个品牌'))).toEqual({ kind: 'text' });
  });
});

describe('detectTextFormat', () => {
  it('sees HTML from the content even under a .txt name', () => {
    expect(detectTextFormat('saved.txt', '<!DOCTYPE html>\n<html><body><p>规划</p></body></html>')).toBe('html');
    expect(detectTextFormat('saved', '  <html lang="zh"><body>规划</body></html>')).toBe('html');
    expect(detectTextFormat('page.htm', '规划正文')).toBe('html');
  });

  it('uses the extension for Markdown and plain text otherwise', () => {
    expect(detectTextFormat('plan.md', '# 规划\n正文')).toBe('markdown');
    expect(detectTextFormat('plan.txt', '# 规划\n正文')).toBe('text');
    expect(detectTextFormat('plan.txt', '《规划》<附件>')).toBe('text');
  });
});

describe('readDocument on unsupported input', () => {
  it('names the file, the format and the supported formats in one line', async () => {
    const result = await readDocument('input/report.pdf', Buffer.from('%PDF-1.4\n'));
    expect(result.text).toBeNull();
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'read/unsupported-format', file: 'input/report.pdf' })]);
    expect(result.diagnostics[0]!.message).toBe('input/report.pdf: unsupported format (PDF); supported: .txt, .md, .html/.htm, .docx');
  });

  it('reports a 0-byte file as empty', async () => {
    const result = await readDocument('blank.docx', Buffer.alloc(0));
    expect(result.diagnostics.map((d) => d.message)).toEqual(['blank.docx: empty file (0 bytes)']);
  });
});

describe('declaredHtmlCharset', () => {
  it('reads the charset a page declares, and nothing from text without markup', () => {
    expect(declaredHtmlCharset(Buffer.from('<html><head><meta charset="GB2312"></head>'))).toBe('gb2312');
    expect(declaredHtmlCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gbk">'))).toBe('gbk');
    expect(declaredHtmlCharset(Buffer.from('charset=gbk 覆盖率<90%'))).toBeNull();
    expect(declaredHtmlCharset(Buffer.from('覆盖率达到90%以上 charset=gbk'))).toBeNull();
  });
});
