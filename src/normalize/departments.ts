/**
 * Department-name normalisation (templates/departments.yaml): level/place prefixes removed,
 * aliases mapped to one canonical department, collectives recognised, near misses merged.
 */
import { distance } from 'fastest-levenshtein';
import { defaultDepartmentTable, type Department, type DepartmentTable, type CollectiveKind, type DepartmentType } from './department-table.js';
import { byCodePoint, foldWidth } from './text.js';

export * from './department-table.js';

export interface DepartmentMatch {
  /** Canonical key; for an unknown unit, its name with prefixes removed. */
  key: string;
  /** Canonical Chinese name. */
  name: string;
  gloss: string | null;
  type: DepartmentType | 'collective' | 'unknown';
  collective?: CollectiveKind;
  match: 'exact' | 'alias' | 'near-miss' | 'unknown';
  /** Edit distance to the alias a near miss was merged into. */
  distance?: number;
  /** The spelling (prefixes removed) that was matched or merged. */
  matched?: string;
}

export interface NormalizeContext {
  /** Place names to strip: the plan's locality and province ("巫山县", "重庆市"). */
  places?: readonly (string | null)[];
}

// One level character, optionally 级/属 (区级…, 区属…), when at least two characters remain.
const LEVEL_PREFIX = /^[省市县区州旗][级属]?(?=.{2,})/;
const PLACE_SUFFIX = /(自治县|自治州|地区|新区|市|县|区|州|省|旗)$/;

/** Full and short forms of the given places, longest first ("巫山县", "巫山"). */
function placeForms(places: readonly (string | null)[]): string[] {
  const forms = new Set<string>();
  for (const p of places) {
    if (p === null || p === '') continue;
    const full = foldWidth(p);
    forms.add(full);
    const short = full.replace(PLACE_SUFFIX, '');
    if ([...short].length >= 2) forms.add(short);
  }
  return [...forms].sort((a, b) => b.length - a.length || byCodePoint(a, b));
}

/** Allowed edit distance for a near miss: none for very short names, more for long ones. */
function nearMissBudget(length: number): number {
  if (length < 4) return 0;
  return length >= 9 ? 2 : 1;
}

export function normalizeDepartment(name: string, context: NormalizeContext = {}, table: DepartmentTable = defaultDepartmentTable()): DepartmentMatch {
  const written = foldWidth(name);
  const unbracketed = written.replace(/\([^()]*\)/g, '');
  // "各乡镇（街道）" ends in a bracket: test the name with and without bracketed notes.
  const collective = table.collectives.find((c) => c.pattern.test(written) || c.pattern.test(unbracketed));
  if (collective) return { key: `collective:${collective.kind}`, name: collective.name, gloss: collective.gloss, type: 'collective', collective: collective.kind, match: 'alias' };
  let stripped = unbracketed;
  for (const place of placeForms(context.places ?? [])) stripped = stripped.split(place).join('');
  const candidates = [stripped, stripped.replace(LEVEL_PREFIX, '')];
  const deptOf = (key: string): Department => table.departments.find((d) => d.key === key)!;
  for (const candidate of candidates) {
    const hit = table.index.get(candidate);
    if (hit) {
      const d = deptOf(hit.key);
      return { key: d.key, name: d.name, gloss: d.gloss, type: d.type, match: hit.canonical ? 'exact' : 'alias', matched: candidate };
    }
  }
  const bare = candidates[1];
  let best: { spelling: string; key: string; distance: number } | null = null;
  let tie = false;
  for (const [spelling, { key }] of table.index) {
    const d = distance(bare, spelling);
    if (best === null || d < best.distance) [best, tie] = [{ spelling, key, distance: d }, false];
    else if (d === best.distance && key !== best.key) tie = true;
  }
  if (best !== null && !tie && best.distance > 0 && best.distance <= nearMissBudget(Math.max(bare.length, best.spelling.length))) {
    const d = deptOf(best.key);
    return { key: d.key, name: d.name, gloss: d.gloss, type: d.type, match: 'near-miss', distance: best.distance, matched: best.spelling };
  }
  return { key: bare, name: bare, gloss: null, type: 'unknown', match: 'unknown' };
}
