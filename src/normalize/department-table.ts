/**
 * The department alias table (templates/departments.yaml): types, validation, loading once.
 */
import { DataFileError, isNonEmptyString, isRecord, isStringArray, parseYaml, readTemplate } from './data-file.js';
import { foldWidth } from './text.js';

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
