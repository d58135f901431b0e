// findLeadConvention searches only the lines around each 牵头, not the whole text: these cases pin
// it to the whole-text search it replaced (the reference below), statements across lines included.
import { describe, expect, it } from 'vitest';
import { findLeadConvention, splitMarkedLeads, splitUnitList, type LeadConvention } from '../../src/parse/unit-lists.js';

const COMMA_LEADS = /牵头(?<=(?:逗号|，|,)\s*(?:之?前|前面)(?:的|面的)?(?:单位|部门)?(?:为|是)牵头)/;
const SEMICOLON_LEADS = /牵头(?<=(?:分号|；|;)\s*(?:之?前|前面)(?:的|面的)?(?:单位|部门)?(?:为|是)牵头)/;
const FIRST_LEADS = /牵头(?<=(?:排在?第一|排名第一|第一个|首位|列第一)(?:位|的)?(?:单位|部门)?(?:为|是)牵头)/;

function reference(lines: readonly string[]): LeadConvention | null {
  const text = lines.join('\n');
  if (COMMA_LEADS.test(text)) return 'comma';
  if (SEMICOLON_LEADS.test(text)) return 'semicolon';
  if (FIRST_LEADS.test(text)) return 'first';
  return null;
}

describe('findLeadConvention', () => {
  const cases: string[][] = [
    ['责任单位：市残联、市民政局（逗号前为牵头单位，下同）'],
    ['说明：列在逗号', '', '前的单位为牵头单位'],
    ['说明：列在逗号', '其他', '前的单位为牵头单位'],
    ['分号', '\u2028', '之前的部门是牵头'],
    ['排在第一位的单位为牵头', '逗号前为牵头'],
    ['市残联牵头', '分号前为牵头'],
    ['牵头单位：市残联'],
    ['逗号前面的为', '牵头'],
    [],
  ];
  for (const lines of cases) {
    it(`agrees with the whole-text search: ${JSON.stringify(lines)}`, () => {
      expect(findLeadConvention(lines.map((text) => ({ text })))).toBe(reference(lines));
    });
  }

  it('agrees with the whole-text search on random line sequences', () => {
    const pieces = ['逗号', '分号', '，', '；', '前', '之前', '前面', '的', '单位', '为', '是', '牵头', '排在第一', '首位', ' ', '\u3000', '甲'];
    let seed = 11;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 2000; k++) {
      const lines = Array.from({ length: 1 + next(5) }, () =>
        next(3) === 0 ? '' : Array.from({ length: next(6) }, () => pieces[next(pieces.length)]).join(''));
      expect(findLeadConvention(lines.map((text) => ({ text })))).toBe(reference(lines));
    }
  });
});

describe('unit lists', () => {
  it('splits at top-level separators only', () => {
    expect(splitUnitList('市民政局、市财政局,各县（市、区）人民政府；市残联')).toEqual(['市民政局', '市财政局', '各县（市、区）人民政府', '市残联']);
    expect(splitUnitList('甲（乙，丙））、丁')).toEqual(['甲（乙，丙））', '丁']);
  });

  it('reads marked leads, and nothing from a list without 牵头', () => {
    expect(splitMarkedLeads('市卫生健康委（牵头）、市残联')).toEqual({ lead: ['市卫生健康委'], co: ['市残联'] });
    expect(splitMarkedLeads('市残联、市民政局（配合）')).toBeNull();
  });
});
