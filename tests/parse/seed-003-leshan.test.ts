// Leshan 乐山市 implementation plan: 23 numbered tasks, each followed by a line
// "责任单位：A、B，C…"; the first one says "（逗号前为牵头单位，下同）", which applies to all.
// Every expectation below was read from seeds/003_… (line numbers as `cat -n` shows them).
import { describe, expect, it } from 'vitest';
import { parseSeed, taskAt } from './seed-helpers.js';

const { plan } = parseSeed('003_');
const COUNTIES = ['各县（市、区）人民政府', '乐山高新区管委会'];

describe('Leshan inline tasks', () => {
  it('reads all 23 numbered tasks and nothing else', () => {
    expect(plan.tasks.map((t) => t.no)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(plan.indicators).toEqual([]);
    expect(plan.projects).toEqual([]);
  });

  it('splits the first task at the comma and drops the convention note', () => {
    const first = taskAt(plan.tasks, 20);
    expect(first).toMatchObject({
      no: 1,
      lead: ['市民政局', '市乡村振兴局', '市残联'],
      co: ['市财政局', '市统计局', ...COUNTIES],
    });
    expect(first?.text.startsWith('完善最低生活保障制度。')).toBe(true);
  });

  it('applies the convention (下同) to later tasks', () => {
    expect(taskAt(plan.tasks, 49)).toMatchObject({ no: 8, lead: ['市卫生健康委', '市残联'], co: COUNTIES });
    expect(taskAt(plan.tasks, 53)).toMatchObject({ no: 9, lead: ['市残联'], co: ['市财政局', '市卫生健康委', '市医保局', ...COUNTIES] });
    expect(taskAt(plan.tasks, 73)).toMatchObject({
      no: 13, lead: ['市残联', '市委组织部', '市委编办', '市人力资源社会保障局', '市国资委'], co: COUNTIES,
    });
  });

  it('reads tasks that follow a section heading with no blank line between (lines 48–49, 114–115)', () => {
    expect(taskAt(plan.tasks, 49)?.text.startsWith('强化残疾预防工作。')).toBe(true);
    // Line 117: three lead units; the co list ends with a vague unit and the counties.
    const care = taskAt(plan.tasks, 115);
    expect(care).toMatchObject({
      no: 22,
      lead: ['市残联', '市文化广电旅游局', '市体育局'],
      co: ['市民政局', '市总工会', '团市委', '市妇联', '市政府残工委其他相关单位', ...COUNTIES],
    });
    expect(care?.text.startsWith('广泛开展残疾人关爱活动。')).toBe(true);
  });

  it('keeps the 责任单位 line and the convention note out of the task text', () => {
    expect(plan.tasks).toHaveLength(23);
    for (const task of plan.tasks) expect(task.text).not.toMatch(/责任单位|逗号前为牵头单位/);
  });

  it('never splits inside brackets', () => {
    expect(taskAt(plan.tasks, 94)).toMatchObject({
      no: 18,
      lead: ['市住房城乡建设局'],
      co: ['市乡村振兴局', '市自然资源规划局', '市农业农村局', '市委网信办（市数字经济局）', '市残联', ...COUNTIES],
    });
  });

  it('reads the last task', () => {
    const last = taskAt(plan.tasks, 119);
    expect(last).toMatchObject({
      no: 23,
      lead: ['市残联', '市体育局'],
      co: ['市委宣传部', '市发展改革委', '市住房城乡建设局', '市文化广电旅游局', ...COUNTIES],
    });
    expect(last?.text.startsWith('提升残疾人文化体育服务水平。')).toBe(true);
  });
});
