/**
 * Dates and periods in a plan's front matter: a line that is nothing but a date, a date line
 * that could not be read, "(2021—2025年)" and "十四五" as plan periods.
 */
import { isWhiteSpace, trimmedEnd, trimmedStart } from './chars.js';
import type { Line } from './lines.js';
import { parseChineseNumber } from './numerals.js';

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
  // Both patterns end in 日 or a digit: most lines are settled without them.
  const end = trimmedEnd(text);
  // Never read past the text (chars.ts says why).
  if (end === 0) return null;
  const last = text.charCodeAt(end - 1);
  if (last !== 0x65e5 && !(last >= 0x30 && last <= 0x39)) return null;
  const t = text.trim();
  const cn = CLEAN_DATE.exec(t);
  if (cn) return isoDate(parseChineseNumber(cn[1] ?? ''), parseChineseNumber(cn[2] ?? ''), parseChineseNumber(cn[3] ?? ''));
  const iso = ISO_DATE.exec(t);
  return iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

/** A date-like line among the first `within` that could not be read ("2022年630"), for a diagnostic. */
export function findBrokenDate(lines: readonly Line[], within = lines.length): Line | null {
  for (let i = 0; i < Math.min(lines.length, within); i++) {
    const line = lines[i] as Line;
    // The pattern opens with a digit: other lines are settled by their first character.
    // Blank lines are skipped before any charCodeAt past their end (see readDateLine).
    const start = line.text.length > 0 && !isWhiteSpace(line.text.charCodeAt(0)) ? 0 : trimmedStart(line.text);
    if (start === line.text.length) continue;
    const c = line.text.charCodeAt(start);
    if (c >= 0x30 && c <= 0x39 && BROKEN_DATE.test(line.text.trim())) return line;
  }
  return null;
}

const BROKEN_DATE = /^\d{4}\s*年\s*\d{2,4}\s*(?:日)?$/;

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
