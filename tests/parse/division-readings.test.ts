// src/parse/division-readings.ts is generated (`npm run readings`): made again here, it must be
// the same, so a new pinyin-pro or division table cannot leave plan ids reading stale pinyin.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slugFromRegionName } from '../../src/parse/plan-id.js';
import { divisionReadingsSource } from '../../src/tools/division-readings.js';

describe('division readings', () => {
  it('are what pinyin-pro reads for every part of every division name today', () => {
    const committed = readFileSync(new URL('../../src/parse/division-readings.ts', import.meta.url), 'utf8');
    expect(divisionReadingsSource()).toBe(committed);
  });

  it('give the seeds\' slugs, and names outside the table still read', () => {
    expect(['自贡市', '巫山县', '碑林区', '乐山市', '巴南区'].map(slugFromRegionName))
      .toEqual(['zigong-shi', 'wushan-xian', 'beilin-qu', 'leshan-shi', 'banan-qu']);
    expect(slugFromRegionName('残联新区')).toBe('canlianxin-qu');
  });
});
