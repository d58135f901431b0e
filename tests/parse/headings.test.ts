import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Heading } from '../../src/model/types.js';
import { flattenHeadings, parseHeadings } from '../../src/parse/headings.js';
import { splitLines } from '../../src/parse/lines.js';

const seed = (name: string): string => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const ZIGONG = seed('000_21f4ce37752d4b1d.txt');
const WUSHAN = seed('001_bb691c6d2d96190b.txt');
const BEILIN = seed('002_14224bd1933eea7c.txt');
const LESHAN = seed('003_30aace08bb1585e7.txt');
const BANAN = seed('004_263aaca7cdd2ddaa.txt');

const headingsOf = (text: string): Heading[] => parseHeadings(splitLines(text));
const brief = (hs: readonly Heading[]): string[] => hs.map((h) => `${h.line} ${h.numbering ?? ''}${h.title}`);
const numberedRoots = (hs: readonly Heading[]): Heading[] => hs.filter((h) => h.numbering !== null);

describe('parseHeadings on the seeds (expectations read from the documents)', () => {
  it('Zigong: 一、 over （一）, TOC skipped, box groups (一、资金类) are not sections', () => {
    const tree = headingsOf(ZIGONG);
    const top = numberedRoots(tree);
    expect(brief(top)).toEqual(['40 一、规划背景', '50 二、总体要求', '93 三、重点任务和主要措施', '367 四、保障措施']);
    expect(top.every((h) => h.level === 1)).toBe(true);
    expect(brief(top[1]?.children ?? [])).toEqual(['52 （一）指导思想', '58 （二）基本原则', '72 （三）主要目标']);
    // "#### (一) 健全残疾人保障体系。" — half-width brackets, printed as such.
    expect(brief(top[2]?.children ?? [])).toEqual([
      '95 (一)健全残疾人保障体系',
      '145 （二）提升残疾人就业创业能力',
      '205 （三）扩大残疾人公共服务供给',
      '285 （四）推进无障碍环境建设',
      '323 （五）保障残疾人平等权利',
      '333 （六）抓好组织服务体系建设',
    ]);
    // 四、保障措施 has run-in sub-headings: "（一）保障规划落地实施。市级有关部门…"
    expect(brief(top[3]?.children ?? [])).toEqual(['369 （一）保障规划落地实施', '371 （二）保障组织领导有力', '373 （三）保障经费投入稳定']);
    const all = flattenHeadings(tree);
    expect(all.some((h) => h.line >= 21 && h.line <= 36)).toBe(false);
    expect(all.map((h) => h.title)).not.toContain('资金类');
    expect(all.map((h) => h.title)).not.toContain('无障碍监督');
    expect(all.map((h) => h.title)).not.toContain('巩固拓展脱贫攻坚成果');
    expect(tree[0]).toMatchObject({ line: 17, numbering: null, title: '自贡市“十四五”残疾人保障和发展规划' });
  });

  it('Zigong without its table of contents: the box logic alone keeps box groups out', () => {
    const withoutToc = ZIGONG.split('\n')
      .filter((_, i) => i + 1 < 19 || i + 1 > 36)
      .join('\n');
    const top = numberedRoots(headingsOf(withoutToc));
    expect(top.map((h) => h.title)).toEqual(['规划背景', '总体要求', '重点任务和主要措施', '保障措施']);
    expect(top[2]?.children.map((h) => h.numbering?.replace(/[()（）]/g, ''))).toEqual(['一', '二', '三', '四', '五', '六']);
  });

  it('Wushan: 第X章 over 第X节', () => {
    const tree = headingsOf(WUSHAN);
    expect(brief(tree)).toEqual(['50 第一章编制背景', '68 第二章总体要求', '127 第三章重点任务', '405 第四章保障措施']);
    expect(brief(tree[2]?.children ?? [])).toEqual([
      '129 第一节健全残疾人社会保障体系',
      '185 第二节大力促进残疾人就业创业',
      '247 第三节提升残疾人公共服务质量',
      '351 第四节纵深推进残疾人组织改革',
      '363 第五节依法维护残疾人合法权益',
    ]);
    expect(tree[3]?.children).toHaveLength(6);
    expect(tree[3]?.children[5]).toMatchObject({ level: 2, numbering: '第六节', title: '开展监测评估', line: 433 });
  });

  it('Beilin: mixed Markdown depths do not decide levels; (征求意见稿) is not a heading', () => {
    const tree = headingsOf(BEILIN);
    const top = numberedRoots(tree);
    expect(brief(top)).toEqual(['27 一、编制背景', '49 二、总体要求', '73 三、重点任务', '187 四、实施机制']);
    const tasks = top[2]?.children ?? [];
    expect(tasks).toHaveLength(8);
    expect(tasks[1]).toMatchObject({ line: 89, numbering: '（二）', title: '扎实筑牢残疾人民生保障', level: 2 });
    expect(tasks[7]).toMatchObject({ line: 167, title: '扎实落实支持保障措施' });
    expect(flattenHeadings(tree).map((h) => h.title)).not.toContain('(征求意见稿)');
  });

  it('Leshan: plain text, run-in （一） headings', () => {
    const top = headingsOf(LESHAN);
    expect(brief(top)).toEqual(['8 一、总体目标', '12 二、主要任务', '16 三、主要措施', '123 四、保障机制']);
    expect(top[2]?.children).toHaveLength(8);
    expect(top[2]?.children[7]).toMatchObject({ line: 114, title: '实施残疾人关爱服务行动' });
    expect(top[3]?.children[0]).toMatchObject({ line: 125, numbering: '（一）', title: '加强组织保障', level: 2 });
  });

  it('Banan: three levels 第X章 > 第X节 > (一)', () => {
    const tree = headingsOf(BANAN);
    expect(tree.map((h) => h.numbering)).toEqual(['第一章', '第二章', '第三章', '第四章']);
    const first = tree[2]?.children[0];
    expect(first).toMatchObject({ line: 189, numbering: '第一节', title: '提高基本民生保障水平,提升残疾人生活品质' });
    expect(first?.children).toHaveLength(7);
    expect(first?.children[0]).toMatchObject({ level: 3, line: 191, numbering: '(一)' });
    expect(tree[3]?.children.map((h) => h.line)).toEqual([431, 435, 465, 469, 473, 477, 481]);
  });
});

describe('parseHeadings by shape', () => {
  it('takes short Arabic-numbered titles as headings and numbered paragraphs as list items', () => {
    const text = ['一、总体要求', '（一）主要目标', '1. 康复服务', '正文。', '2. 教育服务', '正文。',
      '（二）重点任务', '1.巩固拓展脱贫攻坚成果。巩固拓展残疾人脱贫攻坚成果。', '2.强化社会救助兜底功能。将符合条件的残疾人纳入低保。'].join('\n');
    const tree = headingsOf(text);
    expect(tree[0]?.children[0]?.children.map((h) => [h.level, h.numbering, h.title])).toEqual([[3, '1.', '康复服务'], [3, '2.', '教育服务']]);
    expect(tree[0]?.children[1]?.children).toEqual([]);
  });

  it('reads a bodiless item among numbered paragraphs as a list item', () => {
    const text = [
      '（一）实施就业帮扶行动。',
      '25.残疾人康复健身体育行动。推广适合残疾人的康复健身体育项目、方法。',
      '26.通过公益性岗位安排残疾人就业的用人单位补贴',
      '27.推动示范点建设。鼓励一批基础条件好的村（社区）开展示范点建设。',
    ].join('\n');
    expect(flattenHeadings(headingsOf(text)).map((h) => h.title)).toEqual(['实施就业帮扶行动']);
  });

  it('ranks styles by the document’s own order', () => {
    const tree = headingsOf(['（一）总则', '一、范围', '（二）分则', '一、对象'].join('\n'));
    expect(tree.map((h) => h.title)).toEqual(['总则', '分则']);
    expect(tree[0]?.children[0]).toMatchObject({ level: 2, title: '范围' });
  });

  it('nests unnumbered Markdown headings by # depth', () => {
    const tree = headingsOf(['# 规划', '## 背景', '正文', '## 目标', '### 细则'].join('\n'));
    expect(tree).toHaveLength(1);
    expect(tree[0]?.children.map((h) => h.title)).toEqual(['背景', '目标']);
    expect(tree[0]?.children[1]?.children[0]).toMatchObject({ level: 3, title: '细则', numbering: null });
  });

  it('stays fast on pathological lines (long runs of TOC leaders)', () => {
    const started = performance.now();
    headingsOf(`目录\n一、${'.'.repeat(200_000)}x\n${'.'.repeat(200_000)}\t3`);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('maps lines through the lineMap', () => {
    expect(parseHeadings(splitLines('\n一、总则'), [5, 9])[0]?.line).toBe(9);
  });

  it('never throws on garbage', () => {
    for (const text of ['', '\u0000\u0001', '一、', '第章', '（）', '#', '1.\t2\t3', '目录\n一、a\t3']) {
      expect(() => headingsOf(text)).not.toThrow();
    }
  });
});
