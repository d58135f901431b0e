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

function isTableRow(raw: string): boolean {
  return raw.includes('\t') && raw.split('\t').filter((c) => c.trim() !== '').length >= 2;
}

function paragraphs(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  lines.forEach((raw, index) => {
    const text = clean(raw);
    if (text === '' || PAGE_FOOTER.test(text)) return; // blank lines and footers do not end a paragraph
    if (isTableRow(raw)) {
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

/**
 * Sentences of at least `minLength` normalised characters. `lineMap[i]` is the original line
 * of text line i+1 (null: the same).
 */
export function splitSentences(lines: readonly string[], lineMap: readonly number[] | null, minLength = 12): Sentence[] {
  const out: Sentence[] = [];
  for (const paragraph of paragraphs(lines)) {
    let offset = 0;
    for (const piece of paragraph.text.split(SENTENCE_END)) {
      const start = offset + (piece.length - piece.trimStart().length);
      offset += piece.length + 1;
      const text = piece.trim();
      const normal = normalise(text);
      if ([...normal].length < minLength) continue;
      const index = lineAt(paragraph, start);
      out.push({ text, normal, line: lineMap?.[index] ?? index + 1 });
    }
  }
  return out;
}
