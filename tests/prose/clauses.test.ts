import { describe, expect, it } from 'vitest';
import type { Heading } from '../../src/model/types.js';
import { splitLines } from '../../src/parse/lines.js';
import { extractProse } from '../../src/parse/prose/index.js';
import { proseOf } from './helpers.js';

describe('comparators in prose (Civil Code art. 1259 reading)', () => {
  it('达到…以上 is at least', () => {
    const [t] = proseOf('到2025年，残疾人基本康复服务覆盖率达到90%以上。').targets;
    expect(t).toMatchObject({ subject: '残疾人基本康复服务覆盖率', unit: '%', year: 2025, source: { line: 1 } });
    expect(t?.value).toMatchObject({ op: '>=', value: 90 });
  });

  it('a bare 达到 in a target reads as reach at least', () => {
    const [t] = proseOf('有需求残疾人辅助器具适配率达到90%。').targets;
    expect(t?.value.op).toBe('>=');
  });

  it('超过 excludes the number, 以内 and 控制在 include it, 不足 and 低于 exclude it', () => {
    const { targets } = proseOf(
      '参保率超过95%。\n送教上门学生占比控制在15%以内。\n流失率不足3%。\n返贫率低于1%。\n支出占比不超过20%。',
    );
    expect(targets.map((t) => [t.source.line, t.value.op, t.value.value])).toEqual([
      [1, '>', 95], [2, '<=', 15], [3, '<', 3], [4, '<', 1], [5, '<=', 20],
    ]);
  });

  it('不低于 is not read as 低于, 不超过 is not read as 超过, even with words before the number', () => {
    const { targets } = proseOf('保障水平不低于低保标准的50%，增发部分不超过低保标准30%。');
    expect(targets.map((t) => [t.value.op, t.value.value])).toEqual([['>=', 50], ['<=', 30]]);
  });

  it('占比降低至15%以内 is capped from above', () => {
    const [t] = proseOf('推动实现送教上门学生数在已入学残疾学生数中占比降低至15%以内。').targets;
    expect(t?.value).toMatchObject({ op: '<=', value: 15 });
    expect(t?.subject).toContain('占比');
  });

  it('提高X个百分点 is relative to the baseline, in 百分点', () => {
    const { targets } = proseOf('残疾人就业率提高5个百分点，辍学率降低2个百分点。');
    expect(targets[0]).toMatchObject({ unit: '百分点', value: { op: '>=', value: 5, relativeTo: 'baseline' } });
    expect(targets[1]).toMatchObject({ unit: '百分点', value: { op: '<=', value: -2, relativeTo: 'baseline' } });
  });

  it('a count after the action that opens its clause is a commitment', () => {
    const { targets } = proseOf('到2025年，新增残疾人就业岗位100个，每年培训残疾人1000人次。');
    expect(targets.map((t) => [t.value.op, t.value.value, t.unit, t.year])).toEqual([['=', 100, '个', 2025], ['=', 1000, '人次', 2025]]);
    expect(targets[0]?.subject).toBe('残疾人就业岗位');
  });

  it('counts with 至少 and Chinese numerals after a bound', () => {
    const { targets } = proseOf('至少打造5个“残疾人之家”示范点。\n确保每户残疾人家庭至少有一人就业。');
    expect(targets[0]).toMatchObject({ unit: '个', value: { op: '>=', value: 5 }, subject: '“残疾人之家”示范点' });
    expect(targets[1]).toMatchObject({ unit: '人', value: { op: '>=', value: 1 } });
  });
});

describe('money standards', () => {
  it('每人每月 makes 元/人·月 and names what is paid', () => {
    const [t] = proseOf('对一级重度残疾人按每人每月不低于110元的标准给予护理补贴。').targets;
    expect(t).toMatchObject({ unit: '元/人·月', subject: '一级重度残疾人护理补贴', value: { op: '>=', value: 110 } });
  });

  it('户均…元/年 makes 元/户·年; a money standard without comparator is a commitment', () => {
    const { targets } = proseOf('按户均不低于1900元/年标准采取实物扶持。\n对城乡重度残疾人按每人每年100元的标准为其代缴养老保险费。');
    expect(targets[0]).toMatchObject({ unit: '元/户·年', value: { op: '>=', value: 1900 } });
    expect(targets[1]).toMatchObject({ unit: '元/人·年', value: { op: '=', value: 100 }, subject: '城乡重度残疾人养老保险费' });
  });

  it('a unit written out after 元 keeps what it is counted per', () => {
    const [t] = proseOf('护理补贴标准不低于120元/人·月。').targets;
    expect(t).toMatchObject({ unit: '元/人·月', value: { op: '>=', value: 120 } });
  });

  it('亿 and 万 are multiplied out into 元', () => {
    const [a] = proseOf('“十三五”时期，累计投入财政资金3.37亿元。').achievements;
    expect(a).toMatchObject({ unit: '元', value: { op: '=', value: 337000000, text: '3.37亿元' } });
  });
});

describe('dated steps and years', () => {
  const text = '从2024年1月1日起，对一级重度残疾人按每人每月不低于110元的标准给予护理补贴；2025年达到一级重度残疾人护理补贴每人每月120元，二级重度残疾人护理补贴每人每月90元。';

  it('each step carries the year its sentence states', () => {
    const { targets } = proseOf(text, { start: 2023, end: 2025 });
    expect(targets.map((t) => [t.value.value, t.year, t.value.op])).toEqual([[110, 2024, '>='], [120, 2025, '>='], [90, 2025, '>=']]);
    expect(targets[2]?.subject).toBe('二级重度残疾人护理补贴');
  });

  it('without a stated year a target applies to the plan end year', () => {
    const [t] = proseOf('残疾人基本康复服务覆盖率达到85%。', { start: 2021, end: 2025 }).targets;
    expect(t?.year).toBe(2025);
  });
});

describe('numbers that are not commitments', () => {
  it.each([
    ['落实《四川省第二期国家手语和盲文规范化行动计划（2021—2025年）》。'],
    ['组团参加重庆市第六届、第七届残疾人运动会。'],
    ['对包括残疾人大学生在内的16—30岁失业残疾青年给予补贴。'],
    ['按《关于印发实施方案的通知》（乐府发〔2020〕6号）相关规定执行。'],
    ['落实29项医疗康复项目纳入基本医疗保障范围的政策。'],
    ['对招用残疾人比例超过1.6%、不足25%的，按规定给予奖励。'],
    ['联系电话：85350110。'],
  ])('%s', (text) => {
    expect(proseOf(text).targets).toEqual([]);
  });

  it('编制50人以上（含50人）的 describes who must act; the commitment is the 1 名', () => {
    const { targets } = proseOf('市级编制50人以上（含50人）的党政机关，至少安排1名残疾人就业。');
    expect(targets.map((t) => [t.value.op, t.value.value, t.unit])).toEqual([['>=', 1, '名']]);
  });

  it('a bounded number in a unit the list does not know is an info diagnostic, not a target', () => {
    const result = proseOf('残疾人每年参加康复训练不少于6周。');
    expect(result.targets).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ level: 'info', code: 'parse/prose-unknown-unit', line: 1 }]);
  });
});

describe('past is not future', () => {
  it('a paragraph opening with the 十三五 reports achievements, without any heading', () => {
    const { targets, achievements } = proseOf('“十三五”时期，我县残疾人事业取得重大成就。提供康复服务2.2万人次，基本康复服务率达85%。');
    expect(targets).toEqual([]);
    expect(achievements.map((a) => [a.value.op, a.value.value, a.unit])).toEqual([['=', 22000, '人次'], ['=', 85, '%']]);
  });

  it('累计 and 余 in a report: counted and more-than', () => {
    const { achievements } = proseOf('累计救助1292人次，完成适配2836余件。');
    expect(achievements.map((a) => [a.value.op, a.value.value, a.unit])).toEqual([['=', 1292, '人次'], ['>', 2836, '件']]);
  });

  it('a sentence naming the plan period stays a target even after a 十三五 opening', () => {
    const { targets } = proseOf('“十三五”时期成效明显。到2025年，残疾人基本康复服务覆盖率达到90%。');
    expect(targets.map((t) => t.value.value)).toEqual([90]);
  });

  it('a task heading that merely mentions 发展基础 is no review', () => {
    const result = extractProseWithHeadings('一、夯实残疾人事业发展基础\n残疾人专职委员配备率达到100%。');
    expect(result.targets.map((t) => t.value.value)).toEqual([100]);
  });

  it('a background heading makes its figures achievements', () => {
    const lines = '一、发展基础\n残疾人辅助器具适配率达85%。\n二、主要目标\n残疾人辅助器具适配率达到90%。';
    const result = extractProseWithHeadings(lines);
    expect(result.achievements.map((a) => [a.source.line, a.value.value, a.section])).toEqual([[2, 85, '发展基础']]);
    expect(result.targets.map((t) => [t.source.line, t.value.value, t.section])).toEqual([[4, 90, '主要目标']]);
  });
});

describe('provenance across wrapped lines', () => {
  it('joins a sentence broken over lines and page numbers, and points at the line of the number', () => {
    const text = '提供评估、康复训练等专业化服务，为残疾人提供康复评估等专业化基本\n\n— 6 —\n\n康复服务，残疾人基本康复服务覆盖率达到 90%以上。';
    const [t] = proseOf(text).targets;
    expect(t?.source.line).toBe(5);
    expect(t?.subject).toBe('残疾人基本康复服务覆盖率');
  });
});


function extractProseWithHeadings(text: string) {
  const lines = splitLines(text);
  const headings: Heading[] = lines
    .filter((l) => /^[一二三四五六七八九十]、/.test(l.text))
    .map((l) => ({ level: 1, numbering: l.text.slice(0, 2), title: l.text.slice(2), line: l.no, children: [] }));
  return extractProse(lines, headings, { start: 2021, end: 2025 });
}
