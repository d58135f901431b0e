/**
 * Key-project boxes laid out as tables: a "专栏N …重点项目" caption over rows such as
 * 序号 | 项目名称 | 主要内容 (or 项目 | 建设内容). Each row is one project; a row with one filled
 * cell ("一、康复服务") opens a sub-group. Columns are found by header text, never by position,
 * except in a table without a header row, read as [number,] name, content….
 */
import type { Project } from '../model/types.js';
import { isIndicatorTable } from './indicators.js';
import { boxTitle } from './shapes.js';
import { compact, printedNumber, type Table } from './table-shape.js';
import { taskColumns } from './tasks.js';
import { splitLeadingNumber } from './units.js';

const NOT_PROJECTS = /主要指标|指标体系|指标表|分工/;

interface ProjectColumns {
  no: number | null;
  name: number;
}

function projectColumns(table: Table): ProjectColumns {
  const header = table.header.map(compact);
  const no = header.findIndex((h) => /^(?:序号|编号)$/.test(h));
  const name = header.findIndex((h) => /项目|名称|工程/.test(h) && !/内容|任务|目标|措施/.test(h));
  if (name >= 0) return { no: no >= 0 ? no : null, name };
  const numbered = table.rows.some((r) => printedNumber(r.cells[0] ?? '') !== null);
  return numbered ? { no: 0, name: 1 } : { no: no >= 0 ? no : null, name: no === 0 ? 1 : 0 };
}

/** The box a table belongs to, when its caption is a project box and its rows are not indicators or tasks. */
function projectBox(table: Table): { box: number; title: string } | null {
  const title = table.caption === null ? null : boxTitle(table.caption);
  if (title === null || NOT_PROJECTS.test(title.title)) return null;
  if (isIndicatorTable(table) || taskColumns(table.header) !== null) return null;
  return title;
}

/** Projects of every box written as a table. */
export function projectsFromTables(tables: readonly Table[]): Project[] {
  const projects: Project[] = [];
  for (const table of tables) {
    const box = projectBox(table);
    if (box === null) continue;
    const cols = projectColumns(table);
    let group: string | null = null;
    for (const row of table.rows) {
      const filled = row.cells.map((c) => c.trim()).filter((c) => c !== '');
      if (filled.length === 1 && row.cells.length === 1) {
        group = (filled[0] as string).replace(/^[一二三四五六七八九十]+[、.．]\s*|^[（(][一二三四五六七八九十]+[)）]\s*/, '');
        continue;
      }
      const numbered = splitLeadingNumber((row.cells[cols.name] ?? '').trim());
      if (numbered.rest === '') continue;
      const printed = cols.no === null ? null : printedNumber(row.cells[cols.no] ?? '');
      const content = row.cells
        .map((c, i) => (i === cols.no || i === cols.name ? '' : c.trim()))
        .filter((c) => c !== '');
      projects.push({
        box: box.box,
        boxTitle: box.title,
        group,
        no: printed ?? numbered.no,
        name: numbered.rest,
        text: [numbered.rest, ...content].join('：'),
        source: { line: row.line },
      });
    }
  }
  return projects;
}
