/**
 * A laid-out synthetic document as blocks, and the two ways to print it: plain text / Markdown
 * (tab-separated or one-cell-per-line tables, page breaks, repeated headers) and HTML (<table>).
 */
export type Block =
  | { kind: 'heading'; level: number; text: string; markdown: boolean }
  | { kind: 'para'; text: string; indent?: string }
  | { kind: 'page-break' }
  | TableBlock;

/** How a document tells lead units from co-operating ones. */
export type DutyConvention = 'columns' | 'stated' | 'unstated';

export interface LaidOut {
  blocks: Block[];
  dutyConvention: DutyConvention;
}

export interface TableBlock {
  kind: 'table';
  caption: string | null;
  captionAfter: boolean;
  header: string[];
  rows: string[][];
  /** 'tabbed': one row per line; 'cell-per-line': every cell on its own line, blank lines between. */
  style: 'tabbed' | 'cell-per-line';
  /** Row indices before which the table continues on a new page. */
  pageBreaks: number[];
  repeatHeader: boolean;
}

function tableLines(t: TableBlock): string[] {
  const row = (cells: string[]): string[] =>
    t.style === 'tabbed' ? [cells.join('\t')] : cells.flatMap((c) => [c, '']);
  const out: string[] = [];
  const caption = t.caption === null ? [] : [t.caption, ''];
  if (!t.captionAfter) out.push(...caption);
  out.push(...row(t.header));
  t.rows.forEach((cells, i) => {
    if (t.pageBreaks.includes(i)) {
      out.push('', '', '');
      if (t.repeatHeader) out.push(...row(t.header));
    }
    out.push(...row(cells));
  });
  out.push('');
  if (t.captionAfter) out.push(...caption);
  return out;
}

export function blocksToText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(b.markdown ? `${'#'.repeat(b.level)} ${b.text}` : b.text, '');
    else if (b.kind === 'para') out.push(`${b.indent ?? ''}${b.text}`, '');
    else if (b.kind === 'page-break') out.push('', '');
    else out.push(...tableLines(b));
  }
  return out.join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function blocksToHtml(title: string, blocks: readonly Block[]): string {
  const out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`, '</head>', '<body>'];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(`<h${Math.min(6, b.level)}>${escapeHtml(b.text)}</h${Math.min(6, b.level)}>`);
    else if (b.kind === 'para') out.push(`<p>${escapeHtml(b.text)}</p>`);
    else if (b.kind === 'table') {
      if (b.caption !== null && !b.captionAfter) out.push(`<p>${escapeHtml(b.caption)}</p>`);
      out.push('<table>', `<tr>${b.header.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`);
      for (const r of b.rows) out.push(`<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
      out.push('</table>');
      if (b.caption !== null && b.captionAfter) out.push(`<p>${escapeHtml(b.caption)}</p>`);
    }
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

/** Applies a text transformation (punctuation width) to every string a block prints. */
export function mapBlockText(blocks: readonly Block[], f: (s: string) => string): Block[] {
  return blocks.map((b): Block => {
    if (b.kind === 'heading' || b.kind === 'para') return { ...b, text: f(b.text) };
    if (b.kind === 'page-break') return b;
    return { ...b, caption: b.caption === null ? null : f(b.caption), header: b.header.map(f), rows: b.rows.map((r) => r.map(f)) };
  });
}
