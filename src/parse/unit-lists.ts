/**
 * Lists of responsible units (牵头单位 / 责任单位) as the documents write them:
 * "市民政局、市财政局，各县（市、区）人民政府" — split on 、 , ， ; ； but never inside brackets,
 * and the document's own rule for which units lead ("逗号前为牵头单位").
 */
import { trailingRun } from '../text/trailing-run.js';

// Each character's role as a bit set, looked up by code: the split looks at every character of
// a list, and a table lookup is far cheaper than a Set per role.
// A list's closing punctuation and spaces.
const LIST_END = trailingRun(/[。.；;，,、\s]/);

const OPENER = 1;
const CLOSER = 2;
const COMMAS = 4;
const SEMICOLONS = 8;
const SEPARATORS = 16;
const ROLE = new Uint8Array(0x10000);
const mark = (chars: string, role: number): void => {
  for (const c of chars) ROLE[c.charCodeAt(0)]! |= role;
};
mark('（(〔[【《<「“', OPENER);
mark('）)〕]】》>」”', CLOSER);
mark(',，', COMMAS);
mark(';；', SEMICOLONS);
mark('、,，;；', SEPARATORS);

/**
 * How a single cell holding both lead and co-responsible units is to be read.
 * 'comma' / 'semicolon': units before the first such mark lead; 'first': the first unit leads.
 */
export type LeadConvention = 'comma' | 'semicolon' | 'first';

// Each statement ends in 牵头: the patterns look for that word and read the statement backwards
// from it, so a document is scanned for 牵头 rather than tried at every comma.
const COMMA_LEADS = /牵头(?<=(?:逗号|，|,)\s*(?:之?前|前面)(?:的|面的)?(?:单位|部门)?(?:为|是)牵头)/;
const SEMICOLON_LEADS = /牵头(?<=(?:分号|；|;)\s*(?:之?前|前面)(?:的|面的)?(?:单位|部门)?(?:为|是)牵头)/;
const FIRST_LEADS = /牵头(?<=(?:排在?第一|排名第一|第一个|首位|列第一)(?:位|的)?(?:单位|部门)?(?:为|是)牵头)/;

const NOT_SPACE = /\S/;

/**
 * The convention the document states, searched in the texts of its lines joined by "\n", or null
 * when it states none. A statement ends in 牵头 and is a few characters long; only the \s* after
 * its 逗号/分号 can run across lines, and only across lines that are blank. So every statement
 * lies within the line that holds its 牵头 and the lines back to the nearest one that is not
 * blank: those windows, not the whole text, are searched.
 */
export function findLeadConvention(lines: readonly { text: string }[]): LeadConvention | null {
  const windows: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!(lines[k] as { text: string }).text.includes('牵头')) continue;
    let from = k - 1;
    while (from >= 0 && !NOT_SPACE.test((lines[from] as { text: string }).text)) from--;
    windows.push(lines.slice(Math.max(from, 0), k + 1).map((l) => l.text).join('\n'));
  }
  if (windows.length === 0) return null;
  if (windows.some((w) => COMMA_LEADS.test(w))) return 'comma';
  if (windows.some((w) => SEMICOLON_LEADS.test(w))) return 'semicolon';
  if (windows.some((w) => FIRST_LEADS.test(w))) return 'first';
  return null;
}

// Bracketed remarks that explain the convention rather than name a unit: "（逗号前为牵头单位，下同）".
const REMARK = /[（(][^（）()]*(?:牵头|下同|排名|首位)[^（）()]*[)）]/g;

/** Removes explanatory remarks and trailing full stops from a unit list. */
export function cleanUnitList(text: string): string {
  return text.replace(REMARK, '').replace(LIST_END, '').trim();
}

/** Splits at top-level separators; `separators` is the role (COMMAS, SEMICOLONS, SEPARATORS) that counts. */
function splitTopLevel(text: string, separators: number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  // By code unit: every bracket and separator is a BMP character, so halves of a pair never match.
  for (let i = 0; i < text.length; i++) {
    const role = ROLE[text.charCodeAt(i)] as number;
    if (role === 0) continue;
    if (role & OPENER) depth++;
    else if (role & CLOSER && depth > 0) depth--;
    if (depth === 0 && role & separators) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** "市民政局、市财政局,各县（市、区）人民政府" → three units. Empty text → []. */
export function splitUnitList(text: string): string[] {
  return splitTopLevel(cleanUnitList(text), SEPARATORS)
    .map((u) => u.replace(/\s+/g, '').trim())
    .filter((u) => u !== '');
}

// A unit marked as leading in the list itself: "市残联（牵头）", "县人力社保局牵头". A unit
// marked "配合" / "参与" / "协同" is co-responsible, the mark dropped.
const LEAD_MARK = /\s*(?:[（(]\s*牵头(?:单位|部门)?\s*[)）]|牵头(?:负责)?)$/;
const CO_MARK = /\s*(?:[（(]\s*(?:配合|参与|协同|协办)(?:单位|部门)?\s*[)）]|配合|参与|协同|协办)$/;

/**
 * A list that marks its lead units ("市卫生健康委（牵头）、市残联", "县人力社保局牵头，县残联
 * 配合") read by its marks; null when no unit is marked as leading.
 */
export function splitMarkedLeads(text: string): { lead: string[]; co: string[] } | null {
  // Every lead mark holds 牵头: a list without it marks no lead.
  if (!text.includes('牵头')) return null;
  const parts = splitTopLevel(text.replace(LIST_END, ''), SEPARATORS).map((p) => p.trim());
  if (!parts.some((p) => LEAD_MARK.test(p))) return null;
  const lead: string[] = [];
  const co: string[] = [];
  for (const part of parts) {
    const isLead = LEAD_MARK.test(part);
    const unit = cleanUnitList(part.replace(LEAD_MARK, '').replace(CO_MARK, '')).replace(/\s+/g, '');
    if (unit !== '') (isLead ? lead : co).push(unit);
  }
  return { lead, co };
}

/** Reads one cell or line that holds both lead and co units, following `convention`. */
export function splitLeadAndCo(text: string, convention: LeadConvention): { lead: string[]; co: string[] } {
  const cleaned = cleanUnitList(text);
  if (convention === 'first') {
    const [first, ...rest] = splitUnitList(cleaned);
    return { lead: first === undefined ? [] : [first], co: rest };
  }
  const [head = '', ...tail] = splitTopLevel(cleaned, convention === 'comma' ? COMMAS : SEMICOLONS);
  return { lead: splitUnitList(head), co: splitUnitList(tail.join('、')) };
}
