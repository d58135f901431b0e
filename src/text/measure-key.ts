/**
 * The part of a measure name that tells measures apart. Nearly every measure of a disability plan
 * says 残疾人 and …率, so two names can share most of their bigrams and still measure different
 * things (托养照护服务覆盖率 vs 基本康复服务覆盖率); the key strips the words they all share.
 */

// Longest first: 覆盖率 is stripped before 率 so "服务率" and "服务覆盖率" both become "服务".
const COMMON_WORDS = [
  '残疾人', '城乡居民', '符合条件的', '有需求的', '有需求', '覆盖率', '落实率', '比例', '残疾',
  '阶段', '适龄', '全市', '全区', '全县', '持证', '率', '的',
];
const NOISE = /[\s\p{P}\p{S}\d]/gu;
const UNIT_SUFFIX = /[（(][^）)]*[）)]\s*$/;

/** "残疾人基本康复服务覆盖率(%)" → "基本康复服务". */
export function measureKey(name: string): string {
  let key = name.replace(UNIT_SUFFIX, '');
  for (const word of COMMON_WORDS) if (key.includes(word)) key = key.split(word).join('');
  return key.replace(NOISE, '');
}
