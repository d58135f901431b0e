/**
 * Removing a run of breaks (，。；：…) that ends a text: the pattern of text/trailing-run.ts, tried
 * only when the text's last character is one of them (most texts end in a word).
 */
import { trailingRun } from '../../text/trailing-run.js';
import { isWhiteSpace } from '../chars.js';

/** text.replace(trailingRun(/[…]/), '') for the characters `chars`, and spaces (\s) when `spaces`. */
export function trailingBreaksRemover(chars: string, spaces: boolean): (text: string) => string {
  const run = trailingRun(new RegExp(`[${spaces ? '\\s' : ''}${chars.replace(/[\\\]^-]/g, '\\$&')}]`));
  const codes = new Set([...chars].map((c) => c.charCodeAt(0)));
  return (text) => {
    const last = text.charCodeAt(text.length - 1);
    return codes.has(last) || (spaces && isWhiteSpace(last)) ? text.replace(run, '') : text;
  };
}
