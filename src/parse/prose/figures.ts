/**
 * The figures of one clause: a number, the unit it is counted in (units.ts) and the words that
 * bound it. Whether a figure is a commitment is decided by shape, see `isCommitment`.
 */
import type { Comparator } from '../../model/types.js';
import { adjacentBound, nearbyBound, suffixBound } from './bounds.js';
import { numbersIn } from './clause-numbers.js';
import { isMoneyUnit, unitAfter } from './units.js';
import { trimmedEnd } from '../chars.js';

/** What made the number a figure: the word that bounds or states it. */
export type Cue = 'comparator' | 'suffix' | 'relative' | 'reach' | 'approx' | 'verb' | 'money' | 'none';

export interface ClauseFigure {
  /** Offsets within the clause: where its own words begin (after the previous figure), the cue, the number, the end. */
  segmentStart: number;
  cueStart: number;
  numberStart: number;
  end: number;
  value: number;
  unit: string;
  /** The bound the words state; null when they state none (reach verbs and bare numbers). */
  op: Comparator | null;
  relative: boolean;
  cue: Cue;
  /** Cue + number + unit + suffix as written. */
  text: string;
}

const REACH_WORDS = ['达到', '提高到', '提高至', '提升到', '提升至', '增加到', '增长到', '稳定在', '保持在', '达'];
const REACH = new RegExp(`(?:${REACH_WORDS.join('|')})$`);
const COMMIT_VERBS = [
  '建成', '建设', '创建', '打造', '培育', '新增', '培训', '配备', '改造', '安排', '遴选', '举办', '完成', '扶持', '资助', '建立', '设立',
  '提供', '帮助', '吸纳', '组织', '救助', '慰问', '适配', '开展', '实施', '投入', '有', '建有', '覆盖',
];
const COMMIT_VERB = new RegExp(`(?:${COMMIT_VERBS.join('|')})了?\\s*$`);
// The characters these patterns' matches can end with (before trailing spaces): most text before a
// number ends otherwise, and is not searched (a pattern anchored at the end is tried at every offset).
const lastCodes = (words: readonly string[]): Set<number> => new Set(words.map((w) => w.charCodeAt(w.length - 1)));
const REACH_LAST = lastCodes(REACH_WORDS);
const COMMIT_LAST = lastCodes([...COMMIT_VERBS, '了']);
const RANGE_LAST = lastCodes(['-', '—', '–', '~', '～', '至']);
const NOT_A_FIGURE_LAST = lastCodes(['第', '〔', '[', '含']);

/** The code of the last character of text.slice(from, end) that is not a space, or NaN. */
function lastSolid(text: string, end: number, from = 0): number {
  const at = trimmedEnd(text, end);
  return at > from ? text.charCodeAt(at - 1) : NaN;
}
// A clause that opens with the action it counts: "新增残疾人就业岗位100个", "每年培训残疾人1000人次".
const LEADING_VERB =
  /^[\s，,、]*(?:(?:到|至)?\s*20\d\d\s*年(?:底|前|末)?\s*)?(?:确保|力争|争取|每年|全年)?\s*(?:新增|建成|打造|培育|培训|创建|完成|改造|资助|救助|扶持|安置|帮扶|举办)/;
const RELATIVE_UP = /(?:提高|提升|增加|增长|上升)了?\s*$/;
const RELATIVE_DOWN = /(?:降低|下降|减少)了?\s*$/;
// 《title》, 〔2022〕 document numbers, （含50人） restatements, 第六届: numbers that are never figures.
const NOT_A_FIGURE_BEFORE = /(?:第|〔|\[|[（(]含)\s*$/;
const CUE_WINDOW = 40;
const RANGE_LOWER = /(\d+(?:\.\d+)?)\s*%?\s*[-—–~～至]\s*$/;

const TWO_HAN = /[\p{Script=Han}]{2}/u;
const LEADING_AIM = /^\s*(?:确保|力争|争取|实现|使|让|推动)/;
const DESCRIBES_WHAT_FOLLOWS = /^\s*(?:[（(][^）)]*[）)])?\s*的(?!标准|比例)/;

// Where 达到/提高到… (the reach verbs) stand before the number, else where 达到 last does, or -1.
function reachBefore(before: string, last: number): number {
  if (REACH_LAST.has(last)) {
    const trimmed = before.trimEnd();
    if (REACH.test(trimmed)) return trimmed.search(REACH);
  }
  return before.lastIndexOf('达到');
}

// The unit of a number that carries its own % (read only).
const PERCENT = { unit: '%', length: 0, approx: false };

/** A commitment verb: right before the number (`at` where it starts), or opening a short segment (`at` the number). */
interface VerbCue { at: number }

function verbBefore(clause: string, before: string, last: number, segmentStart: number, numberStart: number): VerbCue | null {
  const adjacent = COMMIT_LAST.has(last) ? COMMIT_VERB.exec(before) : null;
  if (adjacent) return { at: adjacent.index };
  const leading = numberStart - segmentStart <= 24 ? LEADING_VERB.exec(clause.slice(segmentStart, numberStart)) : null;
  return leading ? { at: before.length } : null;
}

/** Figures of a clause, in order. `isExcluded(offset)` marks offsets inside 《titles》. */
export function findClauseFigures(clause: string, isExcluded: (offset: number) => boolean): ClauseFigure[] {
  const figures: ClauseFigure[] = [];
  let segmentStart = 0;
  for (const n of numbersIn(clause)) {
    // Cue words sit close to their number; a bounded window keeps long unpunctuated text linear.
    const windowStart = Math.max(segmentStart, n.start - CUE_WINDOW);
    const before = clause.slice(windowStart, n.start);
    const near = Math.max(0, n.start - 4);
    if (isExcluded(n.start) || (NOT_A_FIGURE_LAST.has(lastSolid(clause, n.start, near)) && NOT_A_FIGURE_BEFORE.test(clause.slice(near, n.start)))) continue;
    const unitInfo = n.percent ? PERCENT : unitAfter(clause.slice(n.end), before);
    if (!unitInfo) continue;
    const unitEnd = n.end + unitInfo.length;
    const suffix = suffixBound(clause.slice(unitEnd));
    const end = unitEnd + (suffix?.length ?? 0);
    // The last character of `before` that is not a space: the end-anchored cue patterns need one of theirs.
    const last = lastSolid(before, before.length);
    const range = RANGE_LAST.has(last) ? RANGE_LOWER.exec(before) : null;
    const value = range ? Number(range[1]) : n.value;
    const up = unitInfo.unit === '百分点' && RELATIVE_UP.test(before);
    const down = unitInfo.unit === '百分点' && RELATIVE_DOWN.test(before);
    // The cues in order of precedence; each is looked for only when none before it was found.
    const bound = up || down || range ? null : (adjacentBound(before) ?? nearbyBound(before));
    // undefined: not looked for (an earlier cue decided).
    let verb: VerbCue | null | undefined;
    let cue: Cue = 'none';
    let op: Comparator | null = null;
    let cueAt = before.length;
    // Plain assignments, not [cue, op] = [...]: a destructured array is one more object per number.
    if (up || down) { cue = 'relative'; op = down ? '<=' : '>='; }
    else if (range) { cue = 'comparator'; op = '>='; }
    else if (bound) { cue = 'comparator'; op = bound.op; cueAt = bound.at; }
    else if (suffix) { cue = 'suffix'; op = suffix.op; }
    else if (unitInfo.approx) { cue = 'approx'; op = '>'; }
    else {
      const reachAt = reachBefore(before, last);
      if (reachAt >= 0) { cue = 'reach'; cueAt = reachAt; }
      else if ((verb = verbBefore(clause, before, last, segmentStart, n.start))) { cue = 'verb'; cueAt = verb.at; }
      else if (isMoneyUnit(unitInfo.unit)) cue = 'money';
    }
    if (suffix && op === null) op = suffix.op;
    // "编制50人以上（含50人）的党政机关": a number that only describes what follows is no figure.
    // "实现80%以上的乡镇（街道）开展…" is a share, not a description: nothing before it is measured.
    if ((cue === 'suffix' || cue === 'none') && !isMoneyUnit(unitInfo.unit) && !(verb === undefined ? verbBefore(clause, before, last, segmentStart, n.start) : verb)) {
      const share = unitInfo.unit === '%' && !TWO_HAN.test(clause.slice(segmentStart, n.start).replace(LEADING_AIM, ''));
      const describes = !share && DESCRIBES_WHAT_FOLLOWS.test(clause.slice(end, end + 30));
      if (describes) continue;
    }
    const cueStart = windowStart + Math.min(cueAt, before.length);
    figures.push({
      segmentStart, cueStart, numberStart: n.start, end, value: down ? -value : value, unit: unitInfo.unit,
      op, relative: up || down, cue, text: clause.slice(cueStart, end).trim(),
    });
    segmentStart = end;
  }
  return figures;
}

/** A future-section figure is a commitment when words bound or state it, or it is a money standard. */
export function isCommitment(figure: ClauseFigure): boolean {
  return figure.cue !== 'none';
}
