/**
 * File names derived from document content (table names, region names, departments).
 * They end up as paths, so nothing in them may climb out of the output folder or
 * confuse a file system: no separators, no "..", no control characters, bounded length.
 */
import { trailingRun } from '../text/trailing-run.js';

const STEM_END = trailingRun(/[.\s]/);

// Windows refuses these as file names whatever the extension; prefixing keeps them usable.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
// 80 UTF-16 units stay under the common 255-byte limit even when every char is 3-byte CJK.
const MAX_STEM = 80;

export function safeFileStem(text: string, fallback = 'untitled'): string {
  let stem = text
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[/\\:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\.{2,}/g, '.')
    .trim()
    .replace(/^[.\-\s]+|[.\s]+$/g, '');
  if (stem.length > MAX_STEM) stem = [...stem].slice(0, MAX_STEM).join('').replace(STEM_END, '');
  if (stem === '') return fallback;
  return RESERVED.test(stem) ? `_${stem}` : stem;
}

/** Joins a base name and a part ("comparison" + "indicators" → "comparison-indicators"), both sanitised. */
export function partFileStem(base: string, part: string): string {
  return `${safeFileStem(base)}-${safeFileStem(part)}`;
}
