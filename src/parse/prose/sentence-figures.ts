/**
 * The figures of one sentence, each with the thing it measures. Clauses that state a condition
 * ("对…超过1.6%的，") are passed over; subjects a clause leaves unnamed are shared from its
 * neighbours ("分别达98.97%、97.58%", "3737户4083名…", "…，二级…每人每月90元").
 */
import { findClauseFigures, type ClauseFigure, type Cue } from './figures.js';
import { lastAtOrBefore } from './sorted.js';
import { splitClauses, type Span } from './sentences.js';
import { CONDITION, ownerBefore, pricedEarlier, recipientBefore } from './earlier-clauses.js';
import { cleanSubject, distributeSubject, subjectOf } from './subject.js';
import { isMoneyUnit } from './units.js';
import { holdsNumberWithUnit } from './gate.js';
import { trailingBreaksRemover } from './trailing-breaks.js';

const NO_TITLES = (): boolean => false;

const TITLE = /《[^《》]*》/g;
const withoutTrailingBreaks = trailingBreaksRemover('，。；：,;:', false);

// Offsets inside 《titles》: numbers there name documents, not figures.
export function titleRanges(text: string): (offset: number) => boolean {
  // Most sentences name no document.
  if (!text.includes('《')) return NO_TITLES;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(TITLE)) {
    starts.push(m.index ?? 0);
    ends.push((m.index ?? 0) + m[0].length);
  }
  return (offset) => {
    const i = lastAtOrBefore(starts, offset);
    return i >= 0 && offset < (ends[i] ?? 0);
  };
}

// A clause is quoted whole unless it runs on for lines (unpunctuated text); then the figure's neighbourhood.
const MAX_CLAUSE_TEXT = 160;

export function clauseText(clause: string, figure: ClauseFigure): string {
  const text = clause.length <= MAX_CLAUSE_TEXT ? clause : clause.slice(Math.max(0, figure.cueStart - 100), figure.end + 40);
  return withoutTrailingBreaks(text).trim();
}

export interface Found {
  clause: Span;
  figure: ClauseFigure;
  subject: string;
}

// A subject that names only the kind of figure: the measure is in the next clause ("按…50元的标准，实施…项目").
const isWeakSubject = (subject: string): boolean => subject === '标准' || subject === '比例';
const BOUNDING_CUES: ReadonlySet<Cue> = new Set(['comparator', 'suffix', 'reach', 'relative']);

export function figuresOfSentence(sentence: Span, inTitle: (offset: number) => boolean, clauses: Span[] = splitClauses(sentence)): Found[] {
  const found: Found[] = [];
  for (let k = 0; k < clauses.length; k++) addClauseFigures(found, clauses, k, sentence.start, inTitle);
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1] as Found;
    const f = found[i] as Found;
    // A figure whose clause names nothing measures what the previous one did.
    if (f.subject === '') f.subject = prev.subject;
    // "2025年达到一级…每人每月120元，二级…每人每月90元": parallel money or rate clauses share the
    // bounding word; counts do not ("至少打造5个示范点，推动23个镇全覆盖").
    const bare = f.figure.op === null && (f.figure.cue === 'money' || (f.figure.cue === 'none' && f.figure.unit === '%'));
    if (bare && BOUNDING_CUES.has(prev.figure.cue) && prev.figure.unit === f.figure.unit) {
      f.figure = { ...f.figure, op: prev.figure.op, cue: prev.figure.cue };
    }
  }
  return found;
}

/** The figures of clause k, each with its subject, added to `found`. */
function addClauseFigures(found: Found[], clauses: readonly Span[], k: number, sentenceStart: number, inTitle: (offset: number) => boolean): void {
  const clause = clauses[k] as Span;
  // A clause with no number followed by a unit holds no figure findClauseFigures could read.
  if (!holdsNumberWithUnit(clause.text) || CONDITION.test(clause.text)) return;
  const offset = clause.start - sentenceStart;
  const figures = findClauseFigures(clause.text, inTitle === NO_TITLES ? NO_TITLES : (o) => inTitle(offset + o));
  if (figures.length === 0) return;
  const firstOfClause = found.length;
  let beforeTaken = false;
  let payee = '';
  for (let i = 0; i < figures.length; i++) {
    const figure = figures[i] as ClauseFigure;
    const next = i + 1 < figures.length ? figures[i + 1] : undefined;
    const after = clause.text.slice(figure.end, Math.min(next ? next.cueStart : clause.text.length, figure.end + 60));
    const named = subjectOf(clause.text, figure, after, beforeTaken);
    beforeTaken = named.from === 'after';
    let subject = named.subject;
    if (named.from === 'earlier') subject = pricedEarlier(clauses, k);
    if (named.from === 'after' && !named.owned && subject !== '') subject = ownerBefore(clauses, k) + subject;
    if (isWeakSubject(subject) && !next) subject = cleanSubject(k + 1 < clauses.length ? (clauses[k + 1] as Span).text : '') || subject;
    if (isMoneyUnit(figure.unit) && (named.from === 'after' || named.from === 'before') && !named.owned) payee ||= recipientBefore(clauses, k);
    found.push({ clause, figure, subject });
  }
  // One figure (most clauses) has no neighbour to share with.
  if (figures.length > 1) shareSubjects(found, firstOfClause, clause.text);
  // After 分别 is distributed: "专科、本科残疾学生，再分别给予一次性资助3000元、5000元" names one payee for both.
  if (payee) {
    for (let i = firstOfClause; i < found.length; i++) {
      const f = found[i] as Found;
      if (f.subject !== '' && isMoneyUnit(f.figure.unit)) f.subject = payee + f.subject;
    }
  }
}

/** Subjects shared among the figures of one clause, found[first…] (read in place, not copied out). */
function shareSubjects(found: Found[], first: number, clause: string): void {
  // "3737户4083名贫困残疾人脱贫": adjacent figures share the phrase that follows them.
  for (let i = found.length - 2; i >= first; i--) {
    const f = found[i] as Found;
    const g = found[i + 1] as Found;
    if (f.subject === '' && clause.slice(f.figure.end, g.figure.cueStart).trim() === '') f.subject = g.subject;
  }
  const named = found[first];
  if (!named || !clause.includes('分别')) return;
  for (let i = first + 1; i < found.length; i++) if ((found[i] as Found).subject !== '') return;
  distributeSubject(named.subject, found.length - first)?.forEach((s, i) => ((found[first + i] as Found).subject = s));
}

