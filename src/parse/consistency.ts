/**
 * Checks a parsed plan against itself: (a) a table baseline that disagrees with the achievement
 * the background reports for the same measure, (b) a prose target that restates a table target
 * with another value, (c) the same task listed twice. Findings are diagnostics with both lines.
 */
import type { Diagnostic, Indicator, Plan, ProseFigure, Value } from '../model/types.js';
import { bigramCount, KeyedName, markCharacters, similarity, similarityBound } from './consistency-names.js';
import { duplicateTaskFindings } from './duplicate-tasks.js';

type Finding = Omit<Diagnostic, 'file'>;

/** Names at least this similar (measure keys, bigram Dice) are read as the same measure. */
export const SAME_MEASURE = 0.6;
export { SAME_TASK } from './duplicate-tasks.js';

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
  let mark = 0;
  // The subject key's bigram count once its characters are marked instead of its name's, -1 before.
  let subjectPairs = -1;
  let keyMarked = false;
  for (const { indicator, name } of indicators) {
    if (!sameUnit(indicator, figure)) continue;
    if (subject === null) [subject, mark] = [new KeyedName(figure.subject), markCharacters(figure.subject)];
    // Most figures measure no indicator: their subject's key is never made.
    if (similarityBound(name.keyOf(), mark, subjectPairs) < bestScore) continue;
    if (!keyMarked) {
      // The key's own characters bound this indicator and the rest more tightly, before bigrams.
      keyMarked = true;
      mark = markCharacters(subject.keyOf());
      subjectPairs = bigramCount(subject.keyOf());
      if (similarityBound(name.keyOf(), mark, subjectPairs) < bestScore) continue;
    }
    const score = similarity(name, subject);
    if (score > bestScore) [best, bestScore, tie] = [indicator, score, false];
    else if (score === bestScore && best !== null) tie = true;
  }
  return tie ? null : best;
}

function baselineFindings(plan: Plan, keyed: readonly KeyedIndicator[]): Finding[] {
  const withBaseline = keyed.filter((k) => k.indicator.baseline !== null);
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

function targetFindings(plan: Plan, keyed: readonly KeyedIndicator[]): Finding[] {
  const withTarget = keyed.filter((k) => k.indicator.target?.value != null);
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

/** Never throws; the findings are sorted by line. */
export function checkConsistency(plan: Plan): Finding[] {
  const keyed = plan.indicators.map((indicator) => ({ indicator, name: new KeyedName(indicator.name) }));
  return [...baselineFindings(plan, keyed), ...targetFindings(plan, keyed), ...duplicateTaskFindings(plan.tasks)]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code));
}
