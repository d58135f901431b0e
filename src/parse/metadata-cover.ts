/**
 * The cover of a plan: its own title line, and the body that issued it when no signature or
 * scraped field names one.
 */
import { codeTable, isWhiteSpace, trimmedEnd } from './chars.js';
import { readNumbering } from './heading-numbering.js';
import type { Line } from './lines.js';
import { scrapedField } from './metadata-fields.js';

export const FRONT = 60; // lines that hold the cover letter, title and period in every layout seen

const TITLE_END = /(?:规划|方案|计划|纲要)(?:\s*[（(][^（()）]{2,16}[）)])?$/;

// "（征求意见稿）" after a title is its status, read separately, not part of its name.
const STATUS_SUFFIX = /\s*[（(【\[](?:征求意见稿|草案|送审稿|讨论稿|修改稿|初稿)[）)】\]]$/;

// The last characters a title (TITLE_END) or its status suffix can have, by code.
const TITLE_LAST = codeTable('划案要）)】]');

/**
 * Whether the last character of `text` that is neither white space nor 《》 may end a title: a
 * cheap test on every line before the copies without 《》 and status are made.
 */
function mayEndTitle(text: string): boolean {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c === 0x300a || c === 0x300b || isWhiteSpace(c)) end--;
    else return TITLE_LAST[c] === 1;
  }
  return false;
}

/** The plan's own title line: ends in 规划/方案/计划 (maybe a bracketed period), not a sentence or notice. */
export function findTitleLine(lines: readonly Line[]): { title: string; line: number } | null {
  for (const line of lines) {
    if (!mayEndTitle(line.text)) continue;
    const text = line.text.replace(/[《》]/g, '').replace(STATUS_SUFFIX, '').trim();
    if (text.length < 6 || text.length > 60 || line.cells || readNumbering(text)) continue;
    if (/^(关于|附件)|通知|印发|[。，；：:,;]/.test(text) || !TITLE_END.test(text)) continue;
    return { title: text, line: line.no };
  }
  // A title broken over lines survives in the notice: 关于印发《X》的通知.
  const cover = lines.slice(0, FRONT).map((l) => l.text.trim()).join('');
  const m = /印发《?([^《》]{4,60}?(?:规划|方案|计划|纲要)(?:[（(]\d{4}[—–-]\d{4}年[)）])?)》?的通知/.exec(cover);
  return m?.[1] ? { title: m[1], line: 0 } : null;
}

export function findIssuer(lines: readonly Line[], signatureIssuer: string | null): string | null {
  const scraped = scrapedField(lines, '发布机构');
  if (scraped) return scraped.value;
  if (signatureIssuer) return signatureIssuer;
  // The notice heading "X人民政府\n关于印发…": X must open its line, or it is a cited document's issuer.
  const front: string[] = [];
  // Whether each line holds 印 (of 关于印发), which the pattern needs: pairs without it need no joined copy.
  const holdsYin: boolean[] = [];
  for (let i = 0; i < Math.min(lines.length, FRONT); i++) {
    const text = (lines[i] as Line).text;
    if (trimmedEnd(text) === 0) continue;
    front.push(text);
    holdsYin.push(text.includes('印'));
  }
  for (let i = 0; i < front.length; i++) {
    const first = front[i] as string;
    const second = front[i + 1] ?? '';
    if (!holdsYin[i] && holdsYin[i + 1] !== true) continue;
    const joined = `${first}${second}`.replace(/\s+/g, '');
    const m = /^([\p{Script=Han}]{2,30}?(?:人民政府|办公厅|办公室|委员会))关于印发/u.exec(joined);
    if (m?.[1]) return m[1];
  }
  return null;
}
