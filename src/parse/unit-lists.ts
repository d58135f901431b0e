/**
 * Lists of responsible units (牵头单位 / 责任单位) as the documents write them:
 * "市民政局、市财政局，各县（市、区）人民政府" — split on 、 , ， ; ； but never inside brackets,
 * and the document's own rule for which units lead ("逗号前为牵头单位").
 */
import { trailingRun } from '../text/trailing-run.js';
import { isWhiteSpace } from './chars.js';

// Each character's role as a bit set, looked up by code: the split looks at every character of
// a list, and a table lookup is far cheaper than a Set per role.
// A list's closing punctuation and spaces.
const LIST_END = trailingRun(/[。.；;，,、\s]/);

const OPENER = 1;
const CLOSER = 2;
const COMMAS = 4;
const SEMICOLONS = 8;
const SEPARATORS = 16;
/** White space (what /\s/ matches); no other role. */
const SPACE = 32;
/** What LIST_END removes: a list whose last character is none of these keeps its end. */
const ENDS_LIST = 64;
/** First characters of the words a REMARK holds (牵头, 下同, 排名, 首位). */
const REMARK_WORD = 128;
const ROLE = new Uint8Array(0x10000);
const mark = (chars: string, role: number): void => {
  for (const c of chars) ROLE[c.charCodeAt(0)]! |= role;
};
mark('（(〔[【《<「“', OPENER);
mark('）)〕]】》>」”', CLOSER);
mark(',，', COMMAS);
mark(';；', SEMICOLONS);
mark('、,，;；', SEPARATORS);
mark('。.；;，,、', ENDS_LIST);
mark('牵下排首', REMARK_WORD);
for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c)) ROLE[c]! |= SPACE | ENDS_LIST;

export { findLeadConvention, type LeadConvention } from './unit-lists-convention.js';
import type { LeadConvention } from './unit-lists-convention.js';

// Bracketed remarks that explain the convention rather than name a unit: "（逗号前为牵头单位，下同）".
const REMARK = /[（(][^（）()]*(?:牵头|下同|排名|首位)[^（）()]*[)）]/g;

/** Removes explanatory remarks and trailing full stops from a unit list. */
export function cleanUnitList(text: string): string {
  // Each regex only where it can match: a remark needs a bracket and one of its words.
  let roles = 0;
  for (let i = 0; i < text.length; i++) roles |= ROLE[text.charCodeAt(i)]!;
  let cleaned = (roles & (OPENER | REMARK_WORD)) === (OPENER | REMARK_WORD) ? text.replace(REMARK, '') : text;
  if (cleaned.length > 0 && ROLE[cleaned.charCodeAt(cleaned.length - 1)]! & ENDS_LIST) cleaned = cleaned.replace(LIST_END, '');
  return cleaned.trim();
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

/**
 * "市民政局、市财政局,各县（市、区）人民政府" → three units, white space removed. Empty text → [].
 * splitTopLevel in the same pass, which also notes the units that hold white space.
 */
export function splitUnitList(text: string): string[] {
  const list = cleanUnitList(text);
  const units: string[] = [];
  let depth = 0;
  let from = 0;
  let spaced = false;
  for (let i = 0; i < list.length; i++) {
    const role = ROLE[list.charCodeAt(i)] as number;
    if ((role & ~(ENDS_LIST | REMARK_WORD)) === 0) continue;
    if (role & SPACE) spaced = true;
    else if (role & OPENER) depth++;
    else if (role & CLOSER && depth > 0) depth--;
    if (depth === 0 && role & SEPARATORS) {
      pushUnit(units, list.slice(from, i), spaced);
      from = i + 1;
      spaced = false;
    }
  }
  pushUnit(units, list.slice(from), spaced);
  return units;
}

function pushUnit(units: string[], unit: string, spaced: boolean): void {
  // Without white space /\s+/ has nothing to remove (and trim nothing after it).
  const kept = spaced ? unit.replace(/\s+/g, '') : unit;
  if (kept !== '') units.push(kept);
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
