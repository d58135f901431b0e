/**
 * Merged cells are expanded (a rowspan cell repeats below, a colspan cell is followed by empty
 * cells), but spans cannot multiply the input: at most MAX_COLUMNS columns per row, and at most
 * MAX_SPANNED_CELLS cells added by spans in a whole document, over all its tables.
 */
import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../src/read/html.js';
import { MAX_COLUMNS, MAX_SPANNED_CELLS, MergedCells, SpanBudget } from '../../src/read/merged-cells.js';

const cell = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan });
const same = <T>(c: T): T => c;

describe('MergedCells', () => {
  it('repeats a rowspan cell in the rows below and pads a colspan cell', () => {
    const merged = new MergedCells();
    expect(merged.row([cell('市残联', 2), cell('甲', 1, 2)], same)).toEqual(['市残联', '甲', '']);
    expect(merged.row([cell('乙'), cell('丙')], same)).toEqual(['市残联', '乙', '丙']);
  });

  it('keeps at most MAX_COLUMNS columns in a row, reading every cell', () => {
    const read: string[] = [];
    const cells = Array.from({ length: 30 }, (_, i) => cell(`c${i}`, 1, 100));
    const texts = new MergedCells().row(cells, (c) => { read.push(c.text); return c; });
    expect(texts).toHaveLength(MAX_COLUMNS);
    expect(texts.filter((t) => t !== '')).toEqual(Array.from({ length: MAX_COLUMNS / 100 }, (_, i) => `c${i}`));
    expect(read).toHaveLength(30);
  });

  it('stops widening and repeating cells once the shared budget is spent', () => {
    const budget = new SpanBudget(4);
    const first = new MergedCells(budget);
    // The rowspan of 3 adds 2 cells; the colspan of 4 would add 3 and may add the 2 left.
    expect(first.row([cell('乙', 3), cell('甲', 1, 4)], same)).toEqual(['乙', '甲', '', '']);
    expect(first.row([cell('丙')], same)).toEqual(['乙', '丙']);
    expect(first.row([cell('丁')], same)).toEqual(['乙', '丁']);
    // Another table of the same document has nothing left: its spans count as one cell.
    const second = new MergedCells(budget);
    expect(second.row([cell('戊', 2, 3)], same)).toEqual(['戊']);
    expect(second.row([cell('己')], same)).toEqual(['己']);
  });
});

describe('htmlToLines on hostile spans', () => {
  it('reads 20,000 cells of colspan 1000 as one row of MAX_COLUMNS columns', () => {
    const page = `<p>某县残疾人保障规划</p><table><tr>${'<td colspan=1000>x</td>'.repeat(20_000)}</tr></table>`;
    const { lines } = htmlToLines(page);
    expect(lines.map((line) => line.split('\t').length)).toEqual([1, MAX_COLUMNS]);
  });

  it('counts spans over all tables of the page against one budget', () => {
    const tables = 2_000;
    const page = `<p>某县残疾人保障规划</p>${'<table><tr><td colspan=1000>x</td></tr></table>'.repeat(tables)}`;
    const cells = htmlToLines(page).lines.slice(1).reduce((sum, line) => sum + line.split('\t').length, 0);
    expect(cells).toBe(tables + MAX_SPANNED_CELLS);
  });
});
