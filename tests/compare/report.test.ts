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
    expect(report.summary).toContain('巴南区 sets the highest 残疾人基本康复服务覆盖率 target (>95%), 5 percentage points beyond 碑林区 (≥90%) and 10 percentage points beyond 自贡市 and 巫山县 (85%).');
  });
  it('says which plans lack an indicator table, and that text reuse did not run', () => {
    expect(report.summary).toContain('乐山市 has no indicator table and no target in its text matched the catalogue.');
    const skipped = comparisonReport(compare([zigong, wushan], { textReuse: false }));
    expect(skipped.summary).toContain('Text reuse was not analysed in this run.');
    expect(section(skipped.sections, 'Text reuse').paragraphs).toEqual(['Text reuse was not analysed in this run.']);
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
    expect(report.sections.flatMap((s) => (s.table ? [s.table.name] : []))).toEqual(['indicators', 'indicator-cells', 'departments', 'federation-share', 'projects', 'text-reuse', 'distinctive', 'reuse-pairs']);
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

describe('text reuse in the report', () => {
  const withText = (d: typeof zigong, lines: string[]) => ({ ...d, lines });
  const shared = '为符合条件的残疾儿童提供手术、辅助器具适配、康复训练等服务。';
  const c = compare([
    withText(zigong, [shared, '推进自贡市残疾人托养中心项目建设，鼓励有条件的区县开展残疾人托养服务。']),
    withText(wushan, [shared, '在早阳新城建成集残疾儿童康复、职业康复、社会康复于一体的残疾人康复中心。']),
  ]);
  const r = comparisonReport(c);
  it('lists shares and distinctive sentences with their lines', () => {
    expect(section(r.sections, 'Text reuse').table!.rows).toEqual([
      [{ value: '自贡市' }, { value: 2 }, { value: 1 }, { value: 50 }, { value: 1 }],
      [{ value: '巫山县' }, { value: 2 }, { value: 1 }, { value: 50 }, { value: 1 }],
    ]);
    const distinctive = section(r.sections, 'Distinctive sentences').table!.rows;
    expect(distinctive.map((row) => [row[0].value, row[1].value, row[1].note])).toEqual([['自贡市', 2, 'seeds/zigong.txt:2'], ['巫山县', 2, 'seeds/wushan.txt:2']]);
    expect(section(r.sections, 'Shared text between plans').table!.rows).toEqual([
      [{ value: '自贡市' }, { value: null }, { value: 1 }],
      [{ value: '巫山县' }, { value: 1 }, { value: null }],
    ]);
  });
  it('words the share from the data', () => {
    expect(section(r.sections, 'Text reuse').paragraphs).toContain("50% of 自贡市's 2 sentences appear, verbatim or nearly, in another plan of the set; 1 is its own.");
  });
});

describe('large sets', () => {
  it('lists each plan\'s closest partners, one row each, instead of a plan × plan table', () => {
    const shared = '为符合条件的残疾儿童提供手术、辅助器具适配、康复训练等服务。';
    const many = Array.from({ length: 8 }, (_, i) => ({
      ...leshan,
      plan: { ...leshan.plan, id: `p${i}`, region: { ...leshan.plan.region, name: `甲${i}县` } },
      lines: [shared, i < 2 ? '推进残疾人托养中心项目建设，鼓励有条件的区县开展残疾人托养服务。' : `本县第${'一二三四五六七八'[i]}项承诺：建成${'东南西北中上下左'[i]}片区残疾人之家${'甲乙丙丁戊己庚辛'[i]}号示范点位。`],
    }));
    const r = comparisonReport(compare(many));
    expect(section(r.sections, 'Shared text between plans')).toBeUndefined();
    const closest = section(r.sections, 'Closest plans').table!;
    expect(closest.columns.map((c) => c.header)).toEqual(['Plan', 'Rank', 'Other plan', 'Shared sentences', 'Share of its sentences']);
    expect(closest.rows.filter((row) => row[0].value === '甲0县').map((row) => row.map((cell) => cell.value))).toEqual([
      ['甲0县', 1, '甲1县', 2, 100],
      ['甲0县', 2, '甲2县', 1, 50],
      ['甲0县', 3, '甲3县', 1, 50],
      ['甲0县', 4, '甲4县', 1, 50],
      ['甲0县', 5, '甲5县', 1, 50],
    ]);
  });
  it('caps per-plan sentences and long lists of names', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ ...leshan, plan: { ...leshan.plan, id: `p${i}`, region: { ...leshan.plan.region, name: `甲${i}县` } } }));
    const r = comparisonReport(compare(many, { textReuse: false }));
    const noTable = r.summary.filter((s) => s.includes('has no indicator table'));
    expect(noTable).toHaveLength(6);
    expect(r.summary).toContain('… and 3 more plans without an indicator table; the tables and the JSON output list them all.');
  });
});
