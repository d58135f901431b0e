/**
 * "Is this the same measure?" for the consistency checks: Dice similarity of character bigrams
 * after stripping the words every measure name shares (残疾人, 覆盖率, 城乡居民…). Deliberately
 * simple and documented; the indicator catalogue in src/normalize/ may replace it.
 */
import { dice } from '../../text/bigrams.js';

// Longest first: 覆盖率 is stripped before 率 so "服务率" and "服务覆盖率" both become "服务".
const COMMON_WORDS = [
  '残疾人', '城乡居民', '符合条件的', '有需求的', '有需求', '覆盖率', '落实率', '比例', '残疾',
  '阶段', '适龄', '全市', '全区', '全县', '持证', '率', '的',
];
const NOISE = /[\s\p{P}\p{S}\d]/gu;
const UNIT_SUFFIX = /[（(][^）)]*[）)]\s*$/;

/** The part of a measure name that tells measures apart: "残疾人基本康复服务覆盖率(%)" → "基本康复服务". */
export function measureKey(name: string): string {
  let key = name.replace(UNIT_SUFFIX, '');
  for (const word of COMMON_WORDS) key = key.split(word).join('');
  return key.replace(NOISE, '');
}

/** Similarity of two measure names after stripping shared words; 1 for identical keys. */
export function measureSimilarity(a: string, b: string): number {
  const [ka, kb] = [measureKey(a), measureKey(b)];
  if (ka === '' || kb === '') return 0;
  return dice(ka, kb);
}
