import { describe, expect, it } from 'vitest';
import { compare, comparisonReport } from '../../src/compare/index.js';
import type { ReportSection } from '../../src/render/report.js';
import { banan, beilin, leshan, wushan, zigong } from './fixtures.js';

const section = (sections: ReportSection[], title: string) => sections.find((s) => s.title === title)!;

describe('comparisonReport', () => {
  const report = comparisonReport(compare([zigong, wushan, beilin, leshan, banan]));
  const indicators = section(report.sections, 'Indicators').table!;
  const rowOf = (name: string) => indicators.rows.find((r) => r[0].value === name)!;
  const col = (label: string) => indicators.columns.findIndex((c) => c.header === label);

  it('writes the rehabilitation finding from the data', () => {
    const three = comparisonReport(compare([zigong, wushan, banan]));
    expect(three.summary).toContain('巴南区 sets the highest 残疾人基本康复服务覆盖率 target (>95%), 10 percentage points beyond 自贡市 and 巫山县 (85%).');
  });
  it('says which plans lack an indicator table, and that text reuse did not run', () => {
    expect(report.summary).toContain('乐山市 has no indicator table and no target in its text matched the catalogue.');
    expect(report.summary).toContain('Text reuse was not analysed in this run.');
  });
  it('marks most / least / missing cells and notes their source line', () => {
    const r = rowOf('残疾人基本康复服务覆盖率');
    expect(r[col('巴南区')]).toEqual({ value: '>95', note: 'seeds/banan.txt:165 · table · binding · unit %', mark: 'most' });
    expect(r[col('自贡市')]).toMatchObject({ value: '85', mark: 'least', note: 'seeds/zigong.txt:88 · table · binding · baseline 80 · unit %' });
    expect(r[col('碑林区')]).toMatchObject({ value: '≥90', note: 'seeds/beilin.txt:115 · prose · unit %' });
    expect(r[col('碑林区')].mark).toBeUndefined();
    expect(r[col('乐山市')]).toEqual({ value: null, mark: 'missing' });
  });
  it('marks retrofit count and coverage cells not comparable instead of missing', () => {
    const count = rowOf('困难重度残疾人家庭无障碍改造数');
    expect(count[col('自贡市')]).toMatchObject({ value: '3650', mark: 'not-comparable' });
    expect(count[col('巫山县')]).toMatchObject({ value: null, mark: 'not-comparable' });
    expect(count[col('乐山市')].mark).toBe('missing');
  });
  it('has one table per matrix with sheet-safe names', () => {
    expect(report.sections.flatMap((s) => (s.table ? [s.table.name] : []))).toEqual(['indicators', 'departments', 'federation-share', 'projects']);
    for (const s of report.sections) for (const row of s.table?.rows ?? []) expect(row).toHaveLength(s.table!.columns.length);
  });
  it('reports a single plan without failing', () => {
    const one = comparisonReport(compare([leshan]));
    expect(one.summary[0]).toBe('Only one plan (乐山市) was given, so no target is ranked; the tables list its own commitments.');
    expect(section(one.sections, 'Indicators').table!.rows).toEqual([]);
  });
  it('reports no plans', () => {
    expect(comparisonReport(compare([]))).toEqual({ title: 'Comparison of 0 plans', summary: ['No plans were given, so there is nothing to compare.'], sections: [] });
  });
});
