/**
 * Plan ids: ASCII slugs from the pinyin of the region name, the division suffix set apart
 * (自贡市 → "zigong-shi", 巫山县 → "wushan-xian", 重庆市巴南区 → "banan-qu"), falling back to the
 * pinyin of the title, then to the file name.
 */
import { createRequire } from 'node:module';
import type { pinyin as PinyinFunction } from 'pinyin-pro';
import { DIVISION_READINGS } from './division-readings.js';

// pinyin-pro is loaded on first use: its dictionaries take ~40 ms to load in every thread, and
// most plans are named by a division whose reading was made at build time (below).
const require = createRequire(import.meta.url);
let pinyinFunction: typeof PinyinFunction | null = null;
function pinyin(text: string): string[] {
  pinyinFunction ??= (require('pinyin-pro') as { pinyin: typeof PinyinFunction }).pinyin;
  return pinyinFunction(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
}

const SUFFIX = /(自治区|自治州|自治县|特别行政区|地区|省|市|县|区|旗|盟)$/;

function ascii(s: string): string {
  // Pinyin is mostly plain ASCII already, which decomposition leaves as it is (and ICU is slow).
  const decomposed = /^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return decomposed
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Readings already made: division suffixes (县, 区, 市…) recur in every plan, and a run reads many plans.
const readings = new Map<string, string>();
const MAX_READINGS = 10_000;
// The readings of every division's parts, made at build time (division-readings.ts): pinyin-pro
// segments each name against its dictionary, which cost a run ~80 µs per plan.
let divisionReadings: Map<string, string> | null = null;

/** Han characters as toneless pinyin run together ("乐山" → "leshan"); other characters kept. */
export function toPinyin(s: string): string {
  if (!/\p{Script=Han}/u.test(s)) return s;
  divisionReadings ??= new Map(DIVISION_READINGS.split('\n').map((line) => line.split('\t') as [string, string]));
  const known = divisionReadings.get(s) ?? readings.get(s);
  if (known !== undefined) return known;
  const reading = pinyin(s).join('');
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(s, reading);
  return reading;
}

/** A region name's stem and division suffix, read separately (巴南区 → 巴南, 区). */
export function regionNameParts(name: string): string[] {
  const m = SUFFIX.exec(name);
  const stem = m ? name.slice(0, m.index) : name;
  return m && stem !== '' ? [stem, m[1] ?? ''] : [name];
}

export function slugFromRegionName(name: string): string {
  return ascii(regionNameParts(name).map(toPinyin).join('-'));
}

/** Slug of a title: the first 12 characters' pinyin, without quotes and brackets. */
export function slugFromTitle(title: string): string {
  const core = title.replace(/[“”"《》〈〉「」]/g, '').slice(0, 12);
  return ascii(
    pinyin(core)
      .filter((s) => s.trim() !== '')
      .join('-'),
  );
}

export function slugFromSource(source: string): string {
  const base = source.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '') ?? '';
  return ascii(/\p{Script=Han}/u.test(base) ? toPinyin(base) : base);
}

/** The first non-empty slug of region name, title and file name; "plan" when all are empty. */
export function planId(regionName: string | null, title: string | null, source: string): string {
  // In order, each made only when those before it came out empty (pinyin is not cheap).
  const candidates = [
    () => (regionName ? slugFromRegionName(regionName) : ''),
    () => (title ? slugFromTitle(title) : ''),
    () => slugFromSource(source),
  ];
  for (const candidate of candidates) {
    const slug = candidate();
    if (slug !== '') return slug;
  }
  return 'plan';
}

/** Makes ids unique in order: the first keeps its id, later duplicates get "-2", "-3"… */
export function uniqueIds(ids: readonly string[]): string[] {
  const taken = new Set(ids);
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count === 1) return id;
    let n = count;
    while (taken.has(`${id}-${n}`)) n++;
    const unique = `${id}-${n}`;
    taken.add(unique);
    return unique;
  });
}
