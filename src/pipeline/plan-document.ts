/**
 * A parsed plan with its text, whose lines are split on first use. A worker thread sends the
 * text as one string: cloning one string is a copy, cloning an array of a hundred thousand line
 * strings is that many allocations on both threads, for lines only text reuse ever reads.
 */
import type { Plan, PlanDocument } from '../model/types.js';
import { splitLineBreaks } from '../text/line-breaks.js';

/** What crosses from a worker to the main thread for one plan. */
export interface DocumentParts {
  plan: Plan;
  /** The parsed text (BOM removed); `lines` are its CRLF/CR/LF-separated lines. */
  text: string;
  lineMap: readonly number[] | null;
}

export function planDocument(parts: DocumentParts): PlanDocument {
  let lines: readonly string[] | undefined;
  return {
    plan: parts.plan,
    get lines(): readonly string[] {
      return (lines ??= splitLineBreaks(parts.text));
    },
    lineMap: parts.lineMap,
  };
}
