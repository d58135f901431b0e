/**
 * Checks a parsed plan against itself: (a) a table baseline that disagrees with the achievement
 * the background reports for the same measure, (b) a prose target that restates a table target
 * with another value, (c) the same task listed twice. Findings are diagnostics with both lines.
 */
import type { Diagnostic, Indicator, Plan, ProseFigure, Task, Value } from '../model/types.js';
import { bigrams, diceOfBigrams, type Bigrams } from '../text/bigrams.js';
import { measureKey } from '../text/measure-key.js';

type Finding = Omit<Diagnostic, 'file'>;

/** Names at least this similar (measure keys, bigram Dice) are read as the same measure. */
export const SAME_MEASURE = 0.6;
/** Task texts at least this similar are read as the same task listed twice. */
export const SAME_TASK = 0.9;

interface Interval { lo: number; hi: number; loOpen: boolean; hiOpen: boolean }

function interval(v: Value): Interval | null {
  if (v.value === null || v.op === 'qualitative' || v.relativeTo) return null;
  const x = v.value;
  switch (v.op) {
    case '=': return { lo: x, hi: x, loOpen: false, hiOpen: false };
    case '>=': return { lo: x, hi: Infinity, loOpen: false, hiOpen: true };
    case '>': return { lo: x, hi: Infinity, loOpen: true, hiOpen: true };
    case '<=': return { lo: -Infinity, hi: x, loOpen: true, hiOpen: false };
    case '<': return { lo: -Infinity, hi: x, loOpen: true, hiOpen: true };
  }
}

/** Two stated figures contradict when no value satisfies both ("=80" and "=85"; "=90" and ">=95"). */
function contradict(a: Value, b: Value): boolean {
  const [x, y] = [interval(a), interval(b)];
  if (!x || !y) return false;
  const lo = Math.max(x.lo, y.lo);
  const hi = Math.min(x.hi, y.hi);
  if (lo < hi) return false;
  if (lo > hi) return true;
  const closedAt = (i: Interval): boolean => (i.lo === lo ? !i.loOpen : true) && (i.hi === hi ? !i.hiOpen : true);
  return !(closedAt(x) && closedAt(y));
}

function sameUnit(indicator: Indicator, figure: ProseFigure): boolean {
  return indicator.unit === null || figure.unit === null || indicator.unit === figure.unit;
}

/** A measure name's key (see measureKey) and its bigrams, computed once per name and plan. */
interface KeyedName {
  key: string;
  grams: Bigrams;
}

function keyedName(name: string): KeyedName {
  const key = measureKey(name);
  return { key, grams: bigrams(key) };
}

/** measureSimilarity (prose/similarity.ts) of two names already keyed. */
function similarity(a: KeyedName, b: KeyedName): number {
  if (a.key === '' || b.key === '') return 0;
  return a.key === b.key ? 1 : diceOfBigrams(a.grams, b.grams);
}

interface KeyedIndicator {
  indicator: Indicator;
  name: KeyedName;
}

/** The one indicator a prose figure measures, or null when none or several fit equally. */
function matchIndicator(figure: ProseFigure, indicators: readonly KeyedIndicator[]): Indicator | null {
  let best: Indicator | null = null;
  let bestScore = SAME_MEASURE;
  let tie = false;
  let subject: KeyedName | null = null;
  for (const { indicator, name } of indicators) {
    if (!sameUnit(indicator, figure)) continue;
    subject ??= keyedName(figure.subject);
    const score = similarity(name, subject);
    if (score > bestScore) [best, bestScore, tie] = [indicator, score, false];
    else if (score === bestScore && best !== null) tie = true;
  }
  return tie ? null : best;
}

function keyedIndicators(indicators: readonly Indicator[]): KeyedIndicator[] {
  return indicators.map((indicator) => ({ indicator, name: keyedName(indicator.name) }));
}

function baselineFindings(plan: Plan): Finding[] {
  const withBaseline = keyedIndicators(plan.indicators.filter((i) => i.baseline !== null));
  return plan.achievements.flatMap((a): Finding[] => {
    const indicator = matchIndicator(a, withBaseline);
    if (!indicator?.baseline || !contradict(indicator.baseline, a.value)) return [];
    const [il, al] = [indicator.source.line, a.source.line];
    return [{
      level: 'warning', line: il, code: 'consistency/baseline-vs-background',
      message: `Indicator "${indicator.name}" (line ${il}) has baseline ${indicator.baseline.text}, but the background reports "${a.value.text}" for ${a.subject} (line ${al}).`,
      args: { indicator: indicator.name, indicatorLine: il, baseline: indicator.baseline, subject: a.subject, achievement: a.value, achievementLine: al },
    }];
  });
}

function targetFindings(plan: Plan): Finding[] {
  const withTarget = keyedIndicators(plan.indicators.filter((i) => i.target?.value != null));
  return plan.targets.flatMap((t): Finding[] => {
    const indicator = matchIndicator(t, withTarget);
    const target = indicator?.target;
    if (!indicator || !target || t.value.relativeTo || t.value.value === null || target.value === t.value.value) return [];
    const [il, tl] = [indicator.source.line, t.source.line];
    return [{
      level: 'warning', line: tl, code: 'consistency/target-vs-table',
      message: `The text states "${t.value.text}" for ${t.subject} (line ${tl}), but indicator "${indicator.name}" (line ${il}) targets ${target.text}.`,
      args: { indicator: indicator.name, indicatorLine: il, tableTarget: target, subject: t.subject, proseTarget: t.value, proseLine: tl },
    }];
  });
}

// Numbering, punctuation and spaces do not make two tasks different.
const taskKey = (t: Task): string => withoutMarks(t.text.replace(/^\s*[\d一二三四五六七八九十]+[.、．]\s*/, ''));

const MARK = /^[\s\p{P}\p{S}]$/u;
// Per BMP code unit: 0 not yet known, 1 kept, 2 a space, punctuation or symbol (MARK).
const MARK_OF = new Uint8Array(0x10000);

function isMark(c: number): boolean {
  let known = MARK_OF[c]!;
  if (known === 0) MARK_OF[c] = known = MARK.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}

/** text.replace(/[\s\p{P}\p{S}]/gu, ''), with each character's class looked up once per worker. */
function withoutMarks(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let width = 1;
    let mark: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) width = 2;
    }
    if (width === 2) mark = MARK.test(text.slice(i, i + 2));
    else mark = isMark(c);
    if (mark) {
      out += text.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

interface KeyedTask {
  task: Task;
  key: string;
  /** Bigram count, and a histogram of the bigrams' first characters (code point mod 64). */
  pairs: number;
  firsts: Uint16Array;
  grams?: Bigrams;
}

function firstCharacters(key: string): { pairs: number; firsts: Uint16Array } {
  const firsts = new Uint16Array(64);
  let pairs = -1;
  let previous = -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.codePointAt(i) as number;
    if (c > 0xffff) i++;
    if (previous >= 0) firsts[previous & 63]! += 1;
    previous = c;
    pairs++;
  }
  return { pairs: Math.max(pairs, 0), firsts };
}

/**
 * An upper bound of the pair's bigram Dice: shared bigrams cannot outnumber, bucket by bucket,
 * the bigrams that start with the same characters.
 */
function diceBound(a: KeyedTask, b: KeyedTask): number {
  if (a.pairs < 1 || b.pairs < 1) return 1;
  let bound = 0;
  for (let i = 0; i < 64; i++) bound += Math.min(a.firsts[i]!, b.firsts[i]!);
  return (2 * bound) / (a.pairs + b.pairs);
}

function duplicateTaskFindings(tasks: readonly Task[]): Finding[] {
  const keyed: KeyedTask[] = tasks.map((t) => ({ task: t, key: taskKey(t) }))
    .filter((k) => k.key.length >= 4)
    .map((k): KeyedTask => {
      const { pairs, firsts } = firstCharacters(k.key);
      return { task: k.task, key: k.key, pairs, firsts };
    });
  // Bigrams only for pairs that pass the cheap tests: most pairs differ in length or characters already.
  const gramsOf = (k: KeyedTask): Bigrams => (k.grams ??= bigrams(k.key));
  const findings: Finding[] = [];
  keyed.forEach((a, i) => {
    for (let j = i + 1; j < keyed.length; j++) {
      const b = keyed[j]!;
      if (Math.min(a.key.length, b.key.length) < Math.max(a.key.length, b.key.length) * SAME_TASK) continue;
      if (a.key !== b.key && (diceBound(a, b) < SAME_TASK || diceOfBigrams(gramsOf(a), gramsOf(b)) < SAME_TASK)) continue;
      const [first, second] = [a.task.source.line, b.task.source.line];
      findings.push({
        level: 'warning', line: second, code: 'consistency/duplicate-task',
        message: `The task on line ${second} repeats the task on line ${first}.`,
        args: { firstLine: first, secondLine: second, text: b.task.text },
      });
    }
  });
  return findings;
}

/** Never throws; the findings are sorted by line. */
export function checkConsistency(plan: Plan): Finding[] {
  return [...baselineFindings(plan), ...targetFindings(plan), ...duplicateTaskFindings(plan.tasks)]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code));
}
