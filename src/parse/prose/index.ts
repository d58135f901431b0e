/**
 * Figures stated in sentences: targets (commitments for the plan period) and achievements (what the
 * 十三五 review reports). Entry point for the parser; see docs/prose-figures.md for the rules.
 */
import type { Diagnostic, Heading, ProseFigure } from '../../model/types.js';
import type { Line } from '../lines.js';
import { findClauseFigures, isCommitment, type ClauseFigure, type Cue } from './figures.js';
import { buildParagraphs, lastAtOrBefore, lineAt, splitClauses, splitSentences, type Paragraph, type Span } from './paragraphs.js';
import { flattenHeadings, mapSections, type SectionMap } from './sections.js';
import { cleanSubject, distributeSubject, subjectOf } from './subject.js';
import { isPast, sentenceTiming, yearFor, yearsIn, type Period, type YearMention } from './timing.js';
import { findUnitlessBounds } from './unitless.js';

export interface ProseResult {
  targets: ProseFigure[];
  achievements: ProseFigure[];
  diagnostics: Omit<Diagnostic, 'file'>[];
}

// "对招用残疾人比例超过1.6%、不足25%的，…给予奖励": a condition, not a commitment.
const CONDITION = /^\s*(?:对|凡|若|如|因)[^]*的\s*[，,：:]?\s*$/;

// Offsets inside 《titles》: numbers there name documents, not figures.
function titleRanges(text: string): (offset: number) => boolean {
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

function clauseText(clause: string, figure: ClauseFigure): string {
  const text = clause.length <= MAX_CLAUSE_TEXT ? clause : clause.slice(Math.max(0, figure.cueStart - 100), figure.end + 40);
  return text.replace(/[，。；：,;:]+$/, '').trim();
}

interface Found {
  clause: Span;
  figure: ClauseFigure;
  subject: string;
}

// A subject that names only the kind of figure: the measure is in the next clause ("按…50元的标准，实施…项目").
const WEAK_SUBJECT = /^(?:标准|比例)$/;
const BOUNDING_CUES: ReadonlySet<Cue> = new Set(['comparator', 'suffix', 'reach', 'relative']);

function figuresOfSentence(sentence: Span, inTitle: (offset: number) => boolean): Found[] {
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

interface Context {
  period: Period;
  sections: SectionMap;
  result: ProseResult;
}

// Most sentences hold no number at all; they are passed over before any clause work.
const MAY_HOLD_FIGURE = /\d|至少|不少于|不低于|最少/;

function record(ctx: Context, p: Paragraph, sentence: Span, paragraphPast: () => boolean): void {
  if (!MAY_HOLD_FIGURE.test(sentence.text)) return;
  const inTitle = titleRanges(sentence.text);
  const years: YearMention[] = yearsIn(sentence.text, inTitle);
  const timing = sentenceTiming(sentence.text, years, ctx.period);
  for (const { clause, figure, subject } of figuresOfSentence(sentence, inTitle)) {
    const line = lineAt(p, clause.start + figure.numberStart);
    const past = isPast(timing, ctx.sections.isBackground(line), paragraphPast);
    if (!past && !isCommitment(figure)) continue;
    const reachOp = past ? '=' : '>=';
    const op = figure.op ?? (figure.cue === 'reach' ? reachOp : '=');
    const year = yearFor(years, clause.start - sentence.start + figure.numberStart) ?? (past ? null : ctx.period.end);
    const prose: ProseFigure = {
      text: clauseText(clause.text, figure),
      subject,
      value: { op, value: figure.value, text: figure.text, ...(figure.relative ? { relativeTo: 'baseline' as const } : {}) },
      unit: figure.unit,
      year,
      section: ctx.sections.titleAt(line),
      source: { line },
    };
    (past ? ctx.result.achievements : ctx.result.targets).push(prose);
  }
  for (const clause of splitClauses(sentence)) {
    for (const u of findUnitlessBounds(clause.text)) {
      ctx.result.diagnostics.push({
        level: 'info',
        line: lineAt(p, clause.start + u.offset),
        code: 'parse/prose-unknown-unit',
        message: `A bounded figure "${u.text}" has a unit the prose unit list does not know; it was not read as a target.`,
        args: { text: u.text },
      });
    }
  }
}

export function extractProse(lines: Line[], headings: Heading[], period: Period): ProseResult {
  const sections = mapSections(headings);
  const headingLines = new Set(flattenHeadings(headings).map((h) => h.line));
  const ctx: Context = { period, sections, result: { targets: [], achievements: [], diagnostics: [] } };
  for (const p of buildParagraphs(lines, headingLines)) {
    const sentences = splitSentences(p);
    let opensInPast: boolean | null = null;
    // A paragraph that opens with "“十三五”时期…" reports throughout; read only when a figure needs it.
    const paragraphPast = (): boolean => {
      if (opensInPast === null) {
        const opening = sentences[0]?.text ?? '';
        const t = sentenceTiming(opening, yearsIn(opening, titleRanges(opening)), period);
        opensInPast = t.pastWords && !t.futureWords;
      }
      return opensInPast;
    };
    for (const sentence of sentences) record(ctx, p, sentence, paragraphPast);
  }
  return ctx.result;
}
