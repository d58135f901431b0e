import { describe, expect, it } from 'vitest';
import { markdownToLines } from '../../src/read/markdown.js';

describe('markdownToLines', () => {
  it('keeps text without tables line for line (no map needed)', async () => {
    const text = '# 规划\n\n1. 巩固拓展脱贫攻坚成果。\n**专栏1**';
    expect(await markdownToLines(text)).toEqual({ lines: text.split('\n'), lineMap: null });
  });

  it('leaves a document with pipes but no delimiter row as written', async () => {
    const text = '牵头单位 | 配合单位\n县残联 | 县民政局\n- 第一项';
    expect(await markdownToLines(text)).toEqual({ lines: text.split('\n'), lineMap: null });
  });

  it('leaves a document with dashes but no pipe as written', async () => {
    const text = '一、总体要求\n---\n- 康复服务：覆盖率 ≥ 85%\n:--:';
    expect(await markdownToLines(text)).toEqual({ lines: text.split('\n'), lineMap: null });
  });

  it('turns a GFM table into tab-separated rows mapped to their source lines', async () => {
    const text = [
      '## 主要指标', //                       1
      '', //                                  2
      '| 序号 | 指标 | 2025年 | 属性 |', //    3
      '| --- | --- | :---: | --- |', //        4
      '| 1 | 残疾人基本康复服务覆盖率(%) | **85** | 约束性 |', // 5
      '| 2 | 城乡残疾人职业技能培训人次 | 5000 | 预期性 |', //    6
      '', //                                  7
      '注：带*号的为约束性指标。', //          8
    ].join('\n');
    const { lines, lineMap } = await markdownToLines(text);
    expect(lines).toEqual([
      '## 主要指标',
      '',
      '序号\t指标\t2025年\t属性',
      '1\t残疾人基本康复服务覆盖率(%)\t85\t约束性',
      '2\t城乡残疾人职业技能培训人次\t5000\t预期性',
      '',
      '注：带*号的为约束性指标。',
    ]);
    expect(lineMap).toEqual([1, 2, 3, 5, 6, 7, 8]);
  });

  it('reads escaped pipes inside cells as text', async () => {
    const { lines } = await markdownToLines('| 项目 | 说明 |\n|---|---|\n| A \\| B | 市残联 |');
    expect(lines).toEqual(['项目\t说明', 'A | B\t市残联']);
  });

  it('leaves tables as written when a line nests more than 32 block quotes or lists, and says where', async () => {
    const table = '| 项目 | 说明 |\n|---|---|\n| A | 市残联 |';
    const text = `${table}\n\n${'> '.repeat(33)}引用\n${'- '.repeat(40)}x`;
    expect(await markdownToLines(text)).toEqual({ lines: text.split('\n'), lineMap: null, tooDeep: { line: 5, reason: 'block quotes or lists nested more than 32 deep' } });
    // 32 levels, a rule of 40 dashes: not too deep, the table is converted.
    const fine = await markdownToLines(`${table}\n\n${'> '.repeat(32)}引用\n\n${'-'.repeat(40)}`);
    expect(fine.tooDeep).toBeUndefined();
    expect(fine.lines[0]).toBe('项目\t说明');
  });

  it('reads a rule of spaced markers ("- - - …", "* * * …") as a rule, not as nested lists', async () => {
    const table = '| 项目 | 说明 |\n|---|---|\n| A | 市残联 |';
    for (const rule of [`${'- '.repeat(40)}-`, `  ${'* '.repeat(40)}`, `${'_ '.repeat(40)}_`]) {
      const read = await markdownToLines(`${table}\n\n${rule}\n\n正文`);
      expect(read.tooDeep).toBeUndefined();
      expect(read.lines.slice(0, 2)).toEqual(['项目\t说明', 'A\t市残联']);
    }
  });

  it('leaves tables as written past 2,000 levels of nesting in all (long nested lists cost remark the square of their length)', async () => {
    const table = '| 项目 | 说明 |\n|---|---|\n| A | 市残联 |';
    // A two-level list from line 5: every second item indented under the one above (one level each).
    const list = (items: number) => Array.from({ length: items }, (_, i) => `${i % 2 ? '  - ' : '- '}任务${i}`).join('\n');
    const within = await markdownToLines(`${table}\n\n${list(4000)}`);
    expect(within.tooDeep).toBeUndefined();
    expect(within.lines[0]).toBe('项目\t说明');
    const past = await markdownToLines(`${table}\n\n${list(4002)}`);
    // The 2,001st indented item is item 4,001 (counting from 0), on line 5 + 4,001.
    expect(past.tooDeep).toEqual({ line: 4006, reason: 'more than 2,000 levels of nested lists or block quotes' });
    expect(past.lines[0]).toBe('| 项目 | 说明 |');
  });
});
