/**
 * Past WIDE_PLANS plans, Markdown shows the per-plan matrices (indicators, departments,
 * projects) narrow: counts and the plans named. The workbook and the CSV keep every plan's column.
 */
import { describe, expect, it } from 'vitest';
import { compare, comparisonReport } from '../../src/compare/index.js';
import { WIDE_PLANS } from '../../src/compare/wide.js';
import { reportMarkdown } from '../../src/render/markdown.js';
import { doc, ind, project, task, v } from './fixtures.js';

const places = ['自贡市', '巫山县', '碑林区', '乐山市', '巴南区', '万州区', '涪陵区', '渝中区', '大渡口区', '江北区', '沙坪坝区', '九龙坡区'];

/** One plan per place: a rehabilitation target rising by place, one lead unit, one shared project. */
const plans = (count: number) => places.slice(0, count).map((place, i) => doc(`p${i}`, place, {
  indicators: [ind(1, '残疾人基本康复服务覆盖率', '%', v('=', 80 + i), 'binding', 10)],
  tasks: [task(1, ['县残联'], ['县卫生健康委'], 20)],
  projects: [project(1, 1, '残疾人康复服务项目', 30)],
}));

describe('a comparison of many plans', () => {
  const wide = comparisonReport(compare(plans(WIDE_PLANS + 2), { textReuse: false }));
  const table = (name: string) => wide.sections.find((s) => s.table?.name === name)!.table!;

  it('keeps one column per plan for the workbook and the CSV', () => {
    expect(table('indicators').columns.map((c) => c.header)).toEqual(['Indicator', 'Unit', ...places, 'Most ambitious', 'Least ambitious']);
  });

  it('gives Markdown narrow tables: how many plans, and which are most and least ambitious', () => {
    expect(table('indicators').narrow!.rows).toEqual([[
      { value: '残疾人基本康复服务覆盖率', note: expect.any(String) }, { value: '%' }, { value: 12 }, { value: '九龙坡区' }, { value: '自贡市' },
    ]]);
    expect(table('projects').narrow!.rows.map((r) => r.slice(1).map((c) => c.value)))
      .toEqual([[12, '自贡市, 巫山县, 碑林区, 乐山市, 巴南区 and 7 others']]);
    expect(table('departments').narrow!.columns.map((c) => c.header)).toEqual(['Department', 'Gloss', 'Plans naming it', 'Total lead', 'Total co']);
    const markdown = reportMarkdown(wide);
    expect(markdown).toContain('With one column per plan: sheet "indicators" of the workbook, and the CSV file ending in -indicators.csv.');
    const headers = markdown.split('\n').filter((line) => /^\| (?:Indicator|Department|Project) /.test(line));
    expect(headers).toHaveLength(3);
    expect(headers.filter((line) => line.includes('渝中区'))).toEqual([]);
    expect(Math.max(...markdown.split('\n').filter((line) => line.startsWith('|')).map((line) => line.length))).toBeLessThan(200);
  });

  it('shows every plan\'s column in Markdown up to WIDE_PLANS plans', () => {
    const few = comparisonReport(compare(plans(WIDE_PLANS), { textReuse: false }));
    expect(few.sections.every((s) => s.table?.narrow === undefined)).toBe(true);
    const headers = reportMarkdown(few).split('\n').filter((line) => /^\| (?:Indicator|Department|Project) /.test(line));
    expect(headers.map((line) => line.includes('江北区'))).toEqual([true, true, true]);
  });
});
