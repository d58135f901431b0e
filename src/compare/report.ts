/**
 * comparisonReport(): the format-neutral Report (src/render/report.ts) for a Comparison:
 * findings first, then one section and table per matrix.
 */
import type { CellMark, Report, ReportCell, ReportSection, ReportTable } from '../render/report.js';
import { formatValue } from './ranking.js';
import { indicatorCellsSection } from './report-indicator-cells.js';
import { federationSection, responsibilitySection } from './report-responsibility.js';
import { reuseSections } from './report-reuse.js';
import { WIDE_PLANS } from './wide.js';
import type { Comparison, Finding, IndicatorCell, IndicatorRow, ProjectGroup, ProjectOccurrence } from './types.js';
import { describeFinding, describeOverflow, namer, type Namer } from './wording.js';

/** Findings worth the summary; the rest are listed under their section. */
const SUMMARY_KINDS = new Set<Finding['kind']>(['no-plans', 'single-plan', 'no-indicator-table', 'most-ambitious', 'attribute-differs', 'units-differ', 'federation-share-range', 'department-near-miss', 'shared-projects', 'text-reuse-unavailable']);
const INDICATOR_KINDS = new Set<Finding['kind']>(['all-equal', 'missing-indicator', 'unit-not-comparable', 'uncertain-match', 'unmatched-indicator']);
const RESPONSIBILITY_KINDS = new Set<Finding['kind']>(['federation-share', 'no-tasks']);
const PROJECT_KINDS = new Set<Finding['kind']>(['unique-projects', 'no-projects']);
const REUSE_KINDS = new Set<Finding['kind']>(['text-reuse']);

/** Per-plan kinds grow with the number of plans: at most this many sentences each, the rest counted. */
const MAX_PER_KIND = 6;
const PER_PLAN_KINDS = new Set<Finding['kind']>([
  'no-indicator-table', 'unit-not-comparable', 'uncertain-match', 'unmatched-indicator', 'department-near-miss',
  'federation-share', 'no-tasks', 'unique-projects', 'no-projects', 'text-reuse',
]);

function sentences(c: Comparison, n: Namer, kinds: ReadonlySet<Finding['kind']>): string[] {
  const out: string[] = [];
  const seen = new Map<Finding['kind'], number>();
  for (const f of c.findings) {
    if (!kinds.has(f.kind)) continue;
    const count = (seen.get(f.kind) ?? 0) + 1;
    seen.set(f.kind, count);
    const sentence = count <= MAX_PER_KIND || !PER_PLAN_KINDS.has(f.kind) ? describeFinding(f, n) : null;
    if (sentence !== null) out.push(sentence);
  }
  for (const [kind, count] of seen) if (count > MAX_PER_KIND && PER_PLAN_KINDS.has(kind)) out.push(describeOverflow(kind, count - MAX_PER_KIND));
  return out;
}

function cellNote(cell: IndicatorCell): string {
  const parts = [`${cell.source}:${cell.line}`, cell.origin];
  if (cell.attribute) parts.push(cell.attribute);
  if (cell.baseline) parts.push(`baseline ${formatValue(cell.baseline)}`);
  if (cell.unit) parts.push(`unit ${cell.unit}`);
  if (cell.match === 'uncertain' || cell.method === 'similarity') parts.push(`"${cell.name}" matched at ${cell.matchConfidence}`);
  return parts.join(' · ');
}

function indicatorCell(row: RankedSets, plan: string, cell: IndicatorCell | undefined, siblings: readonly Sibling[]): ReportCell {
  if (cell === undefined) {
    // Measured in another unit on a sibling row: not missing, just not comparable here.
    const other = siblings.find((r) => r.plans.has(plan));
    return other ? { value: null, note: `measured as ${other.name} (${other.unit ?? 'no unit'})`, mark: 'not-comparable' } : { value: null, mark: 'missing' };
  }
  let mark: CellMark | undefined;
  if (cell.match === 'uncertain') mark = 'uncertain';
  else if (!cell.comparable || (siblings.length > 0 && !cell.ranked)) mark = 'not-comparable';
  else if (row.most.has(cell.plan)) mark = 'most';
  else if (row.least.has(cell.plan)) mark = 'least';
  return { value: formatValue(cell.target), note: cellNote(cell), ...(mark ? { mark } : {}) };
}

/** A row's most and least ambitious plans (a national set can tie thousands of plans). */
interface RankedSets {
  most: ReadonlySet<string>;
  least: ReadonlySet<string>;
}

/** A row measuring the same concept in another unit, with the plans it has cells for. */
interface Sibling {
  name: string;
  unit: string | null;
  plans: ReadonlySet<string>;
}

function cellsByPlan(r: IndicatorRow, c: Comparison, siblings: readonly Sibling[]): ReportCell[] {
  const byPlan = new Map(r.cells.map((x) => [x.plan, x]));
  const ranked: RankedSets = { most: new Set(r.most), least: new Set(r.least) };
  return c.plans.map((p) => indicatorCell(ranked, p.id, byPlan.get(p.id), siblings));
}

function indicatorSection(c: Comparison, n: Namer): ReportSection {
  const plansOf = new Map(c.indicators.rows.map((r) => [r, new Set(r.cells.map((x) => x.plan))]));
  const siblingsOf = (r: IndicatorRow): Sibling[] => c.indicators.rows
    .filter((o) => o !== r && o.concept !== null && o.concept === r.concept)
    .map((o) => ({ name: o.name, unit: o.unit, plans: plansOf.get(o)! }));
  const rows = c.indicators.rows.map((r) => [
    { value: r.name, note: r.key },
    { value: r.unit },
    ...cellsByPlan(r, c, siblingsOf(r)),
    { value: n.plans(r.most) || null },
    { value: n.plans(r.least) || null },
  ]);
  const narrow: ReportTable = {
    name: 'indicators',
    columns: [{ header: 'Indicator' }, { header: 'Unit' }, { header: 'Plans with a target', kind: 'number' }, { header: 'Most ambitious' }, { header: 'Least ambitious' }],
    rows: c.indicators.rows.map((r) => [
      { value: r.name, note: r.key }, { value: r.unit }, { value: r.cells.filter((x) => x.target !== null).length }, { value: n.plans(r.most) || null }, { value: n.plans(r.least) || null },
    ]),
  };
  return {
    title: 'Indicators',
    paragraphs: sentences(c, n, INDICATOR_KINDS),
    table: {
      name: 'indicators',
      columns: [{ header: 'Indicator' }, { header: 'Unit' }, ...c.plans.map((p) => ({ header: p.label })), { header: 'Most ambitious' }, { header: 'Least ambitious' }],
      rows,
      keyColumns: 1,
      ...(c.plans.length > WIDE_PLANS ? { narrow } : {}),
    },
  };
}

function projectSection(c: Comparison, n: Namer): ReportSection {
  const nameCell = (g: ProjectGroup): ReportCell =>
    ({ value: g.name, note: g.method === 'similar' ? `matched by similarity: ${[...new Set(g.occurrences.map((o) => o.name))].join(' / ')}` : g.key });
  const narrow: ReportTable = {
    name: 'projects',
    columns: [{ header: 'Project' }, { header: 'Plans', kind: 'number' }, { header: 'In' }],
    rows: c.projects.groups.map((g) => [nameCell(g), { value: g.plans.length }, { value: n.plans(g.plans) }]),
  };
  return {
    title: 'Key projects',
    paragraphs: sentences(c, n, PROJECT_KINDS),
    table: {
      name: 'projects',
      columns: [{ header: 'Project' }, { header: 'Plans', kind: 'number' }, ...c.plans.map((p) => ({ header: p.label }))],
      rows: c.projects.groups.map((g) => [nameCell(g), { value: g.plans.length }, ...projectCells(c, g)]),
      ...(c.plans.length > WIDE_PLANS ? { narrow } : {}),
    },
  };
}

function projectCells(c: Comparison, g: ProjectGroup): ReportCell[] {
  const byPlan = new Map<string, ProjectOccurrence[]>();
  for (const o of g.occurrences) byPlan.set(o.plan, [...(byPlan.get(o.plan) ?? []), o]);
  return c.plans.map((p) => {
    const occ = byPlan.get(p.id) ?? [];
    return occ.length === 0 ? { value: null } : { value: occ[0].name, note: occ.map((o) => `${p.source}:${o.line} · ${o.boxTitle}`).join('; ') };
  });
}

export function comparisonReport(c: Comparison): Report {
  const n = namer(c);
  const summary = sentences(c, n, SUMMARY_KINDS);
  const sections = c.plans.length === 0 ? [] : [indicatorSection(c, n), indicatorCellsSection(c), responsibilitySection(c, sentences(c, n, RESPONSIBILITY_KINDS)), federationSection(c, n), projectSection(c, n), ...reuseSections(c, n, sentences(c, n, REUSE_KINDS))];
  return { title: `Comparison of ${c.plans.length} plan${c.plans.length === 1 ? '' : 's'}`, summary, sections };
}
