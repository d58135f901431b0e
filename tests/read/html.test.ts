import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../src/read/html.js';
import { readDocument } from '../../src/read/index.js';

// Line numbers in the comments are the HTML source lines the expectations refer to.
const page = [
  '<!DOCTYPE html>', //                                                     1
  '<html><head><title>某县人民政府</title><script>var nav = "首页";</script></head>', // 2
  '<body>', //                                                              3
  '<div id="header-nav"><a>首页</a><a>政务公开</a><a>互动交流</a></div>', // 4
  '<div class="crumbs">您当前的位置：首页 &gt; 政策文件</div>', //          5
  '<div class="main">', //                                                  6
  '<h1>某县“十四五”残疾人保障和发展规划</h1>', //                          7
  '<div class="TRS_Editor">', //                                            8
  '<p>一、规划背景</p>', //                                                 9
  '<p>“十三五”时期，全县残疾人基本康复服务率达85%，', //                  10
  '辅助器具适配率达85%。</p>', //                                           11
  '<p>第一段<br>第二段</p>', //                                             12
  '<table>', //                                                             13
  '<tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>责任单位</th></tr>', // 14
  '<tr><td>1</td><td><p>健全帮扶机制。</p></td><td rowspan="2">县残联</td><td>县民政局<br>县财政局</td></tr>', // 15
  '<tr><td>2</td><td>实施“阳光家园计划”项目。</td><td></td></tr>', //      16
  '<tr><td colspan="4">注：表中单位按职责分工负责。</td></tr>', //          17
  '</table>', //                                                            18
  '</div></div>', //                                                        19
  '<div class="bdsharebuttonbox">分享到：微信 微博</div>', //              20
  '<footer>版权所有：某县人民政府办公室 地址：某县人民路1号</footer>', //  21
  '</body></html>', //                                                      22
].join('\n');

describe('htmlToLines', () => {
  const { lines, lineMap } = htmlToLines(page);

  it('drops navigation, breadcrumbs, share boxes, scripts and the footer', () => {
    expect(lines.join('\n')).not.toMatch(/首页|政务公开|您当前的位置|分享到|版权所有|var nav/);
  });

  it('keeps the title (as a heading) and the paragraphs, joining a source line wrap between hanzi', () => {
    expect(lines.slice(0, 5)).toEqual([
      '# 某县“十四五”残疾人保障和发展规划',
      '一、规划背景',
      '“十三五”时期，全县残疾人基本康复服务率达85%，辅助器具适配率达85%。',
      '第一段',
      '第二段',
    ]);
  });

  it('makes each table row one tab-separated line, merged cells expanded', () => {
    expect(lines.slice(5)).toEqual([
      '序号\t工作任务\t牵头单位\t责任单位',
      '1\t健全帮扶机制。\t县残联\t县民政局 县财政局',
      '2\t实施“阳光家园计划”项目。\t县残联\t',
      '注：表中单位按职责分工负责。\t\t\t',
    ]);
  });

  it('maps every produced line to the HTML line where its text starts', () => {
    expect(lineMap).toEqual([7, 9, 10, 12, 12, 14, 15, 16, 17]);
  });
});

describe('readDocument on HTML', () => {
  it('returns the page as SourceText with its line map', async () => {
    const result = await readDocument('page.html', Buffer.from(page));
    expect(result.text).toMatchObject({ format: 'html', encoding: 'UTF-8', lineMap: [7, 9, 10, 12, 12, 14, 15, 16, 17] });
  });

  it('reports a page with no text in it as one error naming the file', async () => {
    const empty = '<html><body><nav>首页</nav><div class="content"><img src="a.png"></div></body></html>';
    const result = await readDocument('blank.html', Buffer.from(empty));
    expect(result.text).toBeNull();
    expect(result.diagnostics.filter((d) => d.level === 'error').map((d) => d.message))
      .toEqual(['blank.html: no Chinese text found in the page']);
  });
});

describe('pages laid out with tables', () => {
  it('reads a layout table as blocks and the plan table inside it as rows', () => {
    const article = '残疾人事业是中国特色社会主义事业的重要组成部分。'.repeat(50);
    const html = [
      '<html><body><table width="1000"><tr><td class="left-menu">网站首页 政务公开</td><td>', // 1
      `<p>一、规划背景</p><p>${article}</p>`, //                                              2
      '<table><tr><td>序号</td><td>指标</td><td>目标值</td></tr>', //                          3
      '<tr><td>1</td><td>残疾人基本康复服务覆盖率(%)</td><td>85</td></tr></table>', //       4
      '</td></tr></table></body></html>', //                                                   5
    ].join('\n');
    const { lines, lineMap } = htmlToLines(html);
    expect(lines).toEqual(['一、规划背景', article, '序号\t指标\t目标值', '1\t残疾人基本康复服务覆盖率(%)\t85']);
    expect(lineMap).toEqual([2, 2, 3, 4]);
  });
});
