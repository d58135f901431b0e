/**
 * Line model the parser works on. Layout-level noise (Markdown markers, bullets,
 * en-space padding, full-width spaces) is removed from `text`; `raw` stays as read.
 */
export interface Line {
  /** 1-based line number in the parsed text (mapped to the original file by the caller's lineMap). */
  no: number;
  raw: string;
  /** Trimmed, Markdown heading/bold/bullet markers removed, inner runs of spaces kept. */
  text: string;
  /** Cells when the raw line is tab-separated (two or more cells) or space-aligned (see splitLines), else null. */
  cells: string[] | null;
}

// Unicode spaces that layouts use for padding: en/em spaces, ideographic space, NBSP.
const PADDING = /[\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff]/g;

export function cleanText(raw: string): string {
  return raw
    .replace(PADDING, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*[•·●▪■◆]\s*/, '')
    .replace(/[ \t]+$/, '')
    .replace(/^[ \t]+/, '')
    .replace(/ {2,}$/, '');
}

// Columns aligned with runs of spaces (text copied from a PDF): three or more cells.
function spacedCells(text: string): string[] | null {
  const cells = text.split(/ {2,}/);
  return cells.length >= 3 ? cells : null;
}

export function splitLines(text: string): Line[] {
  const rawLines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const lines = rawLines.map((raw, i) => {
    const tabbed = raw.includes('\t') ? raw.split('\t').map((c) => cleanText(c)) : null;
    // A trailing tab (TOC page numbers, padded captions) does not make a table row.
    const cells = tabbed && tabbed.filter((c) => c !== '').length >= 2 ? tabbed : null;
    return { no: i + 1, raw, text: cleanText(raw.replace(/\t+/g, ' ')), cells };
  });
  // A space-aligned line is a row only next to another one: padding inside one line is not a table.
  const spaced = lines.map((l) => (l.cells === null && !l.raw.includes('\t') ? spacedCells(l.text) : null));
  spaced.forEach((cells, i) => {
    if (cells !== null && (spaced[i - 1] || spaced[i + 1])) (lines[i] as Line).cells = cells;
  });
  return lines;
}
