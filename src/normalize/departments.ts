/**
 * Department-name normalisation (templates/departments.yaml): level/place prefixes removed,
 * aliases mapped to one canonical department, collectives recognised, near misses merged.
 */
import { distance } from 'fastest-levenshtein';
import { DataFileError, isNonEmptyString, isRecord, isStringArray, parseYaml, readTemplate } from './data-file.js';
import { byCodePoint, foldWidth } from './text.js';

export type DepartmentType = 'government' | 'party' | 'federation' | 'mass-organisation' | 'judicial' | 'enterprise' | 'other';
export type CollectiveKind = 'governments' | 'departments';
const TYPES: readonly DepartmentType[] = ['government', 'party', 'federation', 'mass-organisation', 'judicial', 'enterprise', 'other'];

export interface Department {
  key: string;
  name: string;
  gloss: string;
  type: DepartmentType;
  aliases: string[];
}

export interface Collective {
  pattern: RegExp;
  kind: CollectiveKind;
  name: string;
  gloss: string;
}

export interface DepartmentTable {
  departments: Department[];
  collectives: Collective[];
  /** Canonical name or alias → department key. */
  index: ReadonlyMap<string, { key: string; canonical: boolean }>;
}

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

export function parseDepartmentTable(text: string, file: string): DepartmentTable {
  const data = parseYaml(text, file);
  const problems: string[] = [];
  if (!isRecord(data) || !Array.isArray(data.departments)) throw new DataFileError(file, ['expected "departments:" (a list)']);
  const departments: Department[] = [];
  const index = new Map<string, { key: string; canonical: boolean }>();
  data.departments.forEach((raw: unknown, i) => {
    if (!isRecord(raw) || !isNonEmptyString(raw.key) || !isNonEmptyString(raw.name) || !isNonEmptyString(raw.gloss)) {
      problems.push(`department ${i + 1}: needs string key, name and gloss`);
      return;
    }
    const type = TYPES.find((t) => t === raw.type);
    if (type === undefined) problems.push(`${raw.key}: type must be one of ${TYPES.join(', ')}`);
    if (raw.aliases !== undefined && !isStringArray(raw.aliases)) problems.push(`${raw.key}: aliases must be a list of strings`);
    const dept: Department = { key: raw.key, name: raw.name, gloss: raw.gloss, type: type ?? 'other', aliases: isStringArray(raw.aliases) ? raw.aliases : [] };
    for (const [spelling, canonical] of [[dept.name, true], ...dept.aliases.map((a) => [a, false] as const)] as const) {
      const norm = foldWidth(spelling);
      const owner = index.get(norm);
      if (owner !== undefined && owner.key !== dept.key) problems.push(`${dept.key}: "${spelling}" already belongs to ${owner.key}`);
      else index.set(norm, { key: dept.key, canonical });
    }
    if (departments.some((d) => d.key === dept.key)) problems.push(`${dept.key}: duplicate key`);
    departments.push(dept);
  });
  const collectives: Collective[] = [];
  for (const [i, raw] of (Array.isArray(data.collectives) ? data.collectives : []).entries()) {
    if (!isRecord(raw) || !isNonEmptyString(raw.pattern) || (raw.kind !== 'governments' && raw.kind !== 'departments') || !isNonEmptyString(raw.name) || !isNonEmptyString(raw.gloss)) {
      problems.push(`collective ${i + 1}: needs pattern, kind (governments|departments), name and gloss`);
      continue;
    }
    try {
      collectives.push({ pattern: new RegExp(raw.pattern, 'u'), kind: raw.kind, name: raw.name, gloss: raw.gloss });
    } catch {
      problems.push(`collective ${i + 1}: invalid pattern ${raw.pattern}`);
    }
  }
  if (problems.length > 0) throw new DataFileError(file, problems);
  return { departments, collectives, index };
}

let cached: DepartmentTable | null = null;

/** The table shipped in templates/departments.yaml, loaded and validated once. */
export function defaultDepartmentTable(): DepartmentTable {
  if (cached === null) {
    const { text, file } = readTemplate('departments.yaml');
    cached = parseDepartmentTable(text, file);
  }
  return cached;
}

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
