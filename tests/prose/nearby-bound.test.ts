import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../src/model/types.js';
import { nearbyBound } from '../../src/parse/prose/bounds.js';
import { COMPARATOR_PREFIXES } from '../../src/parse/values.js';

// nearbyBound as it was written first: the last occurrence of every word in the last ten characters.
const WORDS = COMPARATOR_PREFIXES.filter(([word]) => word.length >= 2 && !/[<>=≥≤]/.test(word));
function reference(before: string): { op: Comparator; at: number } | null {
  const window = before.slice(-10);
  let best: { op: Comparator; at: number; end: number } | null = null;
  for (const [word, op] of WORDS) {
    const at = window.lastIndexOf(word);
    const end = at + word.length;
    if (at >= 0 && (best === null || end > best.end || (end === best.end && at < best.at))) best = { op, at, end };
  }
  return best && { op: best.op, at: before.length - window.length + best.at };
}

describe('nearbyBound', () => {
  it('finds the word the last-occurrence search found, on random text made of bounding words', () => {
    const pieces = [...WORDS.map(([w]) => w), '于', '低', '不', '高', '的', '标准', '残疾人', '或', '等于', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (p) => {
        const text = p.join('');
        expect(nearbyBound(text), text).toEqual(reference(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
