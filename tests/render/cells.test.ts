import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseFormula, safeCellValue } from '../../src/render/cells.js';

describe('formula neutralisation', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\rx', ' =A1', '=HYPERLINK("http://x")'])('neutralises %j', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(['残疾人', '85', '-5', '+3.5%', '1,234.5', '', '—', 'a=b', "'=already"])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });

  it('keeps numbers as numbers and null as null', () => {
    expect(safeCellValue(-5)).toBe(-5);
    expect(safeCellValue(null)).toBeNull();
    expect(safeCellValue(Number.NaN)).toBe('NaN');
  });
});
