/**
 * What earlier clauses of a sentence say about a figure whose own clause leaves it open: the
 * institutions that own a count, the payee of a money standard, the thing a standard prices.
 */
import type { Span } from './sentences.js';
import { cleanSubject, headNoun } from './subject.js';
import { trailingBreaksRemover } from './trailing-breaks.js';

// "对招用残疾人比例超过1.6%、不足25%的，…给予奖励": a condition, not a commitment.
export const CONDITION = /^\s*(?:对|凡|若|如|因)[^]*的\s*[，,：:]?\s*$/;

// A clause that only names institutions owns the count that follows: "编制50人以上（含50人）的党政机关、
// 编制67人以上（含67人）的事业单位，至少安排1名残疾人" counts what 党政机关、事业单位 place.
const INSTITUTION = /^[\p{Script=Han}]{2,20}(?:机关|单位|企业|部门|机构)$/u;
// "安排残疾人就业未达到规定比例的，": a relative clause without its head states a condition.
const HEADLESS = /的\s*[，,：:]?\s*$/;
const RECIPIENT = /^\s*(?:对|为|向|给)/;
// Look back a few clauses only: what owns a figure is said close to it, and long unpunctuated runs stay linear.
const LOOKBACK = 8;

// Pattern constants, compiled once (a literal in a hot function is a new RegExp object per call).
const PARENTHESES = /[（(][^）)]*[）)]/g;
const withoutTrailingBreaks = trailingBreaksRemover('，,：:。；', true);
const SPACES = /\s+/g;
const LEADING_ZAI = /^在/;

// The last characters of INSTITUTION's suffixes: a name is cut from its clause (spaces dropped), so
// a clause without one of them names no institution (most do not).
const SUFFIX_LAST = /[关位业门构]/;

function institutionsOf(clause: string): string | null {
  if (!SUFFIX_LAST.test(clause)) return null;
  const text = withoutTrailingBreaks(clause.replace(PARENTHESES, ''));
  const names: string[] = [];
  // Most clauses name no institution: the first part that does not ends the look (no head noun of the rest).
  for (const part of text.split('、')) {
    const name = headNoun(part.replace(SPACES, '')).replace(LEADING_ZAI, '');
    if (!INSTITUTION.test(name)) return null;
    names.push(name);
  }
  return names.join('、');
}

/** The institutions named by the clauses just before clause k (conditions between are passed over). */
export function ownerBefore(clauses: readonly Span[], k: number): string {
  const names: string[] = [];
  for (let j = k - 1; j >= Math.max(0, k - LOOKBACK); j--) {
    const text = clauses[j]?.text ?? '';
    if (CONDITION.test(text) || HEADLESS.test(text)) continue;
    const named = institutionsOf(text);
    if (named === null) break;
    names.unshift(named);
  }
  return names.join('、');
}

// Between a recipient and its standard: "在享受现有普惠资助政策的基础上".
const CIRCUMSTANCE = /^\s*在.*(?:基础上|情况下|前提下)/;
const PERSON_END = /(?:人|生|员|者|对象|家庭|儿童)$/;

/**
 * "就读于特殊教育学校的残疾学生，在享受…的基础上，每人每月再给予不低于300元的生活补助": a sentence
 * that opens by naming who is paid owns the standards that follow (an opening 对… may be split by a comma).
 */
export function recipientBefore(clauses: readonly Span[], k: number): string {
  for (let j = k - 1; j >= Math.max(0, k - LOOKBACK); j--) {
    const text = cleanSubject(clauses[j]?.text ?? '');
    if (CIRCUMSTANCE.test(clauses[j]?.text ?? '')) continue;
    const opens = j === 0 || (j === 1 && RECIPIENT.test(clauses[0]?.text ?? ''));
    return opens && PERSON_END.test(text) && !RECIPIENT.test(clauses[j]?.text ?? '') ? text : '';
  }
  return '';
}

/** "加快推进残疾人家庭无障碍改造，对…家庭，按照户均6000元标准测算": a standard prices what an earlier clause names. */
export function pricedEarlier(clauses: readonly Span[], k: number): string {
  let recipient = '';
  for (let j = k - 1; j >= Math.max(0, k - LOOKBACK); j--) {
    const text = clauses[j]?.text ?? '';
    if (CONDITION.test(text)) continue;
    const named = cleanSubject(text);
    if (RECIPIENT.test(text)) recipient ||= headNoun(named);
    else if (named) return `${named}标准`;
  }
  return recipient ? `${recipient}标准` : '标准';
}
