/**
 * Hand-built PlanDocuments with values read from the seeds (line numbers as in the files):
 * Zigong 000_ (table l.80–91, task table l.378–422), Wushan 001_ (table l.113–123, tasks l.446–486),
 * Banan 004_ (stacked table l.87–186), Beilin 002_ (prose l.115), Leshan 003_ (inline 责任单位 blocks).
 */
import type { Indicator, Plan, PlanDocument, Project, Task, Value } from '../../src/model/types.js';

export function v(op: Value['op'], value: number | null, text?: string): Value {
  return { op, value, text: text ?? `${op === '=' ? '' : op}${value ?? ''}` };
}

export function ind(no: number, name: string, unit: string | null, target: Value | null, attribute: 'binding' | 'expected', line: number, baseline: Value | null = null): Indicator {
  return { no, name, unit, baseline, target, attribute, source: { line } };
}

export function task(no: number, lead: string[], co: string[], line: number): Task {
  return { no, text: `任务${no}`, lead, co, source: { line } };
}

export function project(box: number, no: number, name: string, line: number): Project {
  return { box, boxTitle: `专栏${box}`, group: null, no, name, text: name, source: { line } };
}

export function doc(id: string, regionName: string | null, parts: Partial<Plan> = {}): PlanDocument {
  const plan: Plan = {
    id, source: `seeds/${id}.txt`, region: { name: regionName, level: null, province: null, code: null },
    title: null, kind: 'plan', status: 'final', docNumber: null, issuer: null, issuedOn: null,
    period: { start: 2021, end: 2025 }, headings: [], indicators: [], projects: [], tasks: [], targets: [], achievements: [],
    ...parts,
  };
  return { plan, lines: [], lineMap: null };
}

export const zigong = doc('zigong', '自贡市', {
  indicators: [
    ind(2, '城乡残疾人职业技能培训人次', null, v('=', 5000), 'expected', 81),
    ind(8, '残疾儿童少年义务教育入学率', '%', v('=', 97), 'binding', 87, v('=', 95)),
    ind(9, '残疾人基本康复服务覆盖率', '%', v('=', 85), 'binding', 88, v('=', 80)),
    ind(11, '困难重度残疾人家庭无障碍改造数', '户', v('=', 3650), 'binding', 90),
  ],
  tasks: [
    task(2, ['市人力资源社会保障局', '市医保局'], ['市财政局', '市残联'], 379),
    task(6, ['市残联'], ['市民政局', '市财政局'], 383),
    task(21, ['市教育体育局'], ['市残联'], 402),
    task(39, ['市委宣传部'], ['市残联', '市总工会', '团市委', '市妇联'], 421),
  ],
  projects: [project(4, 4, '盲人按摩提升项目', 191), project(4, 7, '残疾人辅助性就业推进项目', 199), project(9, 1, '康复托养服务设施项目', 357)],
});

export const wushan = doc('wushan', '巫山县', {
  indicators: [
    ind(2, '城乡残疾人职业技能培训人数', '人次', v('=', 2000), 'expected', 114),
    ind(8, '残疾儿童少年义务教育入学率', '%', v('=', 97), 'expected', 120),
    ind(9, '残疾人基本康复服务覆盖率', '%', v('=', 85), 'binding', 121),
    ind(11, '困难重度残疾人家庭无障碍改造覆盖率', '%', v('=', 100), 'binding', 123),
  ],
  tasks: [
    task(4, ['县人力社保局', '县医保局'], ['县财政局', '县残联'], 449),
    task(9, ['县委组织部', '县人社力社保局', '县国资管理中心', '县残联'], ['县财政局', '巫山县税务局', '县政府有关部门'], 458),
    task(11, ['县人社力社保局'], ['县民政局', '县残联'], 460),
    task(27, ['县住房城乡建设委', '县残联'], ['县教委'], 480),
    task(7, ['县住房城乡建委'], ['县残联'], 452),
  ],
  projects: [project(4, 4, '盲人按摩提升项目', 235), project(4, 6, '残疾人辅助性就业项目', 243), project(8, 3, '互联网康复项目', 341)],
});

export const banan = doc('banan', '巴南区', {
  indicators: [
    ind(2, '城乡残疾人职业技能培训人数', '人', v('=', 1300), 'expected', 109),
    ind(8, '残疾儿童少年义务教育入学率', '%', v('>', 97), 'expected', 157),
    ind(9, '残疾人基本康复服务覆盖率', '%', v('>', 95), 'binding', 165),
    ind(11, '有需求符合改造条件的困难重度残疾人家庭无障碍改造覆盖率', '%', v('=', 100), 'binding', 181),
  ],
  tasks: [task(3, ['区残联'], ['各镇街'], 516), task(9, ['区委组织部', '区委编办', '区人力社保局', '区国资中心', '区残联'], ['区税务局', '区级各部门', '各镇街', '区属各国有公司'], 564)],
  projects: [project(4, 6, '盲人按摩提升项目', 297), project(4, 8, '残疾人辅助性就业项目', 301)],
});

/** Beilin has no indicator table; its rehabilitation target is in prose (l.115: 覆盖率达到 90%以上). */
export const beilin = doc('beilin', '碑林区', {
  targets: [{ text: '残疾人基本康复服务覆盖率达到 90%以上', subject: '残疾人基本康复服务覆盖率', value: v('>=', 90, '90%以上'), unit: '%', year: 2025, section: null, source: { line: 115 } }],
});

/** Leshan: an implementation plan with inline 责任单位 blocks, no indicator table, no project boxes. */
export const leshan = doc('leshan', '乐山市', {
  kind: 'implementation-plan',
  tasks: [
    task(1, ['市民政局', '市乡村振兴局', '市残联'], ['市财政局', '市统计局', '各县（市、区）人民政府', '乐山高新区管委会'], 22),
    task(10, ['市残联'], ['市财政局', '市卫生健康委', '市医保局', '各县（市、区）人民政府', '乐山高新区管委会'], 55),
  ],
});
