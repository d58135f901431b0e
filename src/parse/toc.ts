/**
 * The table of contents (目录): its lines are not headings, but its entries tell which numbered
 * lines of the body are the real section headings.
 */
import { distance } from 'fastest-levenshtein';
import { trimmedEnd } from './chars.js';
import type { Line } from './lines.js';
import { looksLikeHeading, readNumbering, titleKey, type NumberingStyle } from './heading-numbering.js';

export interface TableOfContents {
  /** Line numbers that belong to the table of contents. */
  lines: ReadonlySet<number>;
  /** Title keys (see titleKey) of the entries, per numbering style. */
  titles: ReadonlyMap<NumberingStyle, readonly string[]>;
}

// "一、规划背景.....\t3", "第一章 编制背景\t3", "附件：重点任务分工.....31": leaders or a tab, then a page number.
const PAGE_NUMBER = /(?:\.{2,}|…+|·{2,}|\t)\s*\d{1,3}\s*$/;
const LEADERS = /(?:\.{2,}|…+|·{2,})\s*\d{1,3}\s*$/;
const TOC_TITLE = /^目\s*录$/;

// Both page-number patterns end in a digit and optional whitespace; most lines are settled here.
function endsInDigit(raw: string): boolean {
  // Never read past the text (chars.ts says why).
  if (raw.length === 0) return false;
  let c = raw.charCodeAt(raw.length - 1);
  // Most lines end in a character that cannot be white space: settled without trimming calls.
  if ((c > 0x20 && c < 0xa0) || (c > 0x3000 && c !== 0xfeff)) return c >= 0x30 && c <= 0x39;
  const end = trimmedEnd(raw);
  if (end === 0) return false;
  c = raw.charCodeAt(end - 1);
  return c >= 0x30 && c <= 0x39;
}

/** TOC_TITLE.test(text), settled by the first character on other lines. */
export function isTocTitle(text: string): boolean {
  return text.length > 0 && text.charCodeAt(0) === 0x76ee /* 目 */ && TOC_TITLE.test(text);
}

function withoutPageNumber(raw: string): string {
  return raw.replace(PAGE_NUMBER, '').replace(/^[\s#*]+|(?<![\s*])[\s*]+$/g, '');
}

// Leaders ("......3") only occur in TOCs; a tab before a number may also end a table row, so a
// tabbed entry must be a two-cell line that is numbered like a heading or follows a 目录 line.
function isPageNumbered(line: Line, afterTitle: boolean): boolean {
  // TOC entries are short; the cap also keeps the leader pattern linear on pathological lines.
  if (line.raw.length > 200 || !endsInDigit(line.raw) || !/\p{Script=Han}/u.test(line.raw)) return false;
  if (LEADERS.test(line.raw)) return true;
  if (!PAGE_NUMBER.test(line.raw)) return false;
  const cells = line.raw.split('\t').filter((c) => c.trim() !== '');
  if (cells.length !== 2) return false;
  const numbered = readNumbering(withoutPageNumber(line.raw));
  return afterTitle || (numbered !== null && looksLikeHeading(numbered));
}

/**
 * Entries are lines ending in a page number anywhere, plus, after a 目录 line, a run of bare
 * heading lines that stops where the body starts repeating them (TOCs printed without page numbers).
 */
export function findTableOfContents(lines: readonly Line[]): TableOfContents {
  const tocLines = new Set<number>();
  const entries: string[] = [];
  let afterTitle = false;
  const seen = new Set<string>();
  for (const line of lines) {
    const text = line.text.trim();
    if (isTocTitle(text)) {
      tocLines.add(line.no);
      afterTitle = true;
      continue;
    }
    if (text === '') continue;
    if (isPageNumbered(line, afterTitle)) {
      tocLines.add(line.no);
      entries.push(withoutPageNumber(line.raw));
      continue;
    }
    if (afterTitle) {
      const numbered = readNumbering(text);
      const key = numbered ? `${numbered.style}:${titleKey(numbered.title)}` : '';
      if (numbered && !numbered.runIn && looksLikeHeading(numbered) && !seen.has(key)) {
        seen.add(key);
        tocLines.add(line.no);
        entries.push(text);
        continue;
      }
      afterTitle = false;
    }
  }
  const titles = new Map<NumberingStyle, string[]>();
  for (const entry of entries) {
    const numbered = readNumbering(entry);
    if (!numbered) continue;
    const list = titles.get(numbered.style) ?? [];
    list.push(titleKey(numbered.title));
    titles.set(numbered.style, list);
  }
  return { lines: tocLines, titles };
}

export type TocVerdict = 'listed' | 'unlisted' | 'not-covered';

/**
 * Whether a heading title appears in the table of contents. Tolerant of small differences
 * (a dropped word, a typo fixed in the body) because TOCs are typed separately from the text.
 */
export function checkAgainstToc(toc: TableOfContents, style: NumberingStyle, title: string): TocVerdict {
  const listed = toc.titles.get(style);
  if (!listed || listed.length === 0) return 'not-covered';
  const key = titleKey(title);
  const matches = listed.some(
    (entry) =>
      entry === key ||
      (entry.length >= 4 && key.length >= 4 && (entry.includes(key) || key.includes(entry))) ||
      distance(entry, key) <= Math.max(1, Math.floor(Math.max(entry.length, key.length) * 0.2)),
  );
  return matches ? 'listed' : 'unlisted';
}
