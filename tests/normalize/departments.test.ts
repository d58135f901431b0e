import { describe, expect, it } from 'vitest';
import { normalizeDepartment, parseDepartmentTable } from '../../src/normalize/departments.js';
import { DataFileError } from '../../src/normalize/data-file.js';

const wushan = { places: ['巫山县', '重庆市'] };
const leshan = { places: ['乐山市', '四川省'] };

describe('normalizeDepartment', () => {
  it('maps the spellings of one department to one key (Zigong 市…, Wushan 县…, Banan 区…)', () => {
    for (const n of ['市人力资源社会保障局', '县人力社保局', '区人力社保局', '人社局']) {
      expect(normalizeDepartment(n)).toMatchObject({ key: 'human-resources-social-security', name: '人力资源社会保障局', gloss: 'Human Resources and Social Security' });
    }
    for (const n of ['县住房城乡建委', '县住房城乡建设委', '市住房城乡建设局']) expect(normalizeDepartment(n).key).toBe('housing-urban-rural-development');
    for (const n of ['市教育体育局', '县教委', '市教育局']) expect(normalizeDepartment(n).key).toBe('education');
  });
  it('distinguishes exact canonical names from aliases', () => {
    expect(normalizeDepartment('市残联').match).toBe('exact');
    expect(normalizeDepartment('县人力社保局').match).toBe('alias');
  });
  it('strips the locality’s own name', () => {
    expect(normalizeDepartment('巫山县税务局', wushan)).toMatchObject({ key: 'taxation', match: 'exact' });
    expect(normalizeDepartment('乐山高新区管委会', leshan)).toMatchObject({ key: 'high-tech-zone' });
    expect(normalizeDepartment('中国人民银行乐山市分行', leshan).key).toBe('peoples-bank');
  });
  it('does not eat 市 of 市场监管局 after stripping the level prefix', () => {
    expect(normalizeDepartment('县市场监管局').key).toBe('market-regulation');
    expect(normalizeDepartment('市场监管局').key).toBe('market-regulation');
  });
  it('recognises party organs and mass organisations', () => {
    expect(normalizeDepartment('市委组织部')).toMatchObject({ key: 'party-organisation', name: '党委组织部', type: 'party' });
    expect(normalizeDepartment('团县委')).toMatchObject({ key: 'youth-league', name: '共青团委' });
    expect(normalizeDepartment('区委编办').key).toBe('party-establishment');
    expect(normalizeDepartment('团市委')).toMatchObject({ key: 'youth-league', gloss: 'Communist Youth League' });
    expect(normalizeDepartment('团县委').key).toBe('youth-league');
    expect(normalizeDepartment('县妇联').key).toBe('womens-federation');
    expect(normalizeDepartment('区公安分局').key).toBe('public-security');
    expect(normalizeDepartment('县残联')).toMatchObject({ key: 'disabled-persons-federation', type: 'federation' });
  });
  it('recognises collective units', () => {
    for (const n of ['各区县政府', '各镇街', '各乡镇人民政府', '各县（市、区）人民政府']) {
      expect(normalizeDepartment(n)).toMatchObject({ type: 'collective', collective: 'governments' });
    }
    for (const n of ['区级各部门', '县级有关部门', '县政府有关部门', '市政府残工委其他相关成员单位']) {
      expect(normalizeDepartment(n)).toMatchObject({ type: 'collective', collective: 'departments' });
    }
  });
  it('merges the Wushan typo 县人社力社保局 into 人力社保局 as a near miss', () => {
    expect(normalizeDepartment('县人社力社保局', wushan)).toMatchObject({
      key: 'human-resources-social-security', match: 'near-miss', distance: 1, matched: '人力社保局',
    });
  });
  it('does not force short or distant unknown names onto a department', () => {
    expect(normalizeDepartment('县气象局')).toMatchObject({ match: 'unknown', key: '气象局', gloss: null });
    expect(normalizeDepartment('有关服务机构').match).toBe('unknown');
  });
  it('uses a user table and validates it', () => {
    const t = parseDepartmentTable('departments:\n  - {key: weather, name: 气象局, gloss: Meteorology, type: government, aliases: [气象台]}\n', 'user.yaml');
    expect(normalizeDepartment('县气象台', {}, t)).toMatchObject({ key: 'weather', match: 'alias' });
    expect(() => parseDepartmentTable('departments:\n  - {key: x, name: 甲}\n', 'user.yaml')).toThrow(DataFileError);
  });
});

describe('spellings from other localities', () => {
  it.each([
    ['各乡镇（街道）', 'collective:governments'],
    ['各区（县）人民政府', 'collective:governments'],
    ['市政府有关部门', 'collective:departments'],
    ['市卫计委', 'health'],
    ['县农业局', 'agriculture'],
    ['市残疾人联合会', 'disabled-persons-federation'],
    ['区退役军人事务局', 'veterans-affairs'],
    ['县住建局', 'housing-urban-rural-development'],
  ])('%s → %s', (name, key) => expect(normalizeDepartment(name).key).toBe(key));
  it('does not merge a short unknown name into a near spelling (审计局 vs 统计局)', () => {
    expect(normalizeDepartment('市审计局').key).toBe('audit');
    expect(normalizeDepartment('市档案局').match).toBe('unknown');
  });
});
