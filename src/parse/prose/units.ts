/**
 * Units that prose figures are counted in. A general number recogniser does not know that
 * 人次, 户, 名 or 个百分点 make a number a measurement; this list does. Analysts extend it here.
 * Longest spellings first, so 人次 wins over 人 and 个百分点 over 个.
 */
import { isWhiteSpace } from '../chars.js';

export interface ProseUnit {
  /** As written after the number. */
  written: string;
  /** As stored in `ProseFigure.unit`. */
  unit: string;
}

const WRITTEN_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['个百分点', '百分点'], ['百分点', '百分点'],
  ['%', '%'], ['‰', '‰'],
  ['人次', '人次'], ['户次', '户次'], ['场次', '场次'], ['批次', '批次'], ['次', '次'],
  ['个月', '月'],
  ['平方米', '平方米'], ['张床位', '张'],
  ['名', '名'], ['人', '人'], ['户', '户'], ['个', '个'], ['家', '家'], ['所', '所'],
  ['处', '处'], ['件', '件'], ['项', '项'], ['场', '场'], ['期', '期'], ['座', '座'],
  ['间', '间'], ['张', '张'], ['台', '台'], ['辆', '辆'], ['册', '册'], ['套', '套'],
  ['支', '支'], ['条', '条'], ['元', '元'],
];

export const PROSE_UNITS: readonly ProseUnit[] = WRITTEN_UNITS.map(([written, unit]) => ({ written, unit }))
  .sort((a, b) => b.written.length - a.written.length);

// The units by their first character, in PROSE_UNITS order (longest first): only those can follow.
const UNITS_BY_FIRST = new Map<number, ProseUnit[]>();
for (const u of PROSE_UNITS) {
  const first = u.written.charCodeAt(0);
  const list = UNITS_BY_FIRST.get(first);
  if (list) list.push(u);
  else UNITS_BY_FIRST.set(first, [u]);
}
const LEAD = /^\s*(余|多)?\s*/;
// Most numbers are followed by their unit or by nothing measurable: no space or 余/多 to skip.
const mayLead = (c: number): boolean => c === 0x4f59 /* 余 */ || c === 0x591a /* 多 */ || isWhiteSpace(c);

/** Money is a standard even without a comparator (按每人每年100元的标准 is a commitment). */
export function isMoneyUnit(unit: string): boolean {
  // unit === '元' || unit.startsWith('元/'), by character code: asked several times per figure.
  return unit.charCodeAt(0) === 0x5143 && (unit.length === 1 || unit.charCodeAt(1) === 0x2f);
}

// Who a money standard is counted per: 每人每月, 人均, 户均, 每户.
const PER_ENTITY: ReadonlyArray<readonly [RegExp, string]> = [
  [/每人|人均|每名/, '人'],
  [/每户|户均/, '户'],
];
// How often it is paid: 每月, 每年, 月均, 年均 (before the number) or /年, /月 (after it).
const PER_PERIOD: ReadonlyArray<readonly [RegExp, string]> = [
  [/每月|每个月|月均/, '月'],
  [/每年|年均/, '年'],
];

/**
 * The unit of a money figure with what it is counted per: 元, 元/人, 元/人·月, 元/户·年.
 * `before` is the clause text before the number; `written` what "元/人·月" spells out after 元.
 */
export function moneyUnit(before: string, written: { entity: string | null; period: string | null }): string {
  const entity = written.entity ?? PER_ENTITY.find(([re]) => re.test(before))?.[1] ?? null;
  const period = written.period ?? PER_PERIOD.find(([re]) => re.test(before))?.[1] ?? null;
  const per = [entity, period].filter((p): p is string => p !== null);
  return per.length === 0 ? '元' : `元/${per.join('·')}`;
}

// "元/人·月", "元/年": what a money unit is counted per, written after it.
const PER_WRITTEN = /^\/\s*(人|户)?\s*[·.]?\s*(年|月)?/;

/** The unit `text` begins with, the longest spelling first. */
function unitAtStart(text: string): ProseUnit | null {
  if (text === '') return null;
  const candidates = UNITS_BY_FIRST.get(text.charCodeAt(0));
  if (candidates) for (const u of candidates) if (text.startsWith(u.written)) return u;
  return null;
}

/** The unit written right after a number ("余人次", "元/年"), with its length and whether 余/多 said "more than". */
export function unitAfter(after: string, before: string): { unit: string; length: number; approx: boolean } | null {
  if (after === '') return null;
  const lead = mayLead(after.charCodeAt(0)) ? (LEAD.exec(after)?.[0] ?? '') : '';
  const rest = lead === '' ? after : after.slice(lead.length);
  const found = unitAtStart(rest);
  if (!found) return null;
  let length = lead.length + found.written.length;
  let unit = found.unit;
  if (unit === '元') {
    const slash = PER_WRITTEN.exec(rest.slice(1));
    if (slash && slash[0].length > 1) length += slash[0].length;
    unit = moneyUnit(before.slice(-12), { entity: slash?.[1] ?? null, period: slash?.[2] ?? null });
  }
  return { unit, length, approx: lead.includes('余') || lead.includes('多') };
}
