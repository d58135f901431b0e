/**
 * Builds real-world-shaped inputs from a plan's plain text: an HTML page as a government site
 * would publish it (navigation chrome, paragraphs, real <table>s) and a Word .docx (paragraphs
 * and real tables, generated with the `docx` package). Runs of tab-separated lines become tables.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: string[][] };

/** Plain text → blocks: "#"-headings, tab-separated runs as tables, other non-blank lines as paragraphs. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.includes('\t')) {
      const last = blocks[blocks.length - 1];
      const cells = line.split('\t');
      if (last?.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
      continue;
    }
    if (line.trim() === '') {
      // A blank line ends a table run, as a page break ends a table on the site.
      if (blocks[blocks.length - 1]?.kind === 'table') blocks.push({ kind: 'paragraph', text: '' });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!.replace(/\*\*/g, '') });
    else blocks.push({ kind: 'paragraph', text: line.replace(/\*\*/g, '').trim() });
  }
  return blocks.filter((block) => block.kind !== 'paragraph' || block.text !== '');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page with the chrome a government site wraps around a document. */
export function htmlPage(text: string): string {
  const body = textBlocks(text).map((block) => {
    if (block.kind === 'heading') return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    if (block.kind === 'paragraph') return `<p style="text-indent:2em">${escapeHtml(block.text)}</p>`;
    const rows = block.rows.map((cells) =>
      `  <tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
    return `<table border="1">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8"><title>政策文件_人民政府网站</title>',
    '<script>var _hmt = _hmt || []; console.log("统计代码");</script>',
    '<style>.nav { color: red }</style></head>',
    '<body>',
    '<div class="top-nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/zxft">在线访谈</a></div>',
    '<nav><ul><li>机构概况</li><li>政策文件</li><li>办事服务</li><li>互动交流</li></ul></nav>',
    '<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件</div>',
    '<div class="wrapper"><div class="article">',
    '<div class="article-info">发布时间：2022-08-01 来源：本站 浏览次数：1024</div>',
    '<div class="article-content">',
    ...body,
    '</div>',
    '<div class="share">分享到：微信 微博 QQ空间</div>',
    '</div></div>',
    '<footer>主办单位：人民政府办公室 版权所有 网站标识码：5103000001 备案号：蜀ICP备00000000号</footer>',
    '</body></html>',
  ].join('\n');
}

function paragraph(text: string, heading?: number): Paragraph {
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
  const level = heading === undefined ? undefined : levels[heading - 1];
  return new Paragraph({ children: [new TextRun(text)], ...(level ? { heading: level } : {}) });
}

/** The same blocks as a Word document; tables are real Word tables. */
export async function docxDocument(text: string): Promise<Buffer> {
  const children = textBlocks(text).map((block) => {
    if (block.kind === 'heading') return paragraph(block.text, block.level);
    if (block.kind === 'paragraph') return paragraph(block.text);
    const width = Math.max(...block.rows.map((cells) => cells.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: block.rows.map((cells) => new TableRow({
        children: Array.from({ length: width }, (_, i) => new TableCell({ children: [paragraph(cells[i] ?? '')] })),
      })),
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
