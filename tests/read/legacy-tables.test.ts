// src/read/legacy-tables.ts is generated from iconv-lite (`npm run legacy-tables`): made again
// here, it must be the same. The text-score table filled from it by ranges must hold, for every
// BMP code point, what the rule-by-rule charWeight gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commonHanziSet } from '../../src/read/common-chars.js';
import { charWeight, controlShare, HAS_CONTROL, textScore } from '../../src/read/text-score.js';
import { legacyTablesSource } from '../../src/tools/legacy-tables.js';

describe('legacy tables', () => {
  it('are what iconv-lite decodes today', () => {
    const committed = readFileSync(new URL('../../src/read/legacy-tables.ts', import.meta.url), 'utf8');
    expect(legacyTablesSource()).toBe(committed);
  });

  it('hold the common hanzi of both scripts and none of the rare ones', () => {
    const common = commonHanziSet();
    expect(['残', '疾', '人', '發', '展'].map((c) => common.has(c.codePointAt(0)!))).toEqual([true, true, true, true, true]);
    expect(common.has('鍮'.codePointAt(0)!)).toBe(false);
  });

  it('give every BMP character the weight charWeight gives it', () => {
    const common = commonHanziSet();
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (textScore(String.fromCharCode(code)) !== charWeight(code, common)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('find a control character in one scan exactly where controlShare counts one', () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (HAS_CONTROL.test(char) !== controlShare(char) > 0) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});
