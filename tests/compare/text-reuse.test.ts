import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jaccard, shingles } from '../../src/compare/minhash.js';
import { splitSentences } from '../../src/compare/sentences.js';
import { analyseTextReuse, type TextReuseInput } from '../../src/compare/text-reuse.js';

const seedLines = (name: string): string[] =>
  readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8').split(/\r\n|\r|\n/);
const ZIGONG = seedLines('000_21f4ce37752d4b1d.txt');
const WUSHAN = seedLines('001_bb691c6d2d96190b.txt');
const BANAN = seedLines('004_263aaca7cdd2ddaa.txt');
const input = (planId: string, lines: string[]): TextReuseInput => ({ planId, lines, lineMap: null });

describe('splitSentences', () => {
  it('joins a paragraph broken by a page (Zigong lines 44 and 46) and keeps the start line', () => {
    const sentences = splitSentences(ZIGONG, null);
    const broken = sentences.find((s) => s.text.startsWith('残疾人社会福利保障水平和就业质量还不够高'));
    expect(broken).toEqual(expect.objectContaining({
      text: '残疾人社会福利保障水平和就业质量还不够高，残疾人家庭人均收入与社会平均水平存在较大差距，残疾人就业创业能力普遍偏弱',
      line: 44,
    }));
    const next = sentences.find((s) => s.text.startsWith('残疾人基本公共服务总量不足'));
    expect(next?.line).toBe(46);
  });

  it('joins across a page footer (Wushan "— 6 —" between lines 92 and 98)', () => {
    const sentence = splitSentences(WUSHAN, null).find((s) => s.text.startsWith('——多层次的残疾人社会保障制度基本建立'));
    expect(sentence?.text).toBe('——多层次的残疾人社会保障制度基本建立，织密扎牢残疾人基本民生保障网，残疾人生活有保障、居家有照料、出行更便利，幸福指数明显提高');
    expect(sentence?.line).toBe(92);
  });

  it('leaves out section titles and run-in item titles', () => {
    const texts = splitSentences(WUSHAN, null).map((s) => s.text);
    expect(texts).not.toContain('第一节 健全残疾人社会保障体系'); // line 129
    expect(texts).not.toContain('1. 巩固拓展残疾人脱贫攻坚成果'); // line 131, title of a numbered paragraph
    const body = splitSentences(WUSHAN, null).find((s) => s.text.startsWith('健全易返贫致贫人口动态监测预警和帮扶机制'));
    expect(body?.line).toBe(131);
  });

  it('leaves out table rows and short fragments, and maps lines', () => {
    const sentences = splitSentences(ZIGONG, null);
    expect(sentences.some((s) => s.line === 80)).toBe(false); // indicator row 1.残疾人家庭人均收入年均增长(%)
    expect(sentences.some((s) => s.text === '目 录')).toBe(false);
    const mapped = splitSentences(['', '为贯彻落实上级决策部署，进一步做好残疾人工作。'], [10, 20]);
    expect(mapped).toEqual([expect.objectContaining({ line: 20 })]);
  });
});

describe('analyseTextReuse on Wushan and Banan', () => {
  const result = analyseTextReuse([input('wushan-xian', WUSHAN), input('banan-qu', BANAN)]);
  const wushan = result.plans.find((p) => p.planId === 'wushan-xian');
  const banan = result.plans.find((p) => p.planId === 'banan-qu');

  it('marks the shared opening sentence (为贯彻落实习近平总书记…) as reused in both plans', () => {
    // Wushan line 48 and Banan line 45 differ only in the documents they cite.
    const opening = '为贯彻落实习近平总书记关于残疾人事业的重要指示批示精神';
    expect(wushan?.distinctive.some((d) => d.text.startsWith(opening))).toBe(false);
    expect(banan?.distinctive.some((d) => d.text.startsWith(opening))).toBe(false);
    const w = splitSentences(WUSHAN, null).find((s) => s.line === 48);
    const b = splitSentences(BANAN, null).find((s) => s.line === 45);
    expect(jaccard(shingles(w?.normal ?? '', 3), shingles(b?.normal ?? '', 3))).toBeGreaterThanOrEqual(0.6);
  });

  it('lists a local commitment (早阳新城, Wushan line 337) as distinctive', () => {
    expect(wushan?.distinctive).toContainEqual({
      text: '在早阳新城建成集残疾儿童康复、职业康复、社会康复、心理康复等一体的综合性康复机构，满足县域内残疾人康复需求',
      line: 337,
    });
  });

  it('counts and shares add up, outputs are sorted', () => {
    for (const p of result.plans) {
      expect(p.reused + p.distinctive.length).toBe(p.sentences);
      expect(p.share).toBeCloseTo(p.reused / p.sentences, 4);
      expect(p.distinctive.map((d) => d.line)).toEqual([...p.distinctive.map((d) => d.line)].sort((a, b) => a - b));
    }
    expect(result.plans.map((p) => p.planId)).toEqual(['banan-qu', 'wushan-xian']);
    // Both follow the Chongqing template: a good part of each is shared.
    expect(wushan?.share).toBeGreaterThan(0.2);
    const pair = result.pairs.find((p) => p.planId === 'wushan-xian' && p.otherPlanId === 'banan-qu');
    expect(pair?.shared).toBe(wushan?.reused);
  });

  it('is deterministic', () => {
    const again = analyseTextReuse([input('wushan-xian', WUSHAN), input('banan-qu', BANAN)]);
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });
});

describe('analyseTextReuse by shape', () => {
  it('a single plan reuses nothing; an empty set gives empty results', () => {
    const one = analyseTextReuse([input('zigong-shi', ZIGONG)]);
    expect(one.plans[0]?.reused).toBe(0);
    expect(one.pairs).toEqual([]);
    expect(analyseTextReuse([])).toMatchObject({ plans: [], pairs: [] });
  });

  it('does not count a sentence repeated within one plan as reuse', () => {
    const text = ['残疾人基本康复服务覆盖率达到百分之八十五以上。', '残疾人基本康复服务覆盖率达到百分之八十五以上。'];
    expect(analyseTextReuse([input('a', text), input('b', ['完全不同的一句话，讲的是别的事情。'])]).plans[0]?.reused).toBe(0);
  });

  it('stays fast on many plans sharing boilerplate (near-linear)', () => {
    const shared = splitSentences(WUSHAN, null).slice(0, 40).map((s) => `${s.text}。`);
    // A local sentence per plan: 24 characters drawn by a fixed xorshift sequence.
    const pool = '山水城乡河湖林田路桥村镇街坊园区港湾岭峰溪泉石岩松柏桃李梅竹兰菊江海云霞星月日光明华新安康宁和平';
    let state = 0x2545f491;
    const next = (): number => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % pool.length;
    };
    const local = (): string => Array.from({ length: 24 }, () => pool[next()]).join('');
    const inputs = Array.from({ length: 150 }, (_, i) => input(`p${String(i).padStart(3, '0')}`, [...shared, `本地承诺${local()}。`]));
    const started = performance.now();
    const result = analyseTextReuse(inputs);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.plans.every((p) => p.reused === p.sentences - 1)).toBe(true);
    expect(result.plans[0]?.distinctive[0]?.text).toMatch(/^本地承诺/);
  });

  it('lists at most partnersPerPlan partners per plan, best first, and finds the plan a copy was made from', () => {
    const shared = splitSentences(WUSHAN, null).slice(0, 20).map((s) => `${s.text}。`);
    // Two local sentences per plan, 24 characters each drawn by a fixed xorshift sequence.
    const pool = '山水城乡河湖林田路桥村镇街坊园区港湾岭峰溪泉石岩松柏桃李梅竹兰菊江海云霞星月日光明华新安康宁和平';
    let state = 0x1b873593;
    const next = (): number => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % pool.length;
    };
    const local = Array.from({ length: 12 }, () => [0, 1].map(() => `${Array.from({ length: 24 }, () => pool[next()]).join('')}。`));
    // p07 copies p03's local sentences; everyone shares the boilerplate.
    const inputs = Array.from({ length: 12 }, (_, i) => input(`p${String(i).padStart(2, '0')}`, [...shared, ...local[i === 7 ? 3 : i]!]));
    const result = analyseTextReuse(inputs, { partnersPerPlan: 3 });
    expect(result.partnersPerPlan).toBe(3);
    for (const plan of result.plans) {
      const mine = result.pairs.filter((p) => p.planId === plan.planId);
      expect(mine.length).toBeLessThanOrEqual(3);
      expect(mine.map((p) => p.shared)).toEqual([...mine.map((p) => p.shared)].sort((a, b) => b - a));
      expect(mine.every((p) => p.shared <= plan.reused)).toBe(true);
    }
    expect(result.pairs.find((p) => p.planId === 'p07')).toMatchObject({ otherPlanId: 'p03', shared: 22 });
    expect(result.pairs.find((p) => p.planId === 'p03')).toMatchObject({ otherPlanId: 'p07', shared: 22 });
    expect(result.pairs.find((p) => p.planId === 'p00')).toMatchObject({ otherPlanId: 'p01', shared: 20 });
  });
});
