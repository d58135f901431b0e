/**
 * The figures of one sentence, each with the thing it measures. Clauses that state a condition
 * ("对…超过1.6%的，") are passed over; subjects a clause leaves unnamed are shared from its
 * neighbours ("分别达98.97%、97.58%", "3737户4083名…", "…，二级…每人每月90元").
 */
import { findClauseFigures, type ClauseFigure, type Cue } from './figures.js';
import { lastAtOrBefore, splitClauses, type Span } from './paragraphs.js';
import { cleanSubject, distributeSubject, headNoun, subjectOf } from './subject.js';

// "对招用残疾人比例超过1.6%、不足25%的，…给予奖励": a condition, not a commitment.
const CONDITION = /^\s*(?:对|凡|若|如|因)[^]*的\s*[，,：:]?\s*$/;

// Offsets inside 《titles》: numbers there name documents, not figures.
export function titleRanges(text: string): (offset: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/《[^《》]*》/g)) {
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
  return text.replace(/[，。；：,;:]+$/, '').trim();
}

export interface Found {
  clause: Span;
  figure: ClauseFigure;
  subject: string;
}

// A clause that only names institutions owns the count that follows: "编制50人以上（含50人）的党政机关、
// 编制67人以上（含67人）的事业单位，至少安排1名残疾人" counts what 党政机关、事业单位 place.
const INSTITUTION = /^[\p{Script=Han}]{2,20}(?:机关|单位|企业|部门|机构)$/u;
// "安排残疾人就业未达到规定比例的，": a relative clause without its head states a condition.
const HEADLESS = /的\s*[，,：:]?\s*$/;
const RECIPIENT = /^\s*(?:对|为|向|给)/;

function institutionsOf(clause: string): string | null {
  const text = clause.replace(/[（(][^）)]*[）)]/g, '').replace(/[，,：:。；\s]+$/, '');
  const names = text.split('、').map((part) => headNoun(part.replace(/\s+/g, '')).replace(/^在/, ''));
  return names.every((n) => INSTITUTION.test(n)) ? names.join('、') : null;
}

/** The institutions named by the clauses just before clause k (conditions between are passed over). */
function ownerBefore(clauses: readonly Span[], k: number): string {
  const names: string[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const text = clauses[j]?.text ?? '';
    if (CONDITION.test(text) || HEADLESS.test(text)) continue;
    const named = institutionsOf(text);
    if (named === null) break;
    names.unshift(named);
  }
  return names.join('、');
}

/** "加快推进残疾人家庭无障碍改造，对…家庭，按照户均6000元标准测算": a standard prices what an earlier clause names. */
function pricedEarlier(clauses: readonly Span[], k: number): string {
  let recipient = '';
  for (let j = k - 1; j >= 0; j--) {
    const text = clauses[j]?.text ?? '';
    if (CONDITION.test(text)) continue;
    const named = cleanSubject(text);
    if (RECIPIENT.test(text)) recipient ||= headNoun(named);
    else if (named) return `${named}标准`;
  }
  return recipient ? `${recipient}标准` : '标准';
}

// A subject that names only the kind of figure: the measure is in the next clause ("按…50元的标准，实施…项目").
const WEAK_SUBJECT = /^(?:标准|比例)$/;
const BOUNDING_CUES: ReadonlySet<Cue> = new Set(['comparator', 'suffix', 'reach', 'relative']);

export function figuresOfSentence(sentence: Span, inTitle: (offset: number) => boolean): Found[] {
  const found: Found[] = [];
  const clauses = splitClauses(sentence);
  clauses.forEach((clause, k) => {
    if (CONDITION.test(clause.text)) return;
    const offset = clause.start - sentence.start;
    const figures = findClauseFigures(clause.text, (o) => inTitle(offset + o));
    const firstOfClause = found.length;
    let beforeTaken = false;
    figures.forEach((figure, i) => {
      const next = figures[i + 1];
      const after = clause.text.slice(figure.end, Math.min(next ? next.cueStart : clause.text.length, figure.end + 60));
      const named = subjectOf(clause.text, figure, after, beforeTaken);
      beforeTaken = named.from === 'after';
      let subject = named.subject;
      if (named.from === 'earlier') subject = pricedEarlier(clauses, k);
      if (named.from === 'after' && !named.owned && subject !== '') subject = ownerBefore(clauses, k) + subject;
      if (WEAK_SUBJECT.test(subject) && !next) subject = cleanSubject(clauses[k + 1]?.text ?? '') || subject;
      found.push({ clause, figure, subject });
    });
    shareSubjects(found.slice(firstOfClause), clause.text);
  });
  found.forEach((f, i) => {
    const prev = found[i - 1];
    if (!prev) return;
    // A figure whose clause names nothing measures what the previous one did.
    if (f.subject === '') f.subject = prev.subject;
    // "2025年达到一级…每人每月120元，二级…每人每月90元": parallel money or rate clauses share the
    // bounding word; counts do not ("至少打造5个示范点，推动23个镇全覆盖").
    const bare = f.figure.op === null && (f.figure.cue === 'money' || (f.figure.cue === 'none' && f.figure.unit === '%'));
    if (bare && BOUNDING_CUES.has(prev.figure.cue) && prev.figure.unit === f.figure.unit) {
      f.figure = { ...f.figure, op: prev.figure.op, cue: prev.figure.cue };
    }
  });
  return found;
}

function shareSubjects(run: Found[], clause: string): void {
  // "3737户4083名贫困残疾人脱贫": adjacent figures share the phrase that follows them.
  for (let i = run.length - 2; i >= 0; i--) {
    const [f, g] = [run[i] as Found, run[i + 1] as Found];
    if (f.subject === '' && clause.slice(f.figure.end, g.figure.cueStart).trim() === '') f.subject = g.subject;
  }
  const named = run[0];
  if (!named || !/分别/.test(clause) || run.slice(1).some((f) => f.subject !== '')) return;
  distributeSubject(named.subject, run.length)?.forEach((s, i) => ((run[i] as Found).subject = s));
}

