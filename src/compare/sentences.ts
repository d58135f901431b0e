/**
 * Sentences of a plan's prose with the line each starts on. Paragraphs broken by a page break
 * ("…存在较大" / "差距，残疾人…") are joined first; table rows are left out.
 */

export interface Sentence {
  /** As written, trimmed, without its final punctuation. */
  text: string;
  /** Letters and digits only (full-width folded), the form shingles are taken from. */
  normal: string;
  /** 1-based line in the original file. */
  line: number;
}

const SENTENCE_END = /[。！？；!?;]/;
// A line that ends like this finished its paragraph; otherwise the paragraph may go on.
const PARAGRAPH_END = /[。！？；!?;：:）)」”"'》】]$/;
// A line that starts like this begins a new block, so it never continues the line before it.
const BLOCK_START =
  /^(?:#|专栏|第[一二三四五六七八九十百\d]+[章节部]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．\s]|[-—•·●▪■◆*])/;
const MIN_BROKEN_LINE = 20;
// Page footers ("— 6 —", "- 12 -", "第 3 页") sit inside a broken paragraph; they are skipped, not separators.
const PAGE_FOOTER = /^(?:[-—–－\s]*\d{1,3}[-—–－\s]*|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)$/;

function clean(raw: string): string {
  return raw
    .replace(/[\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff]/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
}

interface Paragraph {
  text: string;
  /** Character offset in `text` where each contributing line starts, with its 0-based index. */
  starts: { offset: number; index: number }[];
}

// Section titles ("第一节 健全残疾人社会保障体系", "（二）基本原则") and run-in item titles
// ("1. 巩固拓展残疾人脱贫攻坚成果。…") name a topic; they are not sentences of the plan.
const NUMBERING = /^(?:第[一二三四五六七八九十百\d]+[章节部分]+|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]?)\s*/;
const MAX_TITLE = 40;
const MAX_RUN_IN_TITLE = 25;

function isHeadingLine(raw: string, text: string): boolean {
  return (/^\s{0,3}#/.test(raw) || NUMBERING.test(text)) && text.length <= MAX_TITLE && !SENTENCE_END.test(text.slice(0, -1));
}

/** Offset where the body of a numbered paragraph starts, past a short run-in title. */
function bodyStart(text: string): number {
  const numbering = NUMBERING.exec(text);
  if (!numbering) return 0;
  const stop = SENTENCE_END.exec(text);
  return stop && stop.index <= numbering[0].length + MAX_RUN_IN_TITLE ? stop.index + 1 : 0;
}

function isTableRow(raw: string): boolean {
  return raw.includes('\t') && raw.split('\t').filter((c) => c.trim() !== '').length >= 2;
}

function paragraphs(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  lines.forEach((raw, index) => {
    const text = clean(raw);
    if (text === '' || PAGE_FOOTER.test(text)) return; // blank lines and footers do not end a paragraph
    if (isTableRow(raw) || isHeadingLine(raw, text)) {
      open = null;
      return;
    }
    const canJoin = open !== null && !PARAGRAPH_END.test(open.text) && open.text.length >= MIN_BROKEN_LINE &&
      !BLOCK_START.test(raw.trim()) && !BLOCK_START.test(text);
    if (open !== null && canJoin) {
      open.starts.push({ offset: open.text.length, index });
      open.text += text;
      return;
    }
    open = { text, starts: [{ offset: 0, index }] };
    out.push(open);
  });
  return out;
}

function lineAt(paragraph: Paragraph, offset: number): number {
  let index = paragraph.starts[0]?.index ?? 0;
  for (const start of paragraph.starts) if (start.offset <= offset) index = start.index;
  return index;
}

/** Number of code points (a surrogate pair counts once), without building an array. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Sentences of at least `minLength` normalised characters. `lineMap[i]` is the original line
 * of text line i+1 (null: the same). `normalised` caches normal forms across calls: text repeated
 * in many plans is normalised once.
 */
export function splitSentences(lines: readonly string[], lineMap: readonly number[] | null, minLength = 12, normalised?: Map<string, string>): Sentence[] {
  const out: Sentence[] = [];
  for (const paragraph of paragraphs(lines)) {
    let offset = bodyStart(paragraph.text);
    for (const piece of paragraph.text.slice(offset).split(SENTENCE_END)) {
      const start = offset + (piece.length - piece.trimStart().length);
      offset += piece.length + 1;
      const text = piece.trim();
      let normal = normalised?.get(text);
      if (normal === undefined) {
        normal = normalise(text);
        normalised?.set(text, normal);
      }
      if (codePoints(normal) < minLength) continue;
      const index = lineAt(paragraph, start);
      out.push({ text, normal, line: lineMap?.[index] ?? index + 1 });
    }
  }
  return out;
}
