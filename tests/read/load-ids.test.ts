import { describe, expect, it } from 'vitest';
import type { Plan, PlanDocument } from '../../src/model/types.js';
import { uniqueIds } from '../../src/pipeline/load.js';

const doc = (id: string, source: string): PlanDocument =>
  ({ plan: { id, source } as Plan, lines: [], lineMap: null });

describe('uniqueIds', () => {
  it('keeps the first id and suffixes later repeats with -2, -3 …', () => {
    const ids = uniqueIds([doc('zigong-shi', 'a.txt'), doc('wushan-xian', 'b.txt'), doc('zigong-shi', 'c.txt'),
      doc('zigong-shi', 'd.txt'), doc('zigong-shi-2', 'e.txt')]).map((d) => d.plan.id);
    expect(ids).toEqual(['zigong-shi', 'wushan-xian', 'zigong-shi-2', 'zigong-shi-3', 'zigong-shi-2-2']);
  });

  it('does not change the documents it was given', () => {
    const input = [doc('x', 'a.txt'), doc('x', 'b.txt')];
    uniqueIds(input);
    expect(input.map((d) => d.plan.id)).toEqual(['x', 'x']);
  });
});
