/**
 * The table model shared by the two layouts the parser reads (tab-separated rows, and
 * "stacked" tables scraped from web pages with one cell per line), plus the shape tests
 * both layouts need: what a header cell looks like, what a caption looks like.
 */
import { codeTable, trimmedStart, WHITE_SPACE } from './chars.js';

export interface TableRow {
  cells: string[];
  /** Parsed-text line of the row (its first cell for stacked tables). */
  line: number;
}

export interface Table {
  layout: 'tabbed' | 'stacked';
  header: string[];
  headerLine: number;
  rows: TableRow[];
  firstLine: number;
  lastLine: number;
  /** "专栏1 …主要指标" / "表1 …" written just before or just after the table. */
  caption: string | null;
  captionLine: number | null;
}

// Words that name a column. "“十四五”" alone is not one: in stacked tables it is the first
// half of a header cell that a line break split ("“十四五”" / "目标值").
const COLUMN_WORD =
  /序号|编号|指\s*标|属性|目标|基期|基数|现状|基准|20\d\d|任务|措施|单位|部门|时限|时间|类别|领域|分类|备注|内容|名称|项目/;

export function isColumnWord(cell: string): boolean {
  // The length test first: it settles the long cells of a body row without the pattern.
  return nonSpaceAtMost(cell, 16) && COLUMN_WORD.test(cell);
}

/** cell.replace(/\s/g, '').length <= limit, counted without the copy. */
function nonSpaceAtMost(cell: string, limit: number): boolean {
  if (cell.length <= limit) return true;
  let count = 0;
  for (let i = 0; i < cell.length; i++) if (WHITE_SPACE[cell.charCodeAt(i)] !== 1 && ++count > limit) return false;
  return true;
}

/** A row reads as a header when most of its non-empty cells are column words. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  let filled = 0;
  let words = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    // Filled: something other than white space (cell.trim() !== '').
    if (trimmedStart(cell) === cell.length) continue;
    filled++;
    if (isColumnWord(cell)) words++;
  }
  return filled >= 2 && words >= 2 && words * 2 >= filled;
}

/** What tells a repeated header row: its filled cells without white space, joined. */
export function headerKey(cells: readonly string[]): string {
  return cells.map((c) => (/\s/.test(c) ? c.replace(/\s/g, '') : c)).filter((c) => c).join('|');
}

/**
 * `headerKey(cells) === key`, compared character by character without making the row's key:
 * most rows already differ from the header in their first character.
 */
export function hasHeaderKey(cells: readonly string[], key: string): boolean {
  let at = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    let filled = false;
    for (let k = 0; k < cell.length; k++) {
      const c = cell.charCodeAt(k);
      if (WHITE_SPACE[c] === 1) continue;
      // The '|' between two filled cells.
      if (!filled && at > 0 && (at >= key.length || key.charCodeAt(at++) !== 0x7c)) return false;
      filled = true;
      if (at >= key.length || key.charCodeAt(at++) !== c) return false;
    }
  }
  return at === key.length;
}

// "专栏1 …", "专栏 10 …", "表1 …", "附表2 …".
export const CAPTION = /^(?:[【[]?\s*专栏\s*[0-9０-９一二三四五六七八九十]+|附?表\s*[0-9０-９一二三四五六七八九十]+)/;

// By code unit, 1 for what CAPTION can open with: 专, 附, 表, 【, [ and white space.
const OPENS_CAPTION = codeTable('专附表【[', { whiteSpace: true });

/** CAPTION.test(text), settled by the first character on most lines (it opens with 【, [, 专, 附, 表 or a space). */
export function isCaption(text: string): boolean {
  if (text.length === 0) return false;
  return OPENS_CAPTION[text.charCodeAt(0)] === 1 && CAPTION.test(text);
}

/** A line that holds only a page number ("— 6 —", "- 12 -"): invisible inside a table. */
export function isPageNumber(text: string): boolean {
  // The pattern opens with a dash, white space or a digit: other lines are settled by their first character.
  if (text.length === 0 || OPENS_PAGE_NUMBER[text.charCodeAt(0)] !== 1) return false;
  return /^[-—–－\s]*\d{1,4}[-—–－\s]*$/.test(text) && /[-—–－]/.test(text);
}

// By code unit, 1 for what a page-number line can open with: a dash, white space or a digit.
const OPENS_PAGE_NUMBER = codeTable('-—–－0123456789', { whiteSpace: true });

/** The row number a 序号 cell prints: "3", "3.", "3、", "（3）"; null for anything else. */
export function printedNumber(cell: string): number | null {
  // The pattern opens with a bracket or a digit once white space is gone: most cells are settled here.
  if (!opensNumber(cell)) return null;
  const m = /^[（(]?(\d{1,3})[)）.．、]?$/.exec(compact(cell));
  return m ? Number(m[1]) : null;
}

// By code unit, 1 for what a printed number can open with: a digit, （, ( or white space.
const OPENS_NUMBER = codeTable('0123456789（(', { whiteSpace: true });

/** Whether `cell` can be a printed or row number (see printedNumber, rowNumber): false for most cells. */
export function opensNumber(cell: string): boolean {
  return cell.length > 0 && OPENS_NUMBER[cell.charCodeAt(0)] === 1;
}

export function compact(text: string): string {
  // Most cells hold no space: a look at each character costs less than a replace that finds nothing.
  for (let i = 0; i < text.length; i++) if (WHITE_SPACE[text.charCodeAt(i)] === 1) return text.replace(/[\s\u3000]+/g, '');
  return text;
}
