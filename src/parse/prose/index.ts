/**
 * Figures stated in sentences: targets (commitments for the plan period) and achievements (what the
 * 十三五 review reports). Entry point for the parser; see docs/prose-figures.md for the rules.
 */
import type { Comparator, Diagnostic, Heading, ProseFigure } from '../../model/types.js';
import type { Line } from '../lines.js';
import { flattenHeadings } from '../headings.js';
import { isCommitment, type ClauseFigure } from './figures.js';
import { buildParagraphs, lineAt, type Paragraph } from './paragraphs.js';
import { openingSentence, sentencesFound, splitClauses, type Span } from './sentences.js';
import { mapSections, type SectionMap } from './sections.js';
import { clauseText, figuresOfSentence, titleRanges } from './sentence-figures.js';
import { isPast, sentenceTiming, yearFor, yearsIn, type Period, type YearMention } from './timing.js';
import { findUnitlessBounds } from './unitless.js';
import { figureShapeFrom } from './gate.js';
import { holdsBoundedDigit } from './shape-scan.js';

export interface ProseResult {
  targets: ProseFigure[];
  achievements: ProseFigure[];
  diagnostics: Omit<Diagnostic, 'file'>[];
}

interface Context {
  period: Period;
  sections: SectionMap;
  result: ProseResult;
}

function valueOf(op: Comparator, figure: ClauseFigure): ProseFigure['value'] {
  const value: ProseFigure['value'] = { op, value: figure.value, text: figure.text };
  // Added after the others, so the key order (and the JSON) is what a spread gave.
  if (figure.relative) value.relativeTo = 'baseline';
  return value;
}

/** The figures of one sentence that may state one (the shape scan found one in it). */
function record(ctx: Context, p: Paragraph, sentence: Span, paragraphPast: () => boolean): void {
  const inTitle = titleRanges(sentence.text);
  const years: YearMention[] = yearsIn(sentence.text, inTitle);
  const timing = sentenceTiming(sentence.text, years, ctx.period);
  const clauses = splitClauses(sentence);
  for (const { clause, figure, subject } of figuresOfSentence(sentence, inTitle, clauses)) {
    const line = lineAt(p, clause.start + figure.numberStart);
    // The section is read only when the sentence's own words leave its time open (isPast's first rule).
    const past = timing.pastWords !== timing.futureWords ? timing.pastWords : isPast(timing, ctx.sections.isBackground(line), paragraphPast);
    if (!past && !isCommitment(figure)) continue;
    const reachOp = past ? '=' : '>=';
    const op = figure.op ?? (figure.cue === 'reach' ? reachOp : '=');
    const year = yearFor(years, clause.start - sentence.start + figure.numberStart) ?? (past ? null : ctx.period.end);
    const prose: ProseFigure = {
      text: clauseText(clause.text, figure),
      subject,
      value: valueOf(op, figure),
      unit: figure.unit,
      year,
      section: ctx.sections.titleAt(line),
      source: { line },
    };
    (past ? ctx.result.achievements : ctx.result.targets).push(prose);
  }
  // A bounding word right before a digit is what findUnitlessBounds needs; most sentences have none.
  // /(?:不低于|不少于|至少|不超过|超过|控制在|达到)\s*\d/ on half-width text (no full-width digits).
  if (!holdsBoundedDigit(sentence.text)) return;
  for (const clause of clauses) {
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
  const flat = flattenHeadings(headings);
  const sections = mapSections(flat);
  const headingLines = new Set(flat.map((h) => h.line));
  const ctx: Context = { period, sections, result: { targets: [], achievements: [], diagnostics: [] } };
  // Nine paragraphs in ten state no figure: they are not even built, let alone split into sentences.
  // Where the gate found the first shape of each paragraph it kept (in order), so the search for
  // sentences starts there; the gate reads the text as written, with the same answer (gate.ts).
  const firstShapes: number[] = [];
  const keep = (written: string): boolean => {
    const at = figureShapeFrom(written, 0);
    if (at >= 0) firstShapes.push(at);
    return at >= 0;
  };
  const paragraphs = buildParagraphs(lines, headingLines, keep);
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k] as Paragraph;
    let opensInPast: boolean | null = null;
    // A paragraph that opens with "“十三五”时期…" reports throughout; read only when a figure needs it.
    const paragraphPast = (): boolean => {
      if (opensInPast === null) {
        const opening = openingSentence(p);
        const t = sentenceTiming(opening, yearsIn(opening, titleRanges(opening)), period);
        opensInPast = t.pastWords && !t.futureWords;
      }
      return opensInPast;
    };
    // Most sentences of a paragraph that states a figure state none themselves: only those that may are cut out.
    for (const sentence of sentencesFound(p, figureShapeFrom, firstShapes[k])) record(ctx, p, sentence, paragraphPast);
  }
  return ctx.result;
}
