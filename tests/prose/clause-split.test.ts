import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAUSE_END, splitClauses, type Span } from '../../src/parse/prose/sentences.js';

/** The clauses as the pattern cuts them: each ends after a match, the rest is the last one. */
function reference(sentence: Span): Span[] {
  const spans: Span[] = [];
  let from = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(sentence.text); m !== null; m = CLAUSE_END.exec(sentence.text)) {
    const end = m.index + m[0].length;
    spans.push({ text: sentence.text.slice(from, end), start: sentence.start + from });
    from = end;
  }
  if (from < sentence.text.length) spans.push({ text: sentence.text.slice(from), start: sentence.start + from });
  return spans;
}

describe('splitClauses', () => {
  it('cuts where CLAUSE_END matches, thousands separators included', () => {
    const pieces = ['，', '：', ':', ',', '1', '23', '000', '4', '残疾人', '。', ' ', '、', 'a'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), fc.nat(50), (p, start) => {
        const sentence = { text: p.join(''), start };
        expect(splitClauses(sentence)).toEqual(reference(sentence));
      }),
      { numRuns: 20_000 },
    );
  });
});
