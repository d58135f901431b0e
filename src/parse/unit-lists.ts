/**
 * Lists of responsible units (牵头单位 / 责任单位) as the documents write them:
 * "市民政局、市财政局，各县（市、区）人民政府" — split on 、 , ， ; ； but never inside brackets,
 * and the document's own rule for which units lead ("逗号前为牵头单位").
 */

// Character codes: the split looks at every character of a list, and codes need no string each.
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const OPENERS = codes('（(〔[【《<「“');
const CLOSERS = codes('）)〕]】》>」”');
const COMMAS = codes(',，');
const SEMICOLONS = codes(';；');
const SEPARATORS = codes('、,，;；');

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

/** The convention the document states, searched in its whole text, or null when it states none. */
export function findLeadConvention(text: string): LeadConvention | null {
  if (!text.includes('牵头')) return null;
  if (COMMA_LEADS.test(text)) return 'comma';
  if (SEMICOLON_LEADS.test(text)) return 'semicolon';
  if (FIRST_LEADS.test(text)) return 'first';
  return null;
}

// Bracketed remarks that explain the convention rather than name a unit: "（逗号前为牵头单位，下同）".
const REMARK = /[（(][^（）()]*(?:牵头|下同|排名|首位)[^（）()]*[)）]/g;

/** Removes explanatory remarks and trailing full stops from a unit list. */
export function cleanUnitList(text: string): string {
  return text.replace(REMARK, '').replace(/[。.；;，,、\s]+$/, '').trim();
}

/** Splits at top-level separators; `separators` holds the codes of the marks that count. */
function splitTopLevel(text: string, separators: ReadonlySet<number>): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  // By code unit: every bracket and separator is a BMP character, so halves of a pair never match.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c) && depth > 0) depth--;
    if (depth === 0 && separators.has(c)) {
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
  const parts = splitTopLevel(text.replace(/[。.；;，,、\s]+$/, ''), SEPARATORS).map((p) => p.trim());
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
