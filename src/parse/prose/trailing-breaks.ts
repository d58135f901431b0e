/**
 * Removing a run of breaks (，。；：…) that ends a text: what text.replace(trailingRun(/[…]/), '')
 * (text/trailing-run.ts) does, by walking back over the run's characters from the end. Most texts
 * end in a word (nothing to walk) or in one break (a clause keeps the comma that ends it).
 */
import { isWhiteSpace } from '../chars.js';

/** text.replace(trailingRun(/[…]/), '') for the characters `chars`, and spaces (\s) when `spaces`. */
export function trailingBreaksRemover(chars: string, spaces: boolean): (text: string) => string {
  const codes = new Set([...chars].map((c) => c.charCodeAt(0)));
  const isBreak = (c: number): boolean => codes.has(c) || (spaces && isWhiteSpace(c));
  return (text) => {
    let end = text.length;
    while (end > 0 && isBreak(text.charCodeAt(end - 1))) end--;
    return end === text.length ? text : text.slice(0, end);
  };
}
