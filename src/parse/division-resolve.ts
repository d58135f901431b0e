/**
 * Choosing among same-named divisions (GB/T 2260 repeats names such as 朝阳区 and 新华区): the
 * one whose province or city the text names most often.
 */
import type { Region } from '../model/types.js';
import type { Division, PlaceMention } from './divisions.js';

/** 四川省 → 四川, 自贡市 → 自贡, 凉山彝族自治州 → 凉山: how the text often names a parent. */
export function shortName(name: string): string {
  const short = name.replace(/(?:[\p{Script=Han}]{1,8}族)*(?:自治区|自治州|自治县|特别行政区|省|市|地区|盟|县|区|旗)$/u, '');
  return short.length >= 2 ? short : name;
}

/** Non-overlapping occurrences of `word` in `text`. */
function countOf(text: string, word: string): number {
  if (word === '') return 0;
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/** How strongly a text points at this division's parents (province, city). */
function parentEvidence(d: Division, context: string): number {
  const parents = [d.province, ...(d.city ? [d.city] : [])].filter((p) => p !== d.name);
  return parents.reduce((sum, p) => sum + countOf(context, p) + countOf(context, shortName(p)), 0);
}

function regionOf({ name, level, province, code }: Division): Region {
  return { name, level, province, code };
}

export type Resolution =
  | { kind: 'resolved'; region: Region }
  | { kind: 'ambiguous'; region: Region; candidates: string[] };

/** Picks among same-named divisions by the parents the context mentions (重庆市巴南区, 西安市). */
export function resolvePlace(mention: PlaceMention, context: string): Resolution {
  // A name that only one division has needs no choosing (nor its parents counted).
  const [only] = mention.candidates;
  if (only !== undefined && mention.candidates.length === 1) return { kind: 'resolved', region: regionOf(only) };
  const scored = mention.candidates.map((d) => ({ d, score: parentEvidence(d, context) }));
  scored.sort((a, b) => b.score - a.score || a.d.code.localeCompare(b.d.code));
  const [best, second] = scored;
  if (best && best.score > 0 && best.score > (second?.score ?? 0)) return { kind: 'resolved', region: regionOf(best.d) };
  const level = mention.candidates[0]?.level ?? null;
  return {
    kind: 'ambiguous',
    region: { name: mention.name, level, province: null, code: null },
    candidates: scored.map((s) => `${s.d.province}${s.d.city ?? ''}${s.d.name} ${s.d.code}`),
  };
}
