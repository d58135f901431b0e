import { describe, expect, it } from 'vitest';
import { groupSimilar } from '../../src/compare/similar-keys.js';

const always = { canJoin: () => true, joined: () => {} };

describe('groupSimilar', () => {
  it('groups near-identical names and keeps different ones apart', () => {
    // 残疾人辅助性就业推进 (Zigong) vs 残疾人辅助性就业 (Wushan, Banan); 盲人文化 vs 聋人文化 differ.
    const groups = groupSimilar(['残疾人辅助性就业推进', '残疾人辅助性就业', '盲人文化', '聋人文化'], 0.8, always);
    expect(groups).toEqual([['残疾人辅助性就业', '残疾人辅助性就业推进'], ['盲人文化'], ['聋人文化']]);
  });
  it('does not depend on input order', () => {
    const keys = ['残疾人职业技能提升', '残疾人职业教育提升', '残疾人辅助性就业', '残疾人辅助性就业推进', '残疾人辅助性就业服务'];
    expect(groupSimilar([...keys].reverse(), 0.8, always)).toEqual(groupSimilar(keys, 0.8, always));
  });
  it('respects a refusal (two projects of one plan stay apart)', () => {
    const groups = groupSimilar(['残疾人辅助性就业', '残疾人辅助性就业推进'], 0.8, { canJoin: () => false, joined: () => {} });
    expect(groups).toHaveLength(2);
  });
});
