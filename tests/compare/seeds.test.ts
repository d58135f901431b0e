/**
 * compare() on the real seeds, through the parser. Expected values were read from the documents:
 * Zigong 000_ l.88 (残疾人基本康复服务覆盖率 80 → 85, 约束性), Wushan 001_ l.121 (85), Banan 004_
 * stacked table (>95), Beilin 002_ l.115 prose (覆盖率达到 90%以上), Leshan 003_ (no such target).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, type Comparison } from '../../src/compare/index.js';
import { splitSentences } from '../../src/compare/sentences.js';
import type { PlanDocument } from '../../src/model/types.js';
import { loadPlans } from '../../src/pipeline/load.js';

let c: Comparison;
let documents: PlanDocument[];
const id = (prefix: string) => c.plans.find((p) => p.source.includes(`/${prefix}_`) || p.source.startsWith(`${prefix}_`))!.id;

beforeAll(async () => {
  ({ documents } = await loadPlans(['seeds']));
  c = compare(documents);
});

describe('compare on the seeds', () => {
  it('aligns basic-rehabilitation coverage', () => {
    const row = c.indicators.rows.find((r) => r.key === 'basic-rehabilitation-coverage')!;
    const cell = (prefix: string) => row.cells.find((x) => x.plan === id(prefix));
    expect(cell('000')).toMatchObject({ target: { op: '=', value: 85 }, origin: 'table', line: 88, attribute: 'binding' });
    expect(cell('001')).toMatchObject({ target: { op: '=', value: 85 }, origin: 'table', line: 121 });
    expect(cell('004')).toMatchObject({ target: { op: '>', value: 95 }, origin: 'table' });
    expect(cell('002')).toMatchObject({ target: { op: '>=', value: 90 }, origin: 'prose', line: 115 });
    expect(row.missing).toEqual([id('003')]);
    expect(row.most).toEqual([id('004')]);
    expect(row.least).toEqual([id('000'), id('001')]);
  });
  it('places Leshan’s inline targets only where they are a catalogue measure (送教上门占比 l.63)', () => {
    const rows = c.indicators.rows.filter((r) => r.cells.some((x) => x.plan === id('003')));
    expect(rows.map((r) => r.key)).toEqual(['home-education-share']);
    expect(rows[0]?.cells.find((x) => x.plan === id('003'))).toMatchObject({ target: { op: '<=', value: 15 }, origin: 'prose', line: 63, match: 'matched' });
  });
  it('keeps prose targets of other measures out of the rows (Banan 托养照护服务覆盖率 l.205)', () => {
    const prose = c.indicators.rows.flatMap((r) => r.cells.filter((x) => x.origin === 'prose').map((x) => [r.key, x.name]));
    expect(prose).not.toContainEqual(['basic-rehabilitation-coverage', '有需求的残疾人托养照护服务覆盖率']);
    expect(prose.filter(([, name]) => /安排残疾人/.test(name ?? ''))).toEqual([]);
  });
  it('labels plans by their locality', () => {
    expect(c.plans.map((p) => p.label)).toEqual(['自贡市', '巫山县', '碑林区', '乐山市', '巴南区']);
  });
  it('finds the binding / expected split on compulsory-education enrolment', () => {
    expect(c.findings).toContainEqual({ kind: 'attribute-differs', indicator: 'compulsory-education-enrolment', binding: [id('000')], expected: [id('001'), id('004')] });
  });
  it('keeps retrofit counts (Zigong 3650 户) apart from coverage (Wushan, Banan 100%)', () => {
    const count = c.indicators.rows.find((r) => r.key === 'home-accessibility-retrofits')!;
    const cover = c.indicators.rows.find((r) => r.key === 'home-accessibility-retrofit-coverage')!;
    expect(count.cells.find((x) => x.plan === id('000'))).toMatchObject({ target: { value: 3650 }, unit: '户' });
    expect(cover.cells.filter((x) => x.origin === 'table').map((x) => x.plan)).toEqual([id('001'), id('004')]);
  });
  it('merges the Wushan typo 县人社力社保局 into 人力社保局 and flags it with its lines', () => {
    const nm = c.responsibility.nearMisses.find((x) => x.written === '县人社力社保局')!;
    expect(nm).toMatchObject({ plan: id('001'), key: 'human-resources-social-security', distance: 1 });
    expect(nm.lines).toEqual(expect.arrayContaining([458, 460]));
    const hr = c.responsibility.rows.find((r) => r.key === 'human-resources-social-security')!;
    expect(hr.spellings[id('001')]).toEqual(['县人力社保局', '县人社力社保局']);
    expect(c.diagnostics).toContainEqual(expect.objectContaining({ code: 'normalize/department-near-miss', line: 458, level: 'warning' }));
  });
  it('merges 县住房城乡建委 and 县住房城乡建设委 (Wushan rows 7 and 27)', () => {
    const housing = c.responsibility.rows.find((r) => r.key === 'housing-urban-rural-development')!;
    expect(housing.spellings[id('001')]).toEqual(['县住房城乡建委', '县住房城乡建设委']);
    expect(housing.counts[id('001')].lead).toBe(2);
  });
  it('finds 盲人按摩提升项目 in Zigong, Wushan and Banan', () => {
    const g = c.projects.groups.find((x) => x.name === '盲人按摩提升项目')!;
    expect(g.plans).toEqual([id('000'), id('001'), id('004')]);
  });
  it('says that Beilin and Leshan have no indicator table', () => {
    const kinds = c.findings.filter((f) => f.kind === 'no-indicator-table').map((f) => (f as { plan: string }).plan);
    expect(kinds).toEqual([id('002'), id('003')]);
  });
  it('finds the national-template sentence shared by Zigong, Wushan and Banan (专栏5 残疾儿童康复救助项目)', () => {
    const sentence = '为符合条件的残疾儿童提供手术、辅助器具适配、康复训练等服务';
    for (const prefix of ['000', '001', '004']) {
      const doc = documents.find((d) => d.plan.id === id(prefix))!;
      // The sentence must be one the analysis saw, or "not distinctive" would hold vacuously.
      expect(splitSentences(doc.lines, doc.lineMap).some((x) => x.text.includes(sentence))).toBe(true);
      const reuse = c.textReuse!.plans.find((p) => p.planId === id(prefix))!;
      expect(reuse.distinctive.some((d) => d.text.includes(sentence))).toBe(false);
    }
  });
  it('keeps a local commitment distinctive: Wushan builds its service centre in 早阳新城 (line 337)', () => {
    const reuse = c.textReuse!.plans.find((p) => p.planId === id('001'))!;
    expect(reuse.distinctive.find((d) => d.text.includes('早阳新城'))?.line).toBe(337);
  });
});
