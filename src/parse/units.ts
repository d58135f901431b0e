/**
 * Splitting an indicator name from its unit of measure, as main-indicator tables write it:
 * "残疾人基本康复服务覆盖率(%)", "困难重度残疾人家庭无障碍改造数（户）", "城乡残疾人职业技能培训人次".
 */

export interface NameAndUnit {
  name: string;
  unit: string | null;
}

// What may stand inside a trailing bracket as a unit. A bracket that holds anything else
// ("村(社区)", "（含特教班）") is part of the name, not a unit.
const BRACKET_UNIT =
  /^(?:%|％|‰|个?百分点|[万千百亿]?(?:人次|人|户|个|元|名|项|次|家|所|座|张|台|件|套|册|天|年|岁|小时|平方米|公里|间|处|场|期|篇|部|条|种|支)(?:\/[^/]{1,4})?)$/;

// Units written without brackets at the end of a name; only measure words that cannot be
// the tail of an ordinary noun (率, 数 and 人 can, so they are not here).
const BARE_UNIT_SUFFIX = /(万?人次)$/;

const TRAILING_BRACKET = /[（(]\s*([^（）()]{1,10}?)\s*[)）]\s*$/;

/** The name without its unit, and the unit (null when none is stated). Never throws. */
export function splitIndicatorUnit(raw: string): NameAndUnit {
  const text = raw.replace(/\s+/g, ' ').trim();
  const bracket = TRAILING_BRACKET.exec(text);
  if (bracket && BRACKET_UNIT.test((bracket[1] ?? '').replace(/\s/g, ''))) {
    const unit = (bracket[1] ?? '').replace(/\s/g, '').replace('％', '%');
    return { name: text.slice(0, bracket.index).trim(), unit };
  }
  const bare = BARE_UNIT_SUFFIX.exec(text);
  if (bare && bare.index > 0) {
    return { name: text.slice(0, bare.index).trim(), unit: bare[1] ?? null };
  }
  return { name: text, unit: null };
}

const LEADING_NUMBER = /^(\d{1,3})\s*[.．、](?!\d)\s*/;

/** "1.残疾人家庭人均收入年均增长(%)" → 1 and the rest; tables without a 序号 column number the name. */
export function splitLeadingNumber(text: string): { no: number | null; rest: string } {
  const trimmed = text.trim();
  // The number opens the text: only a text that opens with a digit needs the pattern.
  const c = trimmed.length > 0 ? trimmed.charCodeAt(0) : 0;
  const m = c >= 0x30 && c <= 0x39 ? LEADING_NUMBER.exec(trimmed) : null;
  if (!m) return { no: null, rest: trimmed };
  return { no: Number(m[1]), rest: trimmed.slice(m[0].length) };
}
