/**
 * Sentences and clauses of a paragraph, as spans that keep their offset in the paragraph text.
 * Sentences end at 。；！？ (a semicolon separates dated steps: "…80元；2025年达到…"); clauses end at
 * ，：, (a comma between two 3-digit groups is a thousands separator, not a clause break).
 */
import type { Paragraph } from './paragraphs.js';
import { codeTable } from '../chars.js';

export interface Span {
  text: string;
  /** Offset of `text` within its paragraph. */
  start: number;
}

function splitKeeping(text: string, start: number, delimiters: RegExp): Span[] {
  const spans: Span[] = [];
  let from = 0;
  delimiters.lastIndex = 0;
  for (let m = delimiters.exec(text); m !== null; m = delimiters.exec(text)) {
    const end = m.index + m[0].length;
    spans.push({ text: text.slice(from, end), start: start + from });
    from = end;
  }
  if (from < text.length) spans.push({ text: text.slice(from), start: start + from });
  return spans;
}

// Global patterns, reset before each use.
const SENTENCE_END = /[。；;！？!?]+/g;
// The clause breaks splitClauses finds (its specification; tests compare the two).
export const CLAUSE_END = /[，：:]|,(?!\d{3}(?!\d))/g;

export function splitSentences(paragraph: Paragraph): Span[] {
  return splitKeeping(paragraph.text, 0, SENTENCE_END);
}

/** Whether text[i] ends a clause as CLAUSE_END reads it: ，：: or a comma not between 3-digit groups. */
function endsClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0xff0c || c === 0xff1a || c === 0x3a) return true;
  if (c !== 0x2c) return false;
  // ",(?!\d{3}(?!\d))": a thousands separator is followed by exactly three digits (reads stay inside the text).
  const n = text.length;
  if (i + 3 >= n || !(isAsciiDigit(text.charCodeAt(i + 1)) && isAsciiDigit(text.charCodeAt(i + 2)) && isAsciiDigit(text.charCodeAt(i + 3)))) return true;
  return i + 4 < n && isAsciiDigit(text.charCodeAt(i + 4));
}

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** splitKeeping(sentence.text, sentence.start, CLAUSE_END), by character code (the pattern's matches are one character). */
export function splitClauses(sentence: Span): Span[] {
  const { text, start } = sentence;
  const spans: Span[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Most characters are none of the four: one comparison chain before the call.
    if ((c === 0xff0c || c === 0xff1a || c === 0x3a || c === 0x2c) && endsClause(text, i)) {
      spans.push({ text: text.slice(from, i + 1), start: start + from });
      from = i + 1;
    }
  }
  if (from < text.length) spans.push({ text: text.slice(from), start: start + from });
  return spans;
}

// SENTENCE_END's characters 。；;！？!? by code (a lookup in the loops below, not a call per character).
const END_MARK = codeTable('。；;！？!?');

/** The end of the sentence that holds `offset` (after its run of end marks), as splitSentences cuts it. */
function sentenceEndAfter(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && END_MARK[text.charCodeAt(end)] === 0) end++;
  while (end < text.length && END_MARK[text.charCodeAt(end)] === 1) end++;
  return end;
}

/**
 * Start and end of the sentence that holds `offset` (no end mark), as splitSentences cuts it.
 * `from` is a sentence start at or before it: the sentence starts after the last end mark between
 * them (which ends its run, `offset` being no mark), and ends after the next run of marks.
 */
function sentenceAround(text: string, offset: number, from: number): [number, number] {
  let start = offset;
  while (start > from && END_MARK[text.charCodeAt(start - 1)] === 0) start--;
  return [start, sentenceEndAfter(text, offset)];
}

/** splitSentences(paragraph)[0].text, without splitting the rest. */
export function openingSentence(paragraph: Paragraph): string {
  return paragraph.text.slice(0, sentenceEndAfter(paragraph.text, 0));
}

/** Where a shape is found in `text` at or after `from` (a character inside the match), or -1. */
export type ShapeFinder = (text: string, from: number) => number;

/**
 * The sentences of splitSentences(paragraph) that hold a match of `shape` (a global pattern none of
 * whose matches holds an end mark), in order. Only those are cut out: most sentences of a paragraph
 * that states a figure state none themselves.
 */
export function sentencesHolding(paragraph: Paragraph, shape: RegExp): Span[] {
  return sentencesFound(paragraph, (text, from) => {
    shape.lastIndex = from;
    return shape.exec(text)?.index ?? -1;
  });
}

/** sentencesHolding with the matches found by `find`; `first`, when known, is what find(text, 0) gives. */
export function sentencesFound(paragraph: Paragraph, find: ShapeFinder, first?: number): Span[] {
  const text = paragraph.text;
  const spans: Span[] = [];
  for (let from = 0; from < text.length; ) {
    const at = from === 0 && first !== undefined ? first : find(text, from);
    if (at < 0) break;
    // A match holds no end mark, so it lies inside one sentence, and none of its characters is a mark.
    const [start, end] = sentenceAround(text, at, from);
    spans.push({ text: text.slice(start, end), start });
    from = end;
  }
  return spans;
}
