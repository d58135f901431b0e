import { describe, expect, it } from 'vitest';
import { bigramCount, KeyedName, markCharacters, similarity, similarityBound } from '../../src/parse/consistency-names.js';

const NAMES = [
  '残疾人基本康复服务覆盖率(%)', '基本康复服务', '托养照护服务覆盖率', '残疾人辅助器具适配率', '康复',
  '适龄残疾儿童少年义务教育入学率', '困难残疾人生活补贴', '重度残疾人护理补贴', '率', '的', '',
  '城乡残疾人就业人数（万人）', '新增残疾人就业', '𠀀𠀁服务', '服务𠀀', '康康康复复', '复康', '残疾人家庭无障碍改造（户）',
];

describe('similarityBound', () => {
  it('is never below the similarity it bounds', () => {
    for (const a of NAMES) {
      for (const b of NAMES) {
        const key = new KeyedName(a).keyOf();
        const bound = similarityBound(key, markCharacters(b));
        expect(bound, `${a} / ${b}`).toBeGreaterThanOrEqual(similarity(new KeyedName(a), new KeyedName(b)));
      }
    }
  });

  it('is never below the similarity it bounds when the other key and its bigram count are known', () => {
    for (const a of NAMES) {
      for (const b of NAMES) {
        const other = new KeyedName(b).keyOf();
        const bound = similarityBound(new KeyedName(a).keyOf(), markCharacters(other), bigramCount(other));
        expect(bound, `${a} / ${b}`).toBeGreaterThanOrEqual(similarity(new KeyedName(a), new KeyedName(b)));
      }
    }
  });

  it('gives no bound (1) for a mark that a later text has replaced', () => {
    const key = new KeyedName('残疾人基本康复服务覆盖率').keyOf();
    const stale = markCharacters('基本康复服务覆盖率');
    markCharacters('康复');
    expect(similarityBound(key, stale)).toBe(1);
  });

  it('rules out names without the key\'s characters', () => {
    expect(similarityBound(new KeyedName('残疾人基本康复服务覆盖率').keyOf(), markCharacters('困难残疾人生活补贴'))).toBe(0);
  });
});
