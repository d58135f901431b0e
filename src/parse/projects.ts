/**
 * Key-project boxes (专栏N …重点项目): every numbered item of every box, with its sub-group.
 * Boxes that caption a table (专栏1 主要指标, 专栏10 重点任务分工表) are not project boxes.
 * The main text around the boxes is followed too, because its numbering decides where a box
 * ends when a number could continue either (see box-reader.ts).
 */
import type { Diagnostic, Project } from '../model/types.js';
import { stepBox, type BoxStep, type MainNumbering, type OpenBox } from './box-reader.js';
import { parseDiagnostic } from './diagnostic.js';
import type { Line } from './lines.js';
import { projectsFromTables } from './project-tables.js';
import { boxTitle, DOTLESS_ITEM, dotItemNumber, isHeading, type BoxTitle } from './shapes.js';
import type { Table } from './table-shape.js';
import type { LineNumbers } from './tables.js';

const NOT_PROJECTS = /主要指标|指标体系|指标表|分工/;

function nextNonBlank(lines: readonly Line[], from: number): Line | undefined {
  for (let i = from; i < lines.length; i++) if ((lines[i] as Line).text !== '') return lines[i];
  return undefined;
}

const LOOKAHEAD = 60;

function nonBlankAfter(lines: readonly Line[], from: number, count: number): Line[] {
  const out: Line[] = [];
  for (let i = from; i < lines.length && out.length < count; i++) if ((lines[i] as Line).text !== '') out.push(lines[i] as Line);
  return out;
}

function isProjectBox(title: BoxTitle, lines: readonly Line[], index: number, tableLines: LineNumbers): boolean {
  if (NOT_PROJECTS.test(title.title)) return false;
  const next = nextNonBlank(lines, index + 1);
  return next === undefined || !tableLines.has(next.no);
}

/** Item name: the text before the first 。 (or ：/；), as the boxes write "盲人按摩提升项目。…". */
export function itemName(text: string): string {
  const stop = text.search(/[。：:；;]/);
  return (stop >= 0 ? text.slice(0, stop) : text).trim();
}

function finish(box: OpenBox, step: BoxStep | null, line: number | null, file: string, out: Project[], diagnostics: Diagnostic[]) {
  for (const item of box.items) {
    out.push({
      box: box.box,
      boxTitle: box.title,
      group: item.group,
      no: item.no,
      name: item.no === null && item.group !== null && box.itemStyle !== 'unnumbered' ? item.group : itemName(item.text),
      text: item.text,
      source: { line: item.line },
    });
  }
  if (box.items.length === 0) {
    diagnostics.push(parseDiagnostic('warning', file, box.line, 'parse/box-empty',
      `Box ${box.box} has no numbered items.`, { box: box.box, title: box.title }));
  } else if (step?.kind === 'ended' && step.reason !== 'heading') {
    const last = box.items[box.items.length - 1];
    diagnostics.push(parseDiagnostic('info', file, line, 'parse/box-end',
      `Box ${box.box} ends after item ${last?.no ?? '?'}: the next line is main text (${step.reason}).`,
      { box: box.box, items: box.items.length, reason: step.reason }));
  }
}

function openBox(title: BoxTitle, line: Line): OpenBox {
  return {
    box: title.box, title: title.title, line: line.no, groupStyle: null, itemStyle: null, group: null,
    groupNo: 0, expected: 1, itemsInGroup: 0, items: [],
  };
}

function followMain(main: MainNumbering, line: Line): void {
  if (isHeading(line)) {
    main.lastNo = 0;
    main.lengths = [];
    return;
  }
  const found = dotItemNumber(line.text);
  const no = found >= DOTLESS_ITEM ? found - DOTLESS_ITEM : found;
  // A dotted item, or a dotless one ("7农村…") that continues the numbering.
  if (found >= 0 && (found < DOTLESS_ITEM || no === main.lastNo + 1)) {
    main.lastNo = no;
    main.lengths.push(line.text.length);
  }
}

/** All project items of the document, in line order. */
export function parseProjects(
  lines: readonly Line[],
  tables: readonly Table[],
  tableLines: LineNumbers,
  file: string,
): { projects: Project[]; diagnostics: Diagnostic[] } {
  const projects: Project[] = [];
  const diagnostics: Diagnostic[] = [];
  const main: MainNumbering = { lastNo: 0, lengths: [] };
  let box: OpenBox | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    if (tableLines.has(line.no)) {
      if (box) finish(box, null, line.no, file, projects, diagnostics);
      box = null;
      continue;
    }
    const title = boxTitle(line.text);
    if (title) {
      if (box) finish(box, null, line.no, file, projects, diagnostics);
      box = isProjectBox(title, lines, i, tableLines) ? openBox(title, line) : null;
      continue;
    }
    if (box) {
      const step = stepBox(box, line, main, () => nonBlankAfter(lines, i + 1, LOOKAHEAD));
      if (step.kind === 'consumed') continue;
      finish(box, step, line.no, file, projects, diagnostics);
      box = null;
    }
    followMain(main, line);
  }
  if (box) finish(box, null, null, file, projects, diagnostics);
  projects.push(...projectsFromTables(tables));
  projects.sort((a, b) => a.source.line - b.source.line);
  return { projects, diagnostics };
}
