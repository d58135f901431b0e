/**
 * What a figure measures, on sentences copied from the seeds (file and line in each title).
 */
import { describe, expect, it } from 'vitest';
import { figureAt, proseOf, proseOfSeed } from './helpers.js';

describe('subjects: the noun phrase the comparator governs', () => {
  it('a share "按照不低于用工总数10%的比例安排残疾人就业" is of what follows 的比例 (000 l.171)', () => {
    const [t] = proseOf('政府开发的城乡公益性岗位优先安排残疾人，按照不低于用工总数 10%的比例安排残疾人就业，适当放宽年龄和工作时间限制。').targets;
    expect(t).toMatchObject({ subject: '安排残疾人就业比例', unit: '%', value: { op: '>=', value: 10 } });
  });

  it('"按照不超过低保标准50%的比例增发低保金": 低保标准 is the base, 增发低保金 the measure (003 l.20)', () => {
    const [t] = proseOf('完善分类施保制度，可根据残疾人困难程度，按照不超过低保标准50%的比例增发低保金。').targets;
    expect(t).toMatchObject({ subject: '增发低保金比例', value: { op: '<=', value: 50 } });
  });

  it('"至少安排1名残疾人" counts people placed by the institutions the sentence names first (000 l.185)', () => {
    const [t] = proseOf('到2025年，市级编制50人以上（含50人）的党政机关、编制67人以上（含67人）的事业单位（中小学、幼儿园除外），至少安排1名残疾人。').targets;
    expect(t).toMatchObject({ subject: '党政机关、事业单位安排残疾人数', unit: '名', value: { op: '>=', value: 1 } });
  });

  it('an inline condition "…未达到规定比例的" before the bound is not the subject (003 l.73)', () => {
    const { targets } = proseOf(
      '确保到2025年，市级编制50人以上（含50人）的党政机关，编制67人以上（含67人）的事业单位（中小学、幼儿园除外），安排残疾人就业未达到规定比例的至少安排1名残疾人就业。',
    );
    expect(targets.map((t) => [t.subject, t.value.value])).toEqual([['党政机关、事业单位安排残疾人就业人数', 1]]);
  });

  it('a condition clause between the institutions and the figure is passed over (001 l.229)', () => {
    const { targets } = proseOf(
      '编制 50 人以上（含 50 人）的党政机关，编制 67 人以上（含 67 人）的事业单位（中小学、幼儿园除外），安排残疾人就业未达到规定比例的，2025 年前至少安排 1 名残疾人就业。县级以上残联机关干部队伍中要有 15% 以上（含 15%）的残疾人。',
    );
    expect(targets.map((t) => [t.subject, t.value.op, t.value.value, t.unit])).toEqual([
      ['党政机关、事业单位安排残疾人就业人数', '>=', 1, '名'],
      ['县级以上残联机关干部队伍中残疾人比例', '>=', 15, '%'],
    ]);
  });

  it('"家庭至少1人就业" counts the family members in work (000 l.173, 001 l.193)', () => {
    const { targets } = proseOf('扶持残疾人亲属就业创业，实现“零就业”残疾人家庭至少 1 人就业。\n扶持残疾人亲属就业创业，实现零就业残疾人家庭至少有一人就业。');
    expect(targets.map((t) => [t.subject, t.value.op, t.value.value])).toEqual([
      ['“零就业”残疾人家庭就业人数', '>=', 1],
      ['零就业残疾人家庭就业人数', '>=', 1],
    ]);
  });

  it('"按照户均6000元标准测算" prices what an earlier clause names (003 l.40)', () => {
    const [t] = proseOf(
      '加快推进残疾人家庭无障碍改造，对纳入“十四五”任务的困难重度残疾人家庭，按照户均6000元标准测算，除去中央、省级、市级补助资金，不足部分由县（市、区）筹集。',
    ).targets;
    expect(t).toMatchObject({ subject: '残疾人家庭无障碍改造标准', unit: '元/户', value: { op: '=', value: 6000 } });
  });

  it('"按户均不低于1900元/年标准采取实物扶持、以奖代补等方式" stops at the clause and names the means (003 l.81)', () => {
    const [t] = proseOf('按户均不低于1900元/年标准采取实物扶持、以奖代补等方式，帮助有劳动能力、有意愿发展种养殖业的农村困难残疾人发展生产增加家庭收入。').targets;
    expect(t).toMatchObject({ subject: '实物扶持、以奖代补', unit: '元/户·年', value: { op: '>=', value: 1900 } });
  });

  it('the paying verb is not part of who is paid (003 l.67)', () => {
    const [t] = proseOf('继续深造研究生的残疾学生给予一次性资助10000元。').targets;
    expect(t).toMatchObject({ subject: '继续深造研究生的残疾学生一次性资助', value: { value: 10000 } });
  });

  it('a sentence that opens with who is paid owns its standards, past a 在…基础上 circumstance (003 l.67)', () => {
    const { targets } = proseOf(
      '就读于特殊教育学校的残疾学生，在享受现有普惠资助政策的基础上，每人每月再给予不低于300元的生活补助。就读普通高等院校的专科、本科残疾学生，再分别给予一次性资助3000元、5000元。',
    );
    expect(targets.map((t) => [t.subject, t.value.op, t.value.value, t.unit])).toEqual([
      ['就读于特殊教育学校的残疾学生生活补助', '>=', 300, '元/人·月'],
      ['就读普通高等院校的专科、本科残疾学生一次性资助', '=', 3000, '元'],
      ['就读普通高等院校的专科、本科残疾学生一次性资助', '=', 5000, '元'],
    ]);
  });

  it('a clause that starts with a verb does not name a payee (003 l.81)', () => {
    const [t] = proseOf('积极支持残疾人就业培训并按规定给予培训补贴，按规定给予每人1万元的一次性创业补贴。').targets;
    expect(t?.subject).toBe('一次性创业补贴');
  });

  it('a verb’s object is its head noun, without the description before 的 (004 l.295, 003 l.24)', () => {
    const { targets } = proseOf(
      '遴选1个以上适合残疾人创业就业、具有市场潜力的非遗项目。\n每个县（市、区）至少建有一所以农村失能特困人员、残疾人等特殊家庭老年人专业照护为主的县级特困人员供养服务机构（养护院）。',
    );
    expect(targets.map((t) => [t.subject, t.value.value, t.unit])).toEqual([
      ['非遗项目', 1, '个'],
      ['每个县（市、区）县级特困人员供养服务机构（养护院）', 1, '所'],
    ]);
  });

  it('a share of places: "实现80%以上的乡镇（街道）…" is a target, not a description (001 l.273)', () => {
    const [t] = proseOf('健全精神障碍社区康复服务体系，实现80%以上的乡镇（街道）广泛开展精神障碍社区康复服务。').targets;
    expect(t).toMatchObject({ subject: '乡镇（街道）广泛开展精神障碍社区康复服务比例', unit: '%', value: { op: '>=', value: 80 } });
  });

  it('a place alone is no subject: "累计为辖区54人提供了2429次…服务" shares the service (002 l.33)', () => {
    const { achievements } = proseOf('“十三五”时期，累计为辖区 54 人提供了 2429 次智能康复机器人训练服务。');
    expect(achievements.map((a) => [a.subject, a.value.value, a.unit])).toEqual([
      ['智能康复机器人训练服务', 54, '人'],
      ['智能康复机器人训练服务', 2429, '次'],
    ]);
  });

  it('a description that is a clause keeps its words when nothing governs it (004 l.55)', () => {
    const { achievements } = proseOfSeed('004');
    expect(figureAt(achievements, 55, 42000).subject).toBe('残疾人享有不同程度的康复服务');
  });
});

describe('百分之 written out', () => {
  it('百分之九十 is 90%', () => {
    const [t] = proseOf('到2025年，残疾人基本康复服务覆盖率达到百分之九十以上。').targets;
    expect(t).toMatchObject({ subject: '残疾人基本康复服务覆盖率', unit: '%', value: { op: '>=', value: 90 }, year: 2025 });
    expect(t?.value.text).toContain('百分之九十');
  });

  it('百分之九十五点五 and 百分之85 after a bounding word', () => {
    const { targets } = proseOf('残疾人城乡居民基本医疗保险参保率不低于百分之九十五点五，辅助器具适配率达到百分之85。');
    expect(targets.map((t) => [t.value.op, t.value.value, t.unit])).toEqual([['>=', 95.5, '%'], ['>=', 85, '%']]);
  });
});
