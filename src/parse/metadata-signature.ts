/**
 * The signature block of a cover letter: an issuing body's name alone on its line, over a date.
 */
import { codeTable, isWhiteSpace, trimmedEnd } from './chars.js';
import type { Line } from './lines.js';
import { readDateLine } from './metadata-dates.js';

// The names of issuing bodies end like this; a signature is such a name alone on its line.
const ISSUER = /^[\p{Script=Han}（）()]{2,40}(?:人民政府|人民政府办公室|人民政府办公厅|办公厅|办公室|委员会|联合会|残联|局|厅|委)$/u;

// The most characters ISSUER matches: 40, then 人民政府办公室 or 人民政府办公厅.
const ISSUER_MAX = 47;

// The last characters ISSUER allows, by code: a cheap test before it, on every line of the document.
const ISSUER_LAST = codeTable('府室厅会联局委');

/**
 * The code of the last character of `text` that is not white space (0 for a blank text). Never
 * reads past the text (chars.ts says why).
 */
function lastCode(text: string): number {
  if (text.length === 0) return 0;
  const c = text.charCodeAt(text.length - 1);
  // Lines are trimmed: their last character is nearly always a Han character or punctuation.
  if (c > 0x3000 && c !== 0xfeff) return c;
  const end = trimmedEnd(text);
  return end > 0 ? text.charCodeAt(end - 1) : 0;
}

export interface Signature {
  issuer: string | null;
  issuedOn: string | null;
  line: number | null;
}

/**
 * The signature block: a body's name followed within three lines by a clean date. The first such
 * pair wins (a cover letter's signature comes before any annex). Falls back to the first clean
 * date line anywhere, without an issuer.
 */
export function findSignature(lines: readonly Line[]): Signature {
  // The first clean date line, the fallback: found in the same pass.
  let firstDate: Signature | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text.length === 0) continue;
    // lastCode's own first test, inline: it settles nearly every line without the call.
    let last = line.text.charCodeAt(line.text.length - 1);
    if (!(last > 0x3000 && last !== 0xfeff)) last = lastCode(line.text);
    if (firstDate === null && (last === 0x65e5 || (last >= 0x30 && last <= 0x39))) {
      const date = readDateLine(line.text);
      if (date) firstDate = { issuer: null, issuedOn: date, line: line.no };
    }
    if (ISSUER_LAST[last] !== 1 || !mayBeIssuer(line.text) || !ISSUER.test(line.text.replace(/\s+/g, ''))) continue;
    // Blank lines (all white space) are skipped in place: no copy of the non-blank ones is made.
    for (let j = i + 1, seen = 0; j < lines.length && seen < 3; j++) {
      const next = lines[j] as Line;
      if (trimmedEnd(next.text) === 0) continue;
      seen++;
      const date = readDateLine(next.text);
      if (date) return { issuer: line.text.replace(/\s+/g, ''), issuedOn: date, line: next.no };
    }
  }
  // A blank line reads as no date.
  return firstDate ?? { issuer: null, issuedOn: null, line: null };
}

/**
 * Whether `text` without white space is short enough for ISSUER (2 to 40 characters and a suffix
 * of at most 7): a sentence that ends like a body's name is settled before its copy is made.
 */
function mayBeIssuer(text: string): boolean {
  if (text.length <= ISSUER_MAX) return true;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ISSUER counts code points: the second half of a pair is not counted.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    // Han characters and ASCII letters and signs are not white space: no call for them.
    if ((c > 0x3000 && c !== 0xfeff) || (c > 0x20 && c < 0x7f) || !isWhiteSpace(c)) {
      if (++kept > ISSUER_MAX) return false;
    }
  }
  return true;
}
