/**
 * Hostile .docx packages: the fast reader stays linear in the size of the XML (it used to check
 * an element's attributes for repeats pair by pair, quadratic in their number).
 */
import { describe, expect, it } from 'vitest';
import { fastDocxLines } from '../../src/read/docx-fast.js';
import { docx } from './docx-fixtures.js';

describe('fast .docx reader on hostile packages', () => {
  it('reads an element with 100,000 attributes in linear time (pairwise repeat checks took minutes)', () => {
    const attributes = Array.from({ length: 100_000 }, (_, i) => ` w:a${String(i).padStart(7, '0')}="1"`).join('');
    const bytes = docx({ body: `<w:p${attributes}><w:r><w:t>残疾人</w:t></w:r></w:p>` });
    const started = performance.now();
    expect(fastDocxLines(bytes)).toEqual(['残疾人']);
    // Linear: well under a second here; the pairwise check needed about 90 s.
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 120_000);

  it('still declines a repeated attribute among many (xmldom rejects it)', () => {
    const attributes = Array.from({ length: 1000 }, (_, i) => ` w:a${i}="1"`).join('');
    expect(fastDocxLines(docx({ body: `<w:p${attributes} w:a500="2"><w:r><w:t>残疾人</w:t></w:r></w:p>` }))).toBeNull();
    expect(fastDocxLines(docx({ body: `<w:p${attributes}><w:r><w:t>残疾人</w:t></w:r></w:p>` }))).toEqual(['残疾人']);
  });
});
