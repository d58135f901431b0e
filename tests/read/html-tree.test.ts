import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../src/read/html.js';
import { parsePage, type PageElement, type PageParent } from '../../src/read/html-tree.js';

const find = (node: PageParent, tagName: string): PageElement | undefined => {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const below = find(child, tagName);
    if (below) return below;
  }
  return undefined;
};

describe('parsePage', () => {
  it('gives elements the parser implied no line, and written ones the line of their start tag', () => {
    const root = parsePage('<table>\n<tr><td>残疾人</td></tr>\n</table>');
    expect(find(root, 'html')?.line).toBeUndefined();
    expect(find(root, 'body')?.line).toBeUndefined();
    expect(find(root, 'tbody')?.line).toBeUndefined();
    expect(find(root, 'tr')?.line).toBe(2);
  });

  it('leaves out comments, scripts, hidden elements and navigation, and counts CJK text once per element', () => {
    const root = parsePage('<body><!-- 注释 --><div hidden>隐藏</div><div class="top-nav">首页</div><p>康复服务</p><script>"脚本"</script></body>');
    const body = find(root, 'body')!;
    expect(body.children.map((child) => child.type === 'element' ? child.tagName : 'text')).toEqual(['p']);
    expect(body.cjk).toBe(4);
    expect(root.cjk).toBe(4);
  });

  it('keeps a header that holds the page title', () => {
    const root = parsePage('<header><div class="nav"><h1>规划</h1></div></header><p>正文</p>');
    expect(find(root, 'h1')?.cjk).toBe(2);
  });

  it('reads a tag name with "." or "#" as hastscript did: tag, class and id', () => {
    const root = parsePage('<div.share>分享</div.share><td#main.x>正文</td#main.x>');
    expect(find(root, 'div')).toBeUndefined();
    expect(find(root, 'td')?.properties).toEqual({ id: 'main', className: ['x'] });
  });

  it('keeps rowspan/colspan as hastscript read them: a number when the value is one, else the text', () => {
    const root = parsePage('<table><tr><td rowspan=" 2 " colspan="2.5">甲</td><td rowspan="2x" colspan="">乙</td></tr></table>');
    const cells = find(root, 'tr')!.children as PageElement[];
    expect(cells.map((cell) => cell.properties)).toEqual([{ rowSpan: 2, colSpan: 2.5 }, { rowSpan: '2x', colSpan: '' }]);
  });
});

describe('htmlToLines on implied structure', () => {
  it('maps rows of a table with implied <tbody> and a cell without </td> to their own lines', () => {
    const html = '<p>前言</p>\n<table>\n<tr><td>序号<td>指标\n<tr><td>1<td>康复服务覆盖率\n</table>';
    expect(htmlToLines(html)).toEqual({ lines: ['前言', '序号\t指标', '1\t康复服务覆盖率'], lineMap: [1, 3, 4], textLength: 13 });
  });

  it('reads rows of a table without <tr> tags as the parser builds them (one implied row)', () => {
    const html = '<table>\n<td>甲</td><td>乙</td>\n</table>';
    expect(htmlToLines(html).lines).toEqual(['甲\t乙']);
    // The implied <tr> has no line of its own: the row takes the table's.
    expect(htmlToLines(html).lineMap).toEqual([1]);
  });
});

describe('collapseWhitespace', () => {
  it.each([
    ['no HTML whitespace, ideographic spaces at the ends (trimmed as String#trim does)', '\u3000残疾人\u00a0康复\u3000', '残疾人\u00a0康复'],
    ['spaces and tabs but no line break', ' 第一条 \t 规定 ', '第一条 规定'],
    ['a source wrap between hanzi, kept as a space elsewhere', '康复\r\n  服务 rate\n 达到', '康复服务 rate 达到'],
    ['a form feed', '甲\f乙', '甲 乙'],
    ['nothing', '', ''],
  ])('%s', async (_name, text, expected) => {
    const { collapseWhitespace } = await import('../../src/read/html.js');
    expect(collapseWhitespace(text)).toBe(expected);
  });
});
