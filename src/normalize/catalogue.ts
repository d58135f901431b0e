/**
 * The indicator catalogue (templates/indicators.yaml): loading, validation and matching of
 * table indicators and prose targets to canonical keys.
 */
import { DataFileError, isNonEmptyString, isRecord, isStringArray, parseYaml, readTemplate } from './data-file.js';
import { dice } from '../text/bigrams.js';
import { measureKey } from '../text/measure-key.js';
import { byCodePoint, foldWidth, round3, stripPunctuation } from './text.js';

export type Direction = 'higher' | 'lower';

export interface CatalogueEntry {
  key: string;
  name: string;
  unit: string | null;
  aliases: string[];
  concept?: string;
  direction?: Direction;
  /** Further units accepted as the same measure. */
  units?: string[];
}

export interface Catalogue {
  entries: CatalogueEntry[];
  /** Normalised alias (and name) → entry key. */
  aliasIndex: ReadonlyMap<string, string>;
}

export type IndicatorMatch =
  | { kind: 'matched'; key: string; confidence: number; method: 'alias' | 'similarity'; comparable: boolean; unit: string | null }
  | { kind: 'uncertain'; key: string; confidence: number; runnerUp: string | null; comparable: boolean; unit: string | null }
  | { kind: 'unmatched'; best: { key: string; confidence: number } | null; unit: string | null };

/** At or above: accepted by similarity. Between UNCERTAIN and MATCH: reported as uncertain. */
export const MATCH_THRESHOLD = 0.85;
export const UNCERTAIN_THRESHOLD = 0.6;
/** Two different keys scoring within this margin make a similarity match uncertain. */
const AMBIGUITY_MARGIN = 0.05;

const UNIT_SYNONYMS: Record<string, string> = { '％': '%', 百分比: '%', 百分点: '%', 个百分点: '%', 人数: '人', 名: '人', 户数: '户' };

export function normalizeUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const u = foldWidth(unit).replace(/^[(]|[)]$/g, '');
  if (u === '') return null;
  return UNIT_SYNONYMS[u] ?? u;
}

/** Unit implied by the name when the document states none ("…培训人次", "…覆盖率"). */
export function inferUnit(name: string): string | null {
  const n = foldWidth(name).replace(/\([^()]*\)$/, '');
  if (/人次$/.test(n)) return '人次';
  if (/人数$/.test(n)) return '人';
  if (/户数$/.test(n)) return '户';
  if (/(率|比例|占比)$/.test(n)) return '%';
  return null;
}

/** Canonical matching form: width folded, trailing "(unit)" and 人次/人数 dropped, no punctuation, no 全市/我县 lead-in. */
export function normalizeIndicatorName(name: string): string {
  let n = foldWidth(name).replace(/\([^()]{0,6}\)$/, '').replace(/%$/, '');
  n = stripPunctuation(n).replace(/^(全|我)(省|市|州|县|区|旗)/, '');
  return n.replace(/(人次|人数)$/, '');
}

export function parseCatalogue(text: string, file: string): Catalogue {
  const data = parseYaml(text, file);
  const problems: string[] = [];
  if (!Array.isArray(data)) throw new DataFileError(file, ['expected a list of indicator entries']);
  const entries: CatalogueEntry[] = [];
  const aliasIndex = new Map<string, string>();
  data.forEach((raw: unknown, i) => {
    const where = `entry ${i + 1}`;
    if (!isRecord(raw) || !isNonEmptyString(raw.key) || !isNonEmptyString(raw.name)) {
      problems.push(`${where}: needs string key and name`);
      return;
    }
    const { key, name } = raw;
    if (!/^[a-z0-9-]+$/.test(key)) problems.push(`${where} (${key}): key must be lower-case ASCII with dashes`);
    if (raw.unit !== null && raw.unit !== undefined && !isNonEmptyString(raw.unit)) problems.push(`${key}: unit must be a string or null`);
    if (raw.aliases !== undefined && !isStringArray(raw.aliases)) problems.push(`${key}: aliases must be a list of strings`);
    if (raw.direction !== undefined && raw.direction !== 'higher' && raw.direction !== 'lower') problems.push(`${key}: direction must be higher or lower`);
    if (raw.units !== undefined && !isStringArray(raw.units)) problems.push(`${key}: units must be a list of strings`);
    if (entries.some((e) => e.key === key)) problems.push(`${key}: duplicate key`);
    const entry: CatalogueEntry = {
      key,
      name,
      unit: normalizeUnit(typeof raw.unit === 'string' ? raw.unit : null),
      aliases: isStringArray(raw.aliases) ? raw.aliases : [],
    };
    if (isNonEmptyString(raw.concept)) entry.concept = raw.concept;
    if (raw.direction === 'higher' || raw.direction === 'lower') entry.direction = raw.direction;
    if (isStringArray(raw.units)) entry.units = raw.units.map((u) => normalizeUnit(u) ?? u);
    for (const alias of [name, ...entry.aliases]) {
      const norm = normalizeIndicatorName(alias);
      const owner = aliasIndex.get(norm);
      if (owner !== undefined && owner !== key) problems.push(`${key}: alias "${alias}" already belongs to ${owner}`);
      else aliasIndex.set(norm, key);
    }
    entries.push(entry);
  });
  if (problems.length > 0) throw new DataFileError(file, problems);
  return { entries, aliasIndex };
}

let cached: Catalogue | null = null;

/** The catalogue shipped in templates/indicators.yaml, loaded and validated once. */
export function defaultCatalogue(): Catalogue {
  if (cached === null) {
    const { text, file } = readTemplate('indicators.yaml');
    cached = parseCatalogue(text, file);
  }
  return cached;
}

export function catalogueEntry(catalogue: Catalogue, key: string): CatalogueEntry | undefined {
  return catalogue.entries.find((e) => e.key === key);
}

/** Factor that converts a figure in `unit` to the entry's unit (万人次 → 人次: 10000), or null if incompatible. */
export function unitScale(entry: CatalogueEntry, unit: string | null): number | null {
  if (unit === null || entry.unit === null) return 1;
  const same = (u: string) => u === entry.unit || (entry.units ?? []).includes(u);
  if (same(unit)) return 1;
  if (unit.startsWith('万') && same(unit.slice(1))) return 10_000;
  return null;
}

function unitsCompatible(entry: CatalogueEntry, unit: string | null): boolean {
  return unitScale(entry, unit) !== null;
}

/** Below this, the words that tell measures apart (measureKey) are read as naming another measure. */
const DISTINCT_KEY = 0.5;

/**
 * Dice of the whole names; when what is left after the words every measure shares differs
 * (托养照护服务覆盖率 vs 基本康复服务覆盖率: keys 托养照护服务 / 基本康复服务), the score is
 * lowered to the mean of the two. Never raised, so a match on boilerplate alone stays a near miss.
 */
function nameSimilarity(norm: string, normKey: string, alias: string): number {
  const whole = dice(norm, alias);
  const aliasKey = measureKey(alias);
  if (normKey === '' || aliasKey === '') return whole;
  const key = dice(normKey, aliasKey);
  return key < DISTINCT_KEY ? Math.min(whole, (whole + key) / 2) : whole;
}

/** Match an indicator name (table row or prose subject) and its unit to the catalogue. */
export function matchIndicator(name: string, unit: string | null, catalogue: Catalogue = defaultCatalogue()): IndicatorMatch {
  const observedUnit = normalizeUnit(unit) ?? inferUnit(name);
  const norm = normalizeIndicatorName(name);
  const exact = catalogue.aliasIndex.get(norm);
  const entryOf = (key: string): CatalogueEntry => catalogueEntry(catalogue, key)!;
  if (exact !== undefined) {
    return { kind: 'matched', key: exact, confidence: 1, method: 'alias', comparable: unitsCompatible(entryOf(exact), observedUnit), unit: observedUnit };
  }
  const best = new Map<string, number>();
  const normKey = measureKey(norm);
  for (const [alias, key] of catalogue.aliasIndex) best.set(key, Math.max(best.get(key) ?? 0, nameSimilarity(norm, normKey, alias)));
  const all = [...best].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
  // A stated unit settles between near-identical names ("…无障碍改造" in 户 is the count, not the coverage).
  const sameUnit = all.filter(([key]) => unitsCompatible(entryOf(key), observedUnit));
  const ranked = observedUnit !== null && sameUnit.length > 0 && sameUnit[0][1] >= UNCERTAIN_THRESHOLD ? sameUnit : all;
  const [top, second] = ranked;
  if (top === undefined || top[1] < UNCERTAIN_THRESHOLD) {
    return { kind: 'unmatched', best: top === undefined ? null : { key: top[0], confidence: round3(top[1]) }, unit: observedUnit };
  }
  const comparable = unitsCompatible(entryOf(top[0]), observedUnit);
  const ambiguous = second !== undefined && top[1] - second[1] < AMBIGUITY_MARGIN;
  if (top[1] >= MATCH_THRESHOLD && !ambiguous) {
    return { kind: 'matched', key: top[0], confidence: round3(top[1]), method: 'similarity', comparable, unit: observedUnit };
  }
  return { kind: 'uncertain', key: top[0], confidence: round3(top[1]), runnerUp: ambiguous ? second[0] : null, comparable, unit: observedUnit };
}
