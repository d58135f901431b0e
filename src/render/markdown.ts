import type { AlignType, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { RenderOptions } from './registry.js';
import type { ReportCell, ReportColumn, ReportSection, ReportTable, RenderedFile, RenderInput, Report } from './report.js';
import { MARK_STYLES, marksUsed } from './marks.js';
import { displayWidth } from './text-width.js';

/**
 * Report → Markdown, built as an mdast tree so that remark-stringify does the escaping
 * (pipes, asterisks, leading numbers) and GFM table alignment; nothing is concatenated by hand.
 */

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** A table cell's text: the value, its unit sign for percent columns, and the mark's marker. */
export function cellText(cell: ReportCell, column: ReportColumn | undefined): string {
  let shown = cell.value === null ? '' : String(cell.value);
  if (typeof cell.value === 'number' && column?.kind === 'percent') shown += '%';
  // Cells can't hold line breaks in GFM tables.
  shown = shown.replace(/\s*[\r\n]+\s*/g, ' ');
  const marker = cell.mark ? MARK_STYLES[cell.mark].marker : '';
  return [shown, marker].filter(Boolean).join(' ');
}

function tableNode(table: ReportTable): Table {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((value): TableCell => ({ type: 'tableCell', children: value ? [text(value)] : [] })),
  });
  const align: AlignType[] = table.columns.map((c) => (c.kind === 'number' || c.kind === 'percent' ? 'right' : null));
  return {
    type: 'table',
    align,
    children: [
      row(table.columns.map((c) => c.header)),
      ...table.rows.map((cells) => row(table.columns.map((column, i) => (cells[i] ? cellText(cells[i], column) : '')))),
    ],
  };
}

/** The table Markdown shows for a section: none for spreadsheet detail, the narrow form when there is one. */
function shownTable(section: ReportSection): ReportTable | null {
  if (!section.table || section.table.detail) return null;
  return section.table.narrow ?? section.table;
}

function legend(report: Report): RootContent[] {
  const marks = marksUsed(report.sections.flatMap((s) => shownTable(s)?.rows.flat().map((c) => c.mark) ?? []));
  if (marks.length === 0) return [];
  const entries = marks.map((m) => `${MARK_STYLES[m].marker} ${MARK_STYLES[m].label}`);
  return [{ type: 'paragraph', children: [{ type: 'emphasis', children: [text(`Legend: ${entries.join(' · ')}`)] }] }];
}

export function reportTree(report: Report): Root {
  const children: RootContent[] = [{ type: 'heading', depth: 1, children: [text(report.title)] }];
  for (const paragraph of report.summary) children.push({ type: 'paragraph', children: [text(paragraph)] });
  children.push(...legend(report));
  for (const section of report.sections) {
    children.push({ type: 'heading', depth: 2, children: [text(section.title)] });
    for (const paragraph of section.paragraphs) children.push({ type: 'paragraph', children: [text(paragraph)] });
    const table = shownTable(section);
    if (table) {
      if (table !== section.table) children.push({ type: 'paragraph', children: [text(`With one column per plan: sheet "${section.table!.name}" of the workbook, and the CSV file ending in -${section.table!.name}.csv.`)] });
      children.push(table.rows.length > 0 ? tableNode(table) : { type: 'paragraph', children: [text('(no rows)')] });
    }
  }
  return { type: 'root', children };
}

export function reportMarkdown(report: Report): string {
  const processor = unified()
    .use(remarkGfm, { stringLength: displayWidth })
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' });
  return processor.stringify(reportTree(report));
}

export function renderMarkdown(input: RenderInput, options: RenderOptions): RenderedFile[] {
  return [{ name: `${options.baseName}.md`, content: reportMarkdown(input.report) }];
}
