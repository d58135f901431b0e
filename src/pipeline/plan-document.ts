/**
 * A parsed plan with its text, whose lines are split on first use. A worker thread sends the
 * text as one string: cloning one string is a copy, cloning an array of a hundred thousand line
 * strings is that many allocations on both threads, for lines only text reuse ever reads.
 *
 * Better still, a worker moves the text as UTF-16 bytes (sentText): the ArrayBuffer changes
 * threads without a copy and stays outside the main thread's V8 heap, whose young-generation
 * collections would otherwise copy each text twice on its way to the old generation. It becomes
 * a string again when its lines are first read.
 */
import { Buffer } from 'node:buffer';
import type { Plan, PlanDocument } from '../model/types.js';
import { splitLineBreaks } from '../text/line-breaks.js';

/** What crosses from a worker to the main thread for one plan. */
export interface DocumentParts {
  plan: Plan;
  /** The parsed text (BOM removed), or its UTF-16LE code units (sentText); `lines` are its CRLF/CR/LF-separated lines. */
  text: string | Uint8Array;
  lineMap: readonly number[] | null;
}

/** The text as UTF-16LE code units in an ArrayBuffer of its own, which can be transferred. */
export function sentText(text: string): Uint8Array {
  // allocUnsafeSlow: never a slice of Buffer's shared pool, which a transfer would detach.
  const bytes = Buffer.allocUnsafeSlow(text.length * 2);
  bytes.write(text, 0, 'utf16le');
  return bytes;
}

function textOf(text: string | Uint8Array): string {
  return typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf16le');
}

export function planDocument(parts: DocumentParts): PlanDocument {
  // Once split, the text is dropped: the lines hold it.
  let text: string | Uint8Array | null = parts.text;
  let lines: readonly string[] | undefined;
  return {
    plan: parts.plan,
    get lines(): readonly string[] {
      if (lines === undefined) {
        lines = splitLineBreaks(textOf(text ?? ''));
        text = null;
      }
      return lines;
    },
    lineMap: parts.lineMap,
  };
}
