import { describe, expect, it } from 'vitest';
import { findNumbers, parseChineseNumber } from '../../src/parse/numerals.js';
import { comparatorFromWords, parseValue } from '../../src/parse/values.js';

describe('parseChineseNumber', () => {
  it.each([
    ['十四', 14],
    ['十', 10],
    ['二十', 20],
    ['一百零五', 105],
    ['两千', 2000],
    ['三千五百万', 35_000_000],
    ['一亿二千万', 120_000_000],
    ['二〇三五', 2035],
    ['二〇二五', 2025],
    ['三点五', 3.5],
    ['3.37亿', 337_000_000],
    ['10.33万', 103_300],
    ['1.9万', 19_000],
    ['1,200', 1200],
    ['１２３', 123],
    ['97.88', 97.88],
    ['百分之九十', 90],
    ['零', 0],
  ])('%s → %d', (text, expected) => {
    expect(parseChineseNumber(text)).toBe(expected);
  });

  it.each(['', '十四五', '万', '统一', 'abc', '三四'])('%s is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('findNumbers', () => {
  it('finds Arabic figures with multipliers and percentages, in order', () => {
    const found = findNumbers('累计投入3.37亿元，服务10.33万名残疾人，覆盖率达85%');
    expect(found.map((t) => [t.value, t.percent])).toEqual([
      [337_000_000, false],
      [103_300, false],
      [85, true],
    ]);
  });

  it('reads a thousands comma only between digit groups of three', () => {
    expect(findNumbers('服务1,200人次').map((t) => t.value)).toEqual([1200]);
    expect(findNumbers('分别为5，100人').map((t) => t.value)).toEqual([5, 100]);
    expect(findNumbers('共5,1000人').map((t) => t.value)).toEqual([5, 1000]);
  });

  it('takes Chinese numerals only when asked', () => {
    expect(findNumbers('打造五个示范点')).toEqual([]);
    expect(findNumbers('打造五个示范点', { chinese: true }).map((t) => t.value)).toEqual([5]);
  });
});

describe('comparatorFromWords (Civil Code art. 1259)', () => {
  it.each([
    ['覆盖率达到', '%以上', '>='],
    ['', '以上', '>='],
    ['不低于', '元', '>='],
    ['不少于', '人', '>='],
    ['至少打造', '个', null], // 至少 does not touch the number here: the verb stands between
    ['至少', '个', '>='],
    ['超过', '%', '>'],
    ['高于', '', '>'],
    ['', '以内', '<='],
    ['占比降低至', '%以内', '<='],
    ['不超过', '', '<='],
    ['控制在', '%', '<='],
    ['不足', '', '<'],
    ['低于', '', '<'],
    ['不满', '周岁', '<'],
    ['达到', '%', null],
    ['', '%', null],
    ['≥', '', '>='],
    ['≤', '', '<='],
  ] as const)('%s _ %s → %s', (before, after, expected) => {
    expect(comparatorFromWords(before, after)).toBe(expected);
  });

  it('does not take 以上 from a later clause', () => {
    expect(comparatorFromWords('', '%，其中重度残疾人以上')).toBeNull();
  });
});

describe('parseValue', () => {
  it.each(['—', '-', '/', '', '  ', '——', '－'])('%j → null', (cell) => {
    expect(parseValue(cell)).toBeNull();
  });

  it.each([
    ['>90', '>', 90],
    ['＞95', '>', 95],
    ['≥90', '>=', 90],
    ['>=90', '>=', 90],
    ['90以上', '>=', 90],
    ['90%以上', '>=', 90],
    ['<5', '<', 5],
    ['≤5', '<=', 5],
    ['5以内', '<=', 5],
    ['不超过5', '<=', 5],
    ['100', '=', 100],
    ['5000', '=', 5000],
    ['97.88%', '=', 97.88],
    ['3650', '=', 3650],
    ['1.9万', '=', 19_000],
    ['85-90', '>=', 85],
  ] as const)('%s → %s %d', (cell, op, value) => {
    expect(parseValue(cell)).toEqual({ op, value, text: cell });
  });

  it('keeps the original wording, trimmed', () => {
    expect(parseValue(' >95 ')).toEqual({ op: '>', value: 95, text: '>95' });
  });

  it('reads a cell without a number as qualitative', () => {
    expect(parseValue('与地区生产总值增长基本同步')).toEqual({
      op: 'qualitative',
      value: null,
      text: '与地区生产总值增长基本同步',
    });
    expect(parseValue('与全县地区生产总值增长基本同步')?.op).toBe('qualitative');
  });

  it('reads a short Chinese-numeral cell', () => {
    expect(parseValue('九十')).toEqual({ op: '=', value: 90, text: '九十' });
  });

  it('marks a change in percentage points as relative to the baseline', () => {
    expect(parseValue('提高5个百分点')).toEqual({
      op: '>=',
      value: 5,
      text: '提高5个百分点',
      relativeTo: 'baseline',
    });
    expect(parseValue('降低2个百分点')).toMatchObject({ op: '<=', value: -2, relativeTo: 'baseline' });
  });

  it('never throws on odd input', () => {
    for (const s of ['\u0000', '%%%', '以上', '十四五', '1e400', '12.', '.5']) {
      expect(() => parseValue(s)).not.toThrow();
    }
  });
});
