import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseWithStartLines } from '../../src/read/html-parser.js';

type Node = DefaultTreeAdapterTypes.Node;

/** Every node in tree order (template contents included) with its depth and start line. */
function outline(node: Node, depth = 0, out: string[] = []): string[] {
  const line = 'sourceCodeLocation' in node ? node.sourceCodeLocation?.startLine ?? '-' : '-';
  const text = node.nodeName === '#text' ? JSON.stringify((node as DefaultTreeAdapterTypes.TextNode).value)
    : 'attrs' in node ? JSON.stringify(node.attrs) : '';
  out.push(`${depth} ${node.nodeName} ${line} ${text}`);
  if ('content' in node) outline(node.content, depth + 1, out);
  if ('childNodes' in node) for (const child of node.childNodes) outline(child, depth + 1, out);
  return out;
}

const stock = (html: string): string[] => outline(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }));

describe('parseWithStartLines', () => {
  it.each([
    ['implied html, head, body, tbody', '残疾人\n<table>\n<tr><td>1<td>2\n</table>'],
    ['misnested formatting (adoption agency)', '<p><b>康复\n<i>服务</b>\n覆盖</i>率</p>'],
    ['formatting elements reopened in later blocks', '<b><p>甲\n<p>乙</b>\n<div>丙</div>'],
    ['text foster-parented out of a table', '<table>\n前言<tr><td>1</td>\n残</tr></table>'],
    ['an end tag with no start tag (implied <p>)', '<div>\n</p>正文</div>'],
    ['templates, svg and math', '<template><p>模板</p></template>\n<svg><g><foreignObject><p>外</p></foreignObject></g></svg><math><mi>x</mi></math>'],
    ['a second <body> and <html> (attributes adopted)', '<body>\n<p>一</p><body class="x">\n<html lang="zh">二'],
    ['CRLF and CR line breaks, entities and NUL', '<p>甲\r\n乙&amp;\r丙\0丁</p>\r\n<pre>\n\n代码</pre>'],
    ['head content after body, noscript without scripting', '<head></head><body><p>甲</p></body><title>标题</title><noscript><p>无脚本</p></noscript>'],
    ['nested tables and captions', '<table><caption>表\n一</caption><tr><td><table>\n<tr><th>内</th></tr></table></td></tr></table>'],
    ['text runs beside spaces, tabs, form feeds and control characters', '<p>康复 \t\f 服务\u0001\u007f率\n  \n\t<b>甲  乙</b>&lt;丙</p>'],
    ['runs in title, textarea, style, script and escaped script', '<title>标 题&amp;</title><textarea>文  本</textarea><style>p { a: b }</style><script>var a = "<!--<script>x</script>-->";</script>正文'],
    ['surrogate pairs inside and beside runs', '<p>𠀀甲𠀁 𠀂乙</p><script>"𠀃"</script>'],
    ['quoted attribute values with entities, line breaks and the other quote', '<p class="甲 乙&amp;丙\r\n丁\'戊" title=\'一"二&lt;\n三 𠀀四\'>正文</p><a href="x?a=1&b=2">链</a>'],
    ['references cut short or ambiguous, in text and attributes', '<p title="&ampx甲&notit;乙&#x4e2d丙">&ampx甲&notit;乙&#20013丙&unknown;丁&</p><p>&amp</p>'],
    ['runs across the 64 KiB buffer mark', `<p>${'康复服务 '.repeat(20000)}</p>\n<p>${'甲'.repeat(70000)}</p><div>尾</div>`],
  ])('builds the tree and start lines parse5 builds: %s', (_name, html) => {
    expect(outline(parseWithStartLines(html))).toEqual(stock(html));
  });
});

describe('parseWithStartLines on random markup', () => {
  const PIECES = ['<p>', '</p>', '甲乙', ' ', '  ', '\n', '\r\n', '\r', '\t', '\f', '&amp;', '&', '&lt', '<', '>', '"', "'", '=',
    '<a href="', '<a title=\'', '<td>', '<table>', '<tr>', '<script>', '</script>', '<title>', '</title>', '<style>', '</style>',
    '<textarea>', '</textarea>', '𠀀', '\ud800', '\0', '<!--', '-->', 'x', '<b>', '</b>', '<svg>', '<![CDATA[', ']]>', '<DIV class=a>',
    '<frameset>', '</html>', '<colgroup>', '<select>'];
  it('builds the tree and start lines parse5 builds for 300 random pages', () => {
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let page = 0; page < 300; page++) {
      let html = '';
      for (let k = random(60); k >= 0; k--) html += PIECES[random(PIECES.length)];
      expect(outline(parseWithStartLines(html))).toEqual(stock(html));
    }
  });
});
