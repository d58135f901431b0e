/**
 * The comparison data: what `compare()` returns and `comparisonReport()` words.
 * Plans are referred to by `Plan.id`; every list is in a documented, deterministic order.
 */
import type { Diagnostic, IndicatorAttribute, Value } from '../model/types.js';
import type { Direction } from '../normalize/catalogue.js';
import type { CollectiveKind, DepartmentType } from '../normalize/departments.js';
import type { TextReuseResult } from './text-reuse.js';

export interface PlanRef {
  id: string;
  /** Region name, else title, else id: how reports name the plan. */
  label: string;
  source: string;
  hasIndicatorTable: boolean;
  taskCount: number;
  projectCount: number;
}

export interface IndicatorCell {
  plan: string;
  /** Name as written in the document. */
  name: string;
  target: Value | null;
  baseline: Value | null;
  unit: string | null;
  attribute: IndicatorAttribute | null;
  origin: 'table' | 'prose';
  source: string;
  line: number;
  match: 'matched' | 'uncertain';
  method: 'alias' | 'similarity';
  matchConfidence: number;
  /** Unit compatible with the catalogue entry's unit. */
  comparable: boolean;
  /** Took part in the ranking (matched, comparable, numeric absolute target). */
  ranked: boolean;
}

export interface IndicatorRow {
  key: string;
  name: string;
  unit: string | null;
  concept: string | null;
  direction: Direction;
  /** In plan order; plans without the indicator have no cell. */
  cells: IndicatorCell[];
  /** Ranked plans grouped by equal target, most ambitious first (empty when fewer than two ranked). */
  tiers: string[][];
  most: string[];
  least: string[];
  /** True when two or more ranked cells all state the same target. */
  allEqual: boolean;
  missing: string[];
  /** Set when the plans disagree on binding vs expected. */
  attributeDiffers: { binding: string[]; expected: string[] } | null;
}

export interface UnplacedIndicator {
  plan: string;
  name: string;
  unit: string | null;
  origin: 'table' | 'prose';
  line: number;
  /** Best catalogue candidate, if any. */
  candidate: string | null;
  confidence: number | null;
}

export interface IndicatorMatrix {
  rows: IndicatorRow[];
  /** Table rows that matched no catalogue entry (prose figures that match nothing are not listed). */
  unmatched: UnplacedIndicator[];
}

export interface DepartmentCount {
  lead: number;
  co: number;
}

export interface DepartmentRow {
  key: string;
  name: string;
  gloss: string | null;
  type: DepartmentType | 'collective' | 'unknown';
  collective?: CollectiveKind;
  counts: Record<string, DepartmentCount>;
  total: DepartmentCount;
  /** Spellings seen, per plan, sorted. */
  spellings: Record<string, string[]>;
}

export interface FederationShare {
  plan: string;
  tasks: number;
  /** Tasks that name at least one lead unit. */
  withLead: number;
  ledByFederation: number;
  ledByFederationOnly: number;
  /** Led by the federation together with another unit. */
  ledJointly: number;
  /** Led without the federation (government departments, party organs …). */
  ledByOthers: number;
  /** ledByFederation / withLead, or null when no task names a lead. */
  federationShare: number | null;
}

export interface NearMiss {
  plan: string;
  source: string;
  written: string;
  key: string;
  canonical: string;
  matched: string;
  distance: number;
  lines: number[];
}

export interface ResponsibilityMatrix {
  rows: DepartmentRow[];
  shares: FederationShare[];
  nearMisses: NearMiss[];
}

export interface ProjectOccurrence {
  plan: string;
  name: string;
  box: number;
  boxTitle: string;
  line: number;
}

export interface ProjectGroup {
  key: string;
  name: string;
  /** In plan order, then line. */
  occurrences: ProjectOccurrence[];
  plans: string[];
  /** 'similar' when spellings differ beyond normalisation. */
  method: 'exact' | 'similar';
}

export interface ProjectComparison {
  groups: ProjectGroup[];
  plansWithProjects: string[];
  /** Group keys present in every plan that has projects (needs two or more such plans). */
  sharedByAll: string[];
  /** Per plan with projects: group keys only it has. */
  unique: Record<string, string[]>;
}

export type Finding =
  | { kind: 'no-plans' }
  | { kind: 'single-plan'; plan: string }
  | { kind: 'no-indicator-table'; plan: string; proseTargets: number }
  | { kind: 'most-ambitious'; indicator: string; plans: string[]; value: Value; runnerUp: { plans: string[]; value: Value }; gap: number; least?: { plans: string[]; value: Value; gap: number } }
  | { kind: 'all-equal'; indicator: string; plans: string[]; value: Value }
  | { kind: 'attribute-differs'; indicator: string; binding: string[]; expected: string[] }
  | { kind: 'missing-indicator'; indicator: string; plans: string[] }
  | { kind: 'units-differ'; concept: string; measures: { indicator: string; unit: string | null; plans: string[] }[] }
  | { kind: 'unit-not-comparable'; indicator: string; plan: string; unit: string | null; expected: string | null }
  | { kind: 'uncertain-match'; plan: string; name: string; indicator: string; confidence: number; origin: 'table' | 'prose'; line: number }
  | { kind: 'unmatched-indicator'; plan: string; name: string; line: number }
  | { kind: 'department-near-miss'; plan: string; written: string; department: string; distance: number; lines: number[] }
  | { kind: 'federation-share'; plan: string; share: number; ledByFederation: number; withLead: number }
  | { kind: 'federation-share-range'; highest: { plans: string[]; share: number }; lowest: { plans: string[]; share: number } }
  | { kind: 'no-tasks'; plan: string }
  | { kind: 'shared-projects'; projects: string[]; plans: string[] }
  | { kind: 'unique-projects'; plan: string; projects: string[] }
  | { kind: 'no-projects'; plan: string }
  | { kind: 'text-reuse'; plan: string; share: number; sentences: number; reused: number; distinctive: number }
  | { kind: 'text-reuse-unavailable' };

export interface Comparison {
  plans: PlanRef[];
  indicators: IndicatorMatrix;
  responsibility: ResponsibilityMatrix;
  projects: ProjectComparison;
  /** Text reuse (src/compare/text-reuse.ts); null when skipped or fewer than two plans. */
  textReuse: TextReuseResult | null;
  findings: Finding[];
  /** Near-miss department spellings and other normalisation warnings, with file and line. */
  diagnostics: Diagnostic[];
}
