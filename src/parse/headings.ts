/**
 * The heading tree. Levels follow the document's own conventions: each numbering style ranks by
 * its first appearance (第X章 before 第X节 before 一、 before （一） before 1. in practice), not by
 * Markdown '#' counts, which the seeds use inconsistently.
 */
import type { Heading } from '../model/types.js';
import { codeTable, isWhiteSpace } from './chars.js';
import type { Line } from './lines.js';
import { BoxTracker, itemsAmongParagraphs } from './heading-filters.js';
import { looksLikeHeading, type NumberedLine } from './heading-numbering.js';
import { readingsOf, type NumberedAt } from './heading-readings.js';
import { checkAgainstToc, findTableOfContents, isTocTitle, type TableOfContents } from './toc.js';

type Candidate =
  | { kind: 'numbered'; line: Line; numbered: NumberedLine }
  | { kind: 'markdown'; line: Line; depth: number; title: string };

const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+/;
const BOX_CAPTION = /^专栏\s*\d+/;
// "(征求意见稿)", "（2021—2025年）": a bracketed line under a title is a status or period, not a section.
const BRACKETED = /^[（(【\[].*[）)】\]]$/;

/** Whether MARKDOWN_HEADING can match: it opens with '#' or white space. */
function opensLikeMarkdown(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c === 0x23 || isWhiteSpace(c);
}

// By code unit: what a text may open with to be a 专栏 caption once trimmed (专 or white space),
// and what a raw line opens with to be a Markdown heading ('#' or white space).
const OPENS_BOX_TEXT = codeTable('专', { whiteSpace: true });
const OPENS_MARKDOWN = codeTable('#', { whiteSpace: true });

/** Whether a line without a numbering may still be a candidate: a 专栏 caption or a Markdown heading. */
function mayOpenBoxOrHeading(line: Line): boolean {
  return (line.text.length > 0 && OPENS_BOX_TEXT[line.text.charCodeAt(0)] === 1) ||
    (line.raw.length > 0 && OPENS_MARKDOWN[line.raw.charCodeAt(0)] === 1);
}

function collectCandidates(lines: readonly Line[], toc: TableOfContents): Candidate[] {
  const boxes = new BoxTracker();
  const found: Candidate[] = [];
  // Each line's numbering read once: the list-item filter needs it too.
  const readings = readingsOf(lines);
  const listItems = itemsAmongParagraphs(readings);
  let next = 0; // the next numbered line in `readings`
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    let numbered: NumberedLine | null = null;
    if (next < readings.length && (readings[next] as NumberedAt).index === i) numbered = (readings[next++] as NumberedAt).numbered;
    if (line.cells || (numbered === null && !mayOpenBoxOrHeading(line))) continue;
    const text = line.text.trim();
    if (text === '' || toc.lines.has(line.no)) continue;
    if (text.charCodeAt(0) === 0x4e13 /* 专 */ && BOX_CAPTION.test(text)) {
      boxes.enter();
      continue;
    }
    if (numbered) {
      if (!looksLikeHeading(numbered) || listItems.has(line.no)) continue;
      const verdict = checkAgainstToc(toc, numbered.style, numbered.title);
      if (verdict === 'unlisted') {
        boxes.note(numbered);
        continue;
      }
      if (verdict === 'listed') boxes.leave();
      else if (boxes.claims(numbered)) continue;
      found.push({ kind: 'numbered', line, numbered });
      continue;
    }
    const markdown = opensLikeMarkdown(line.raw) ? MARKDOWN_HEADING.exec(line.raw) : null;
    if (markdown && !isTocTitle(text) && !BRACKETED.test(text) && /\p{Script=Han}|[A-Za-z]/u.test(text)) {
      found.push({ kind: 'markdown', line, depth: markdown[1]?.length ?? 1, title: text });
    }
  }
  return found;
}

/** Rank of each key in order of first appearance, starting at 1. */
function ranksByFirstAppearance<K>(keys: readonly K[]): Map<K, number> {
  const ranks = new Map<K, number>();
  for (const key of keys) if (!ranks.has(key)) ranks.set(key, ranks.size + 1);
  return ranks;
}

/** Unnumbered Markdown headings rank by '#' depth among themselves, shallowest first. */
function markdownRanks(candidates: readonly Candidate[]): Map<number, number> {
  const depths = [...new Set(candidates.flatMap((c) => (c.kind === 'markdown' ? [c.depth] : [])))];
  depths.sort((a, b) => a - b);
  return new Map(depths.map((depth, i) => [depth, i + 1]));
}

function nest(flat: readonly Heading[]): Heading[] {
  const roots: Heading[] = [];
  const stack: Heading[] = [];
  for (const heading of flat) {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(heading);
    stack.push(heading);
  }
  return roots;
}

/**
 * The document's headings as a tree, in line order. `line` is mapped through `lineMap`
 * (parsed-text line → original file line) when one is given. Never throws.
 */
export function parseHeadings(lines: readonly Line[], lineMap: readonly number[] | null = null): Heading[] {
  const original = (no: number): number => lineMap?.[no - 1] ?? no;
  const candidates = collectCandidates(lines, findTableOfContents(lines));
  const styleRanks = ranksByFirstAppearance(
    candidates.flatMap((c) => (c.kind === 'numbered' ? [c.numbered.style] : [])),
  );
  const depthRanks = markdownRanks(candidates);
  const flat: Heading[] = candidates.map((c) =>
    c.kind === 'numbered'
      ? {
          level: styleRanks.get(c.numbered.style) ?? 1,
          numbering: c.numbered.numbering,
          title: c.numbered.title,
          line: original(c.line.no),
          children: [],
        }
      : { level: depthRanks.get(c.depth) ?? 1, numbering: null, title: c.title, line: original(c.line.no), children: [] },
  );
  return nest(flat);
}

/** Every heading of a tree in document order, for callers that look up the enclosing section. */
export function flattenHeadings(tree: readonly Heading[]): Heading[] {
  return tree.flatMap((h) => [h, ...flattenHeadings(h.children)]);
}
