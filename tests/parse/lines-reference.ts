// The per-line reading of splitLines that its one-pass version replaced: the tests pin the two together.
import type { Line } from '../../src/parse/lines.js';

const PADDING = /[\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff]/g;

export function referenceClean(raw: string): string {
  let text = raw.replace(PADDING, ' ');
  text = text.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\*\*|__/g, '').replace(/^\s*[•·●▪■◆]\s*/, '');
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}

export function referenceSplit(text: string): Line[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map((raw, i) => {
    const tabbed = raw.includes('\t') ? raw.split('\t').map(referenceClean) : null;
    const cells = tabbed && tabbed.filter((c) => c !== '').length >= 2 ? tabbed : null;
    return { no: i + 1, raw, text: referenceClean(tabbed ? raw.replace(/\t+/g, ' ') : raw), cells };
  });
  const spaced = lines.map((l) => {
    if (l.cells !== null || l.raw.includes('\t') || !l.text.includes('  ')) return null;
    const cells = l.text.split(/ {2,}/);
    return cells.length >= 3 ? cells : null;
  });
  spaced.forEach((cells, i) => {
    if (cells !== null && (spaced[i - 1] || spaced[i + 1])) (lines[i] as Line).cells = cells;
  });
  return lines;
}
