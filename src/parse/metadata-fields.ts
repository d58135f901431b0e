/**
 * Front-matter fields of a government document: 发文字号, issuing body, date, plan period, draft
 * status. Read from a scraped page's "[ 字段 ] value" pairs when present, else from the shape of
 * the cover letter (a document number standing alone; the signature block in metadata-signature.ts).
 */
import { trimmedEnd } from './chars.js';
import type { Line } from './lines.js';


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

// 试行 (trial implementation) is a final document; these words mark unfinished ones.
const DRAFT = /征求意见稿|草案|送审稿|讨论稿|修改稿|初稿/;

export function looksDraft(text: string): boolean {
  return DRAFT.test(text);
}
