import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/lines.js';
import { cleanSubject, LEADING, SCOPE_ONLY, TRAILING } from '../../src/parse/prose/clean-subject.js';
import { buildParagraphs } from '../../src/parse/prose/paragraphs.js';
import { splitClauses, splitSentences } from '../../src/parse/prose/sentences.js';
import { seedText } from './helpers.js';

/** cleanSubject as the patterns alone define it: no first- or last-character gates. */
function reference(raw: string): string {
  const open = Math.max(raw.lastIndexOf('('), raw.lastIndexOf('（'));
  let text = (open > Math.max(raw.lastIndexOf(')'), raw.lastIndexOf('）')) ? raw.slice(open + 1) : raw).trim();
  for (let i = 0; i < 12; i++) {
    const next = text.replace(LEADING, '').replace(TRAILING, '');
    if (next === text) break;
    text = next;
  }
  return SCOPE_ONLY.test(text) || [...text].length < 2 ? '' : text;
}

const PIECES = [
  '到', '2025', '年', '底', '19', '“', '十四五', '”', '时期', '加快', '提供了', '提供', '每人每月', '达到', '不超过', '的', '按规定',
  '分别', '应当', '可获得', '原则上', '稳定在', '中', '有', '在', '、', '，', '。', ' ', '\u3000', '(', '（', ')', '）',
  '残疾人', '康复', '服务', '覆盖率', '全市', '家庭', '人', '𠀀',
];

describe('cleanSubject with its first- and last-character gates', () => {
  it('agrees with the patterns alone on random phrases', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(cleanSubject(text), text).toBe(reference(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with the patterns alone on every clause of the seed plans', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      for (const p of buildParagraphs(splitLines(seedText(prefix)), new Set())) {
        for (const s of splitSentences(p)) for (const c of splitClauses(s)) expect(cleanSubject(c.text), c.text).toBe(reference(c.text));
      }
    }
  });
});
