/**
 * Which text can state a figure at all, decided by one scan (shape-scan.ts; the patterns here are
 * its specification) before any sentence or clause work. Nearly all prose holds no number with a
 * unit; the test passes over it without splitting.
 *
 * The test is exactly as permissive as the work it guards (a superset, never narrower):
 * - every figure `findClauseFigures` reads is a number followed by a unit from `PROSE_UNITS`
 *   (after optional spaces and 余/多), or a percentage. An Arabic number ends in a digit and then
 *   perhaps the multipliers 千/万/亿 (its `%` is itself a unit on the list); a Chinese numeral is read
 *   only right after 至少/不少于/不低于/最少 and an optional verb; a written-out percentage contains 百分之.
 * - every `parse/prose-unknown-unit` diagnostic needs a bounding word right before a digit.
 * None of these shapes can hold a sentence or clause break, so a paragraph without one has no
 * sentence with one, and a sentence without one has no clause with one.
 *
 * Paragraphs are tested as written, before `toHalfWidth` (numerals.ts) makes full-width digits and
 * ％ ASCII: each ASCII character the patterns name also matches its full-width form, so the answer
 * is the same for the text and its half-width copy, and the copy is made only for paragraphs that pass.
 */
import { fullWidthOf, HALF_WIDTH_MAPPED } from '../numerals.js';
import { PROSE_UNITS } from './units.js';
import { figureShapeAt } from './shape-scan.js';

const escape = (c: string): string => c.replace(/[\\\]^-]/g, '\\$&');
const eitherWidth = (c: string): string => (HALF_WIDTH_MAPPED.includes(c) ? c + fullWidthOf(c) : c);
const DIGIT = '[0-9０-９]';
// The first character of every written unit: a unit can only begin with one of them.
const UNIT_START = `[${[...new Set(PROSE_UNITS.map((u) => String.fromCodePoint(u.written.codePointAt(0) ?? 0)))].map(eitherWidth).map(escape).join('')}]`;
// Spaces, perhaps 余/多 and more spaces: the language of units.ts's /\s*(余|多)?\s*/, written so that
// a long run of spaces followed by no unit is given up in linear time ("\s*[余多]?\s*" tries every
// split of the run between its two \s*, quadratic in its length).
const LEAD = String.raw`\s*(?:[余多]\s*)?`;
const CHINESE_NUMBER_AFTER_BOUND = String.raw`(?:至少|不少于|不低于|最少)(?:建有|配备|安排|设立|有|为)?[一两二三四五六七八九十百千]+`;

const ARABIC_WITH_UNIT = new RegExp(`${DIGIT}[千万亿]*${LEAD}${UNIT_START}`);
const CHINESE_OR_PERCENT = new RegExp(`${CHINESE_NUMBER_AFTER_BOUND}${LEAD}${UNIT_START}|百分之`);
// The prefix of findUnitlessBounds' pattern (unitless.ts).
const BOUNDED_DIGIT = new RegExp(`(?:不低于|不少于|至少|不超过|超过|控制在|达到)\\s*${DIGIT}`);
/** What holdsNumberWithUnit looks for, as a pattern (its specification). */
export const NUMBER_WITH_UNIT = new RegExp(`${ARABIC_WITH_UNIT.source}|${CHINESE_OR_PERCENT.source}`);

/**
 * Every shape mayStateFigure looks for, as one global pattern: a text holds a match exactly when
 * mayStateFigure passes it, and no match holds a sentence or clause break. The scan of
 * shape-scan.ts finds the same matches without the pattern; this is its specification.
 */
export const FIGURE_SHAPE = new RegExp(`${ARABIC_WITH_UNIT.source}|${BOUNDED_DIGIT.source}|${CHINESE_OR_PERCENT.source}`, 'g');

/** False only when `text` (as written or half-width) holds no number with a unit: no clause figure. */
export function holdsNumberWithUnit(text: string): boolean {
  return figureShapeAt(text, 0, false) >= 0;
}

/** False only when `text` (as written or half-width) cannot yield a prose figure or diagnostic. */
export function mayStateFigure(text: string): boolean {
  return figureShapeAt(text, 0, true) >= 0;
}

/** Where the first text mayStateFigure passes starts at or after `from` (a character inside a FIGURE_SHAPE match), or -1. */
export function figureShapeFrom(text: string, from: number): number {
  return figureShapeAt(text, from, true);
}
