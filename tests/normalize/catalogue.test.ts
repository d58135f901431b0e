import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../src/normalize/data-file.js';
import { defaultCatalogue, matchIndicator, normalizeIndicatorName, parseCatalogue } from '../../src/normalize/catalogue.js';

// Names and units as printed in the seeds' indicator tables (Zigong 000_ l.80–91, Wushan 001_ l.113–123, Banan 004_ l.87–186).
describe('matchIndicator on the seeds’ table rows', () => {
  const cases: [string, string | null, string][] = [
    ['残疾人家庭人均收入年均增长', '%', 'income-growth'],
    ['城乡残疾人职业技能培训人次', null, 'vocational-training'], // Zigong: unit in the name
    ['城乡残疾人职业技能培训人数', '人次', 'vocational-training'], // Wushan
    ['符合条件的残疾人纳入最低生活保障比例', '%', 'minimum-living-allowance'],
    ['困难残疾人生活补贴覆盖率', '%', 'living-subsidy-coverage'],
    ['重度残疾人护理补贴覆盖率', '%', 'nursing-subsidy-coverage'],
    ['残疾人城乡居民基本养老保险参保率', '%', 'pension-insurance'],
    ['残疾人城乡居民基本医疗保险参保率', '%', 'medical-insurance'],
    ['残疾儿童少年义务教育入学率', '%', 'compulsory-education-enrolment'],
    ['残疾人基本康复服务覆盖率', '%', 'basic-rehabilitation-coverage'],
    ['残疾人辅助器具适配率', '%', 'assistive-device-fitting'],
    ['困难重度残疾人家庭无障碍改造数', '户', 'home-accessibility-retrofits'], // Zigong
    ['困难重度残疾人家庭无障碍改造覆盖率', '%', 'home-accessibility-retrofit-coverage'], // Wushan
    ['有需求符合改造条件的困难重度残疾人家庭无障碍改造覆盖率', '%', 'home-accessibility-retrofit-coverage'], // Banan
    ['村(社区)残疾人协会建设覆盖率', '%', 'disability-association-coverage'],
  ];
  it.each(cases)('%s (%s) → %s', (name, unit, key) => {
    const m = matchIndicator(name, unit);
    expect(m).toMatchObject({ kind: 'matched', key, method: 'alias', confidence: 1, comparable: true });
  });

  it('treats Banan’s training count in 人 as the same measure but not comparable with 人次', () => {
    expect(matchIndicator('城乡残疾人职业技能培训人数', '人')).toMatchObject({ kind: 'matched', key: 'vocational-training', comparable: false, unit: '人' });
  });

  it('folds width and a trailing unit in brackets', () => {
    expect(normalizeIndicatorName('村（社区）残疾人协会建设覆盖率（%）')).toBe('村社区残疾人协会建设覆盖率');
    expect(matchIndicator('残疾人基本康复服务覆盖率（％）', null)).toMatchObject({ key: 'basic-rehabilitation-coverage', unit: '%' });
  });
});

describe('similarity fallback', () => {
  it('accepts a close variant by similarity', () => {
    const m = matchIndicator('残疾人城乡基本养老保险参保率', '%');
    expect(m).toMatchObject({ kind: 'matched', key: 'pension-insurance', method: 'similarity' });
    if (m.kind === 'matched') expect(m.confidence).toBeLessThan(1);
  });
  it('reports a gray-zone match as uncertain instead of guessing', () => {
    expect(matchIndicator('残疾人康复服务率', '%')).toMatchObject({ kind: 'uncertain', key: 'basic-rehabilitation-coverage' });
  });
  it('leaves unrelated measures unmatched', () => {
    expect(matchIndicator('盲人按摩机构数量', '个').kind).toBe('unmatched');
    expect(matchIndicator('筛查率', '%').kind).toBe('unmatched');
  });
  it('does not take a measure for another that shares only 残疾人…服务覆盖率 (Banan 004_ l.205)', () => {
    const m = matchIndicator('有需求的残疾人托养照护服务覆盖率', '%');
    expect(m.kind === 'unmatched' ? m.best?.key : m.key).not.toBe('basic-rehabilitation-coverage');
    // Coverage in % is not the 托养 headcount in 人: never placed on that row as comparable.
    if (m.kind !== 'unmatched') expect(m.comparable).toBe(false);
  });
  it('keeps a near wording of the same measure uncertain, not unmatched (Beilin 002_ l.163)', () => {
    expect(matchIndicator('困难重度残疾人居家无障碍覆盖率', '%')).toMatchObject({ kind: 'uncertain', key: 'home-accessibility-retrofit-coverage' });
  });
  it('leaves prose subjects that are no catalogue measure unmatched (Leshan 003_ l.73, l.89)', () => {
    expect(matchIndicator('党政机关、事业单位安排残疾人就业人数', '名').kind).toBe('unmatched');
    expect(matchIndicator('优先安排残疾人就业比例', '%').kind).toBe('unmatched');
  });
  it('maps a prose subject with a locality lead-in', () => {
    expect(matchIndicator('全区残疾人基本康复服务覆盖率', '%')).toMatchObject({ kind: 'matched', key: 'basic-rehabilitation-coverage' });
  });
});

describe('catalogue data file', () => {
  it('loads and gives the two retrofit measures one concept with different units', () => {
    const c = defaultCatalogue();
    const count = c.entries.find((e) => e.key === 'home-accessibility-retrofits');
    const cover = c.entries.find((e) => e.key === 'home-accessibility-retrofit-coverage');
    expect(count?.concept).toBe(cover?.concept);
    expect([count?.unit, cover?.unit]).toEqual(['户', '%']);
  });
  it('rejects invalid entries with the file name and all problems', () => {
    const bad = '- key: Bad Key\n  name: x\n- key: a\n  name: 甲\n  aliases: [乙]\n- key: b\n  name: 乙\n';
    expect(() => parseCatalogue(bad, 'custom.yaml')).toThrow(DataFileError);
    try {
      parseCatalogue(bad, 'custom.yaml');
    } catch (e) {
      expect((e as DataFileError).file).toBe('custom.yaml');
      expect((e as DataFileError).problems).toHaveLength(2);
    }
  });
  it('accepts a user catalogue', () => {
    const c = parseCatalogue('- key: blind-massage\n  name: 盲人按摩机构数\n  unit: 个\n  aliases: [盲人按摩机构数量]\n', 'user.yaml');
    expect(matchIndicator('盲人按摩机构数量', '个', c)).toMatchObject({ kind: 'matched', key: 'blind-massage' });
  });
});

describe('unit-aware similarity', () => {
  // Wushan 001_ l.391: 为困难重度残疾人家庭实施无障碍改造不少于 1000 户 — a count, not a coverage.
  it('lets the stated unit pick between the count and the coverage measure', () => {
    expect(matchIndicator('困难重度残疾人家庭实施无障碍改造', '户')).toMatchObject({ kind: 'matched', key: 'home-accessibility-retrofits', method: 'similarity', comparable: true });
  });
});
