import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { banan, beilin, leshan, wushan, zigong } from './fixtures.js';

const all = [zigong, wushan, beilin, leshan, banan];
const row = (c: ReturnType<typeof compare>, key: string) => c.indicators.rows.find((r) => r.key === key);

describe('indicator matrix (hand-built from the seeds)', () => {
  const c = compare(all);
  it('aligns basic-rehabilitation coverage across table and prose', () => {
    const r = row(c, 'basic-rehabilitation-coverage')!;
    const cells = Object.fromEntries(r.cells.map((x) => [x.plan, [x.target?.op, x.target?.value, x.origin, x.line]]));
    expect(cells).toEqual({ zigong: ['=', 85, 'table', 88], wushan: ['=', 85, 'table', 121], beilin: ['>=', 90, 'prose', 115], banan: ['>', 95, 'table', 165] });
    expect(r.missing).toEqual(['leshan']);
    expect(r.tiers).toEqual([['banan'], ['beilin'], ['zigong', 'wushan']]);
    expect([r.most, r.least]).toEqual([['banan'], ['zigong', 'wushan']]);
  });
  it('finds Banan most ambitious on rehabilitation, ten points above Zigong and Wushan when Beilin is absent', () => {
    const f = compare([zigong, wushan, banan]).findings.find((x) => x.kind === 'most-ambitious' && x.indicator === 'basic-rehabilitation-coverage');
    expect(f).toMatchObject({ plans: ['banan'], value: { op: '>', value: 95 }, runnerUp: { plans: ['zigong', 'wushan'], value: { value: 85 } }, gap: 10 });
  });
  it('with Beilin\'s prose ≥90 in between, names both the runner-up and the least ambitious', () => {
    const f = c.findings.find((x) => x.kind === 'most-ambitious' && x.indicator === 'basic-rehabilitation-coverage');
    expect(f).toMatchObject({ plans: ['banan'], runnerUp: { plans: ['beilin'], value: { op: '>=', value: 90 } }, gap: 5,
      least: { plans: ['zigong', 'wushan'], value: { value: 85 }, gap: 10 } });
  });
  it("ranks '>' 97 above '=' 97 and reports the binding/expected split", () => {
    const r = row(c, 'compulsory-education-enrolment')!;
    expect(r.most).toEqual(['banan']);
    expect(r.attributeDiffers).toEqual({ binding: ['zigong'], expected: ['wushan', 'banan'] });
    expect(c.findings).toContainEqual({ kind: 'attribute-differs', indicator: 'compulsory-education-enrolment', binding: ['zigong'], expected: ['wushan', 'banan'] });
  });
  it('keeps training counts in 人 apart from 人次', () => {
    const r = row(c, 'vocational-training')!;
    expect(r.cells.find((x) => x.plan === 'banan')).toMatchObject({ comparable: false, ranked: false, unit: '人' });
    expect(r.tiers).toEqual([['zigong'], ['wushan']]);
    expect(c.findings).toContainEqual({ kind: 'unit-not-comparable', indicator: 'vocational-training', plan: 'banan', unit: '人', expected: '人次' });
  });
  it('does not rank retrofit counts (户) against retrofit coverage (%)', () => {
    expect(row(c, 'home-accessibility-retrofits')!.cells.map((x) => x.plan)).toEqual(['zigong']);
    const cover = row(c, 'home-accessibility-retrofit-coverage')!;
    expect([cover.allEqual, cover.most]).toEqual([true, []]);
    const f = c.findings.find((x) => x.kind === 'units-differ');
    expect(f).toEqual({
      kind: 'units-differ', concept: 'home-accessibility-retrofit',
      measures: [{ indicator: 'home-accessibility-retrofits', unit: '户', plans: ['zigong'] }, { indicator: 'home-accessibility-retrofit-coverage', unit: '%', plans: ['wushan', 'banan'] }],
    });
  });
  it('says which plans have no indicator table', () => {
    expect(c.findings).toContainEqual({ kind: 'no-indicator-table', plan: 'beilin', proseTargets: 1 });
    expect(c.findings).toContainEqual({ kind: 'no-indicator-table', plan: 'leshan', proseTargets: 0 });
  });
  it('ranks caps the other way round', () => {
    const cap = (id: string, value: number, op: '<=' | '<') => ({ ...leshan, plan: { ...leshan.plan, id, targets: [{ text: '', subject: '送教上门学生数在已入学残疾学生数中占比', value: { op, value, text: '' }, unit: '%', year: 2025, section: null, source: { line: 63 } }] } });
    const r = row(compare([cap('a', 15, '<='), cap('b', 10, '<='), cap('c', 10, '<')]), 'home-education-share')!;
    expect(r.tiers).toEqual([['c'], ['b'], ['a']]);
  });
});

describe('responsibility matrix', () => {
  const c = compare(all);
  const dept = (key: string) => c.responsibility.rows.find((r) => r.key === key)!;
  it('merges 人力资源社会保障局 / 人力社保局 / the typo 人社力社保局', () => {
    expect(dept('human-resources-social-security').counts).toEqual({ zigong: { lead: 1, co: 0 }, wushan: { lead: 3, co: 0 }, banan: { lead: 1, co: 0 } });
    expect(dept('human-resources-social-security').spellings.wushan).toEqual(['县人力社保局', '县人社力社保局']);
  });
  it('flags the near miss with file and lines', () => {
    expect(c.responsibility.nearMisses).toEqual([{ plan: 'wushan', source: 'seeds/wushan.txt', written: '县人社力社保局', key: 'human-resources-social-security', canonical: '人力资源社会保障局', matched: '人力社保局', distance: 1, lines: [458, 460] }]);
    expect(c.diagnostics).toContainEqual(expect.objectContaining({ level: 'warning', file: 'seeds/wushan.txt', line: 458, code: 'normalize/department-near-miss' }));
  });
  it('merges 住房城乡建委 and 住房城乡建设委 in one table', () => {
    expect(dept('housing-urban-rural-development').counts.wushan).toEqual({ lead: 2, co: 0 });
  });
  it('counts collectives and strips the locality name', () => {
    expect(dept('collective:governments').counts).toEqual({ leshan: { lead: 0, co: 2 }, banan: { lead: 0, co: 2 } });
    expect(dept('collective:departments').counts).toEqual({ wushan: { lead: 0, co: 1 }, banan: { lead: 0, co: 1 } });
    expect(dept('taxation').counts.wushan).toEqual({ lead: 0, co: 1 });
    expect(dept('high-tech-zone').counts.leshan).toEqual({ lead: 0, co: 2 });
  });
  it('computes the federation’s share of led tasks', () => {
    const s = Object.fromEntries(c.responsibility.shares.map((x) => [x.plan, [x.ledByFederation, x.withLead, x.ledByFederationOnly, x.ledJointly]]));
    expect(s).toEqual({ zigong: [1, 4, 1, 0], wushan: [2, 5, 0, 2], beilin: [0, 0, 0, 0], leshan: [2, 2, 1, 1], banan: [2, 2, 1, 1] });
    expect(c.findings).toContainEqual({ kind: 'no-tasks', plan: 'beilin' });
  });
});

describe('projects', () => {
  const c = compare(all);
  it('finds 盲人按摩提升项目 in Zigong, Wushan and Banan', () => {
    const g = c.projects.groups.find((x) => x.name === '盲人按摩提升项目')!;
    expect([g.plans, g.method]).toEqual([['zigong', 'wushan', 'banan'], 'exact']);
    expect(c.projects.sharedByAll).toContain(g.key);
  });
  it('matches a longer spelling by similarity', () => {
    const g = c.projects.groups.find((x) => x.name === '残疾人辅助性就业项目')!;
    expect([g.plans, g.method]).toEqual([['zigong', 'wushan', 'banan'], 'similar']);
  });
  it('lists what is unique to a plan and who has no project boxes', () => {
    expect(c.projects.unique).toEqual({ zigong: ['康复托养服务设施'], wushan: ['互联网康复'], banan: [] });
    expect(c.findings).toContainEqual({ kind: 'no-projects', plan: 'leshan' });
  });
});

describe('degenerate inputs', () => {
  it('compares a single plan and says so', () => {
    const c = compare([zigong]);
    expect(c.findings[0]).toEqual({ kind: 'single-plan', plan: 'zigong' });
    expect(c.indicators.rows.every((r) => r.most.length === 0 && r.tiers.length === 0)).toBe(true);
  });
  it('compares plans without indicator tables', () => {
    const c = compare([leshan]);
    expect(c.indicators.rows).toEqual([]);
    expect(c.findings).toContainEqual({ kind: 'no-indicator-table', plan: 'leshan', proseTargets: 0 });
  });
  it('compares nothing', () => {
    expect(compare([]).findings).toEqual([{ kind: 'no-plans' }]);
  });
  it('is deterministic', () => {
    expect(JSON.stringify(compare(all))).toBe(JSON.stringify(compare(all)));
  });
});

describe('federation share range', () => {
  it('names the plans where the federation leads the largest and smallest share', () => {
    // zigong 1/4, wushan 2/5, leshan 2/2, banan 2/2 (see the fixtures' task rows).
    expect(compare([zigong, wushan, leshan, banan]).findings).toContainEqual({
      kind: 'federation-share-range', highest: { plans: ['leshan', 'banan'], share: 1 }, lowest: { plans: ['zigong'], share: 0.25 },
    });
  });
});

describe('relative targets', () => {
  it('are shown in the document’s words and not ranked', () => {
    const rel = (id: string, value: number) => ({ ...zigong, plan: { ...zigong.plan, id, indicators: [{ ...zigong.plan.indicators[2], target: { op: '>=' as const, value, text: `提高${value}个百分点`, relativeTo: 'baseline' as const } }] } });
    const r = compare([rel('a', 5), rel('b', 10)], { textReuse: false }).indicators.rows[0];
    expect([r.key, r.tiers, r.cells.map((c) => c.ranked)]).toEqual(['basic-rehabilitation-coverage', [], [false, false]]);
  });
});

describe('unit scale', () => {
  it('restates 万人次 in 人次 so training targets rank together', () => {
    const big = { ...wushan, plan: { ...wushan.plan, id: 'big', indicators: [{ ...wushan.plan.indicators[0], unit: '万人次', target: { op: '=' as const, value: 1.2, text: '1.2' } }] } };
    const r = compare([zigong, big], { textReuse: false }).indicators.rows.find((x) => x.key === 'vocational-training')!;
    expect(r.cells.find((c) => c.plan === 'big')).toMatchObject({ unit: '人次', target: { value: 12000, text: '1.2' }, comparable: true });
    expect(r.most).toEqual(['big']);
  });
});
