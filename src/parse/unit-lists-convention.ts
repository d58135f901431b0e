/**
 * The document's own rule for which units of a single unit list lead ("逗号前为牵头单位").
 */

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
    if (!holdsQianTou((lines[k] as { text: string }).text)) continue;
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

/**
 * text.includes('牵头'), by its 头: V8 scans for one byte of a search's first character, and 牵's
 * (0x75) is also a byte of 疾, 生, 用…, common in these plans, where 头's is rarer: the scan of
 * every line of the document takes about a third less time.
 */
function holdsQianTou(text: string): boolean {
  for (let at = text.indexOf('头', 1); at > 0; at = text.indexOf('头', at + 1)) {
    if (text.charCodeAt(at - 1) === 0x7275) return true; // 牵
  }
  return false;
}
