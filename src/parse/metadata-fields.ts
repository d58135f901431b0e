/**
 * Front-matter fields of a government document: 发文字号, issuing body, date, plan period, draft
 * status. Read from a scraped page's "[ 字段 ] value" pairs when present, else from the shape of
 * the cover letter (a document number standing alone, a signature line over a date).
 */
import type { Line } from './lines.js';
import { parseChineseNumber } from './numerals.js';

const FIELD_OPENERS = '[［【';

// Indices of the lines that open with a field bracket, found once per document: metadata asks
// for several fields, and most documents hold no such line at all.
const OPENER_LINES = new WeakMap<readonly Line[], number[]>();

function openerLines(lines: readonly Line[]): number[] {
  let found = OPENER_LINES.get(lines);
  if (found === undefined) {
    found = [];
    for (let i = 0; i < lines.length; i++) if (FIELD_OPENERS.includes((lines[i]?.text ?? '').charAt(0))) found.push(i);
    OPENER_LINES.set(lines, found);
  }
  return found;
}

/** "[ 发文字号 ]" followed by its value on the next non-empty line (government site info boxes). */
export function scrapedField(lines: readonly Line[], label: string): { value: string; line: number } | null {
  const field = new RegExp(`^[\\[［【]\\s*${label}\\s*[\\]］】]\\s*[:：]?\\s*(.*)$`);
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
    const text = line.text.replace(/\s+/g, '');
    if (DOC_NUMBER.test(text)) return { value: text, line: line.no };
  }
  return null;
}

const CN_NUM = '[〇零一二三四五六七八九十]';
const CLEAN_DATE = new RegExp(
  `^(\\d{4}|${CN_NUM}{4})\\s*年\\s*(\\d{1,2}|${CN_NUM}{1,3})\\s*月\\s*(\\d{1,2}|${CN_NUM}{1,3})\\s*日$`,
);
const ISO_DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;

function isoDate(y: number | null, m: number | null, d: number | null): string | null {
  if (y === null || m === null || d === null || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A line that is nothing but a date: "2022年7月28日", "二〇二二年七月二十八日", "2022-06-30". */
export function readDateLine(text: string): string | null {
  const t = text.trim();
  const cn = CLEAN_DATE.exec(t);
  if (cn) return isoDate(parseChineseNumber(cn[1] ?? ''), parseChineseNumber(cn[2] ?? ''), parseChineseNumber(cn[3] ?? ''));
  const iso = ISO_DATE.exec(t);
  return iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

// The names of issuing bodies end like this; a signature is such a name alone on its line.
const ISSUER = /^[\p{Script=Han}（）()]{2,40}(?:人民政府|人民政府办公室|人民政府办公厅|办公厅|办公室|委员会|联合会|残联|局|厅|委)$/u;

// The last characters ISSUER allows: a cheap test before it, on every line of the document.
const ISSUER_LAST = '府室厅会联局委';

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
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  for (let i = 0; i < nonEmpty.length; i++) {
    const line = nonEmpty[i];
    if (!line || !ISSUER_LAST.includes(line.text.trimEnd().slice(-1)) || !ISSUER.test(line.text.replace(/\s+/g, ''))) continue;
    for (const next of nonEmpty.slice(i + 1, i + 4)) {
      const date = readDateLine(next.text);
      if (date) return { issuer: line.text.replace(/\s+/g, ''), issuedOn: date, line: next.no };
    }
  }
  for (const line of nonEmpty) {
    const date = readDateLine(line.text);
    if (date) return { issuer: null, issuedOn: date, line: line.no };
  }
  return { issuer: null, issuedOn: null, line: null };
}

/** A date-like line that could not be read ("2022年630"), for a diagnostic. */
export function findBrokenDate(lines: readonly Line[]): Line | null {
  return lines.find((l) => /^\d{4}\s*年\s*\d{2,4}\s*(?:日)?$/.test(l.text.trim())) ?? null;
}

const RANGE = /(\d{4})\s*(?:年)?\s*[—–\-－~～至到]+\s*(\d{4})\s*年?/;

/** "(2021—2025年)" in a string, as a period. */
export function readPeriodRange(text: string): { start: number; end: number } | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end >= start && end - start <= 15 ? { start, end } : null;
}

/** 十四五 → 2021–2025: the n-th five-year plan (regular since the sixth, 1981–1985). */
export function readFiveYearPlan(text: string): { start: number; end: number } | null {
  // Quoted or followed by 规划/时期 — a bare 十五 is usually just fifteen.
  const m = /[“"‘](十[一二三四五六七八九]?|[六七八九])五[”"’]|(十[一二三四五六七八九]?|[六七八九])五(?=规划|时期|期间)/.exec(text);
  if (!m) return null;
  const n = parseChineseNumber(m[1] ?? m[2] ?? '');
  if (n === null || n < 6) return null;
  const start = 1981 + 5 * (n - 6);
  return { start, end: start + 4 };
}

// 试行 (trial implementation) is a final document; these words mark unfinished ones.
const DRAFT = /征求意见稿|草案|送审稿|讨论稿|修改稿|初稿/;

export function looksDraft(text: string): boolean {
  return DRAFT.test(text);
}
