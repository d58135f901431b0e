import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trailingBreaksRemover } from '../../src/parse/prose/trailing-breaks.js';
import { trailingRun } from '../../src/text/trailing-run.js';

describe('trailingBreaksRemover', () => {
  it('removes what the trailing-run pattern removes', () => {
    const cases: Array<[string, boolean, RegExp]> = [
      ['，。；：,;:', false, /[，。；：,;:]/],
      ['，。；：,;:！？!?', true, /[\s，。；：,;:！？!?]/],
    ];
    const pieces = ['，', '。', '；', ':', ',', '！', '?', ' ', '\u3000', '\n', '残疾人', 'a', '、'];
    for (const [chars, spaces, pattern] of cases) {
      const remove = trailingBreaksRemover(chars, spaces);
      const run = trailingRun(pattern);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (p) => {
          const text = p.join('');
          expect(remove(text), text).toBe(text.replace(run, ''));
        }),
        { numRuns: 5_000 },
      );
    }
  });
});
