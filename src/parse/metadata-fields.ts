/**
 * Front-matter fields of a government document: 发文字号, issuing body, date, plan period, draft
 * status. Read from a scraped page's "[ 字段 ] value" pairs when present, else from the shape of
 * the cover letter (a document number standing alone, a signature line over a date).
 */
import { isWhiteSpace, trimmedEnd } from './chars.js';
import type { Line } from './lines.js';
import { readDateLine } from './metadata-dates.js';


// Indices of the lines that open with a field bracket, found once per document: metadata asks
// for several fields, and most documents hold no such line at all.
const OPENER_LINES = new WeakMap<readonly Line[], number[]>();

function openerLines(lines: readonly Line[]): number[] {
  let found = OPENER_LINES.get(lines);
  if (found === undefined) {
    found = [];
    for (let i = 0; i < lines.length; i++) {
      const text = (lines[i] as Line).text;
      // Blank lines are skipped before any charCodeAt past their end (see lastCode).
      const c = text.length > 0 ? text.charCodeAt(0) : 0;
      if (c === 0x5b || c === 0xff3b || c === 0x3010) found.push(i); // [ ［ 【
    }
    OPENER_LINES.set(lines, found);
  }
  return found;
}

// The pattern of each label asked for, made once: a few labels, asked for in every document.
const FIELD_PATTERNS = new Map<string, RegExp>();

function fieldPattern(label: string): RegExp {
  let field = FIELD_PATTERNS.get(label);
  if (field === undefined) {
    field = new RegExp(`^[\\[［【]\\s*${label}\\s*[\\]］】]\\s*[:：]?\\s*(.*)$`);
    FIELD_PATTERNS.set(label, field);
  }
  return field;
}

/** "[ 发文字号 ]" followed by its value on the next non-empty line (government site info boxes). */
export function scrapedField(lines: readonly Line[], label: string): { value: string; line: number } | null {
  const field = fieldPattern(label);
  for (const i of openerLines(lines)) {
    const text = lines[i]?.text ?? '';
    const m = field.exec(text);
    if (!m) continue;
    if ((m[1] ?? '').trim() !== '') return { value: (m[1] ?? '').trim(), line: lines[i]?.no ?? 0 };
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
    // The next label means this field was left empty ("[ 有效性 ]" then "[ 成文日期 ]").
    if (!next || /^[\[［【]/.test(next.text)) return null;
    return { value: next.text.trim(), line: next.no };
  }
  return null;
}

// 自府发〔2022〕24号, 巴南府发〔2022〕35号, 川残联发[2021]3号: issuer abbreviation, year in brackets, serial.
const DOC_NUMBER = /^[\p{Script=Han}]{1,14}\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d{1,4}\s*号$/u;

/** The document's own 发文字号: a line that is nothing but a document number, near the top. */
export function findDocNumber(lines: readonly Line[], within = 40): { value: string; line: number } | null {
  const scraped = scrapedField(lines, '发文字号');
  if (scraped && DOC_NUMBER.test(scraped.value.replace(/\s+/g, ''))) return scraped;
  for (const line of lines.slice(0, within)) {
    // DOC_NUMBER ends in 号: other lines need no copy without spaces.
    if (!endsWith(line.text, 0x53f7)) continue;
    const text = line.text.replace(/\s+/g, '');
    if (DOC_NUMBER.test(text)) return { value: text, line: line.no };
  }
  return null;
}

/** Whether the last character of `text` that is not white space has the code `c`. */
function endsWith(text: string, c: number): boolean {
  const end = trimmedEnd(text);
  return end > 0 && text.charCodeAt(end - 1) === c;
}

// The names of issuing bodies end like this; a signature is such a name alone on its line.
const ISSUER = /^[\p{Script=Han}（）()]{2,40}(?:人民政府|人民政府办公室|人民政府办公厅|办公厅|办公室|委员会|联合会|残联|局|厅|委)$/u;

// The most characters ISSUER matches: 40, then 人民政府办公室 or 人民政府办公厅.
const ISSUER_MAX = 47;

// The last characters ISSUER allows, by code: a cheap test before it, on every line of the document.
const ISSUER_LAST = new Uint8Array(0x10000);
for (const c of '府室厅会联局委') ISSUER_LAST[c.charCodeAt(0)] = 1;

/**
 * The code of the last character of `text` that is not white space (0 for a blank text). Never
 * reads past the text: V8 reoptimizes a function whose charCodeAt did with a slow builtin call.
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

// 试行 (trial implementation) is a final document; these words mark unfinished ones.
const DRAFT = /征求意见稿|草案|送审稿|讨论稿|修改稿|初稿/;

export function looksDraft(text: string): boolean {
  return DRAFT.test(text);
}
