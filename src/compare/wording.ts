/**
 * Sentences from comparison findings. English text with the documents' Chinese names as data.
 */
import type { Value } from '../model/types.js';
import { formatValue } from './ranking.js';
import type { Comparison, Finding } from './types.js';

export interface Namer {
  plan(id: string): string;
  plans(ids: readonly string[]): string;
  indicator(key: string): string;
  unit(key: string): string | null;
  lowerIsBetter(key: string): boolean;
  project(key: string): string;
}

export function namer(c: Comparison): Namer {
  const labels = new Map(c.plans.map((p) => [p.id, p.label]));
  const rows = new Map(c.indicators.rows.map((r) => [r.key, r]));
  const projects = new Map(c.projects.groups.map((g) => [g.key, g.name]));
  const plan = (id: string) => labels.get(id) ?? id;
  return {
    plan,
    plans: (ids) => listing(ids.map(plan)),
    indicator: (key) => rows.get(key)?.name ?? key,
    unit: (key) => rows.get(key)?.unit ?? null,
    lowerIsBetter: (key) => rows.get(key)?.direction === 'lower',
    project: (key) => projects.get(key) ?? key,
  };
}

/** Lists longer than this name the first few and count the rest. */
const MAX_LISTED = 6;

export function listing(items: readonly string[]): string {
  if (items.length > MAX_LISTED) return `${items.slice(0, MAX_LISTED - 1).join(', ')} and ${items.length - MAX_LISTED + 1} others`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function withUnit(v: Value, unit: string | null): string {
  const text = formatValue(v);
  return v.op !== 'qualitative' && unit !== null ? `${text}${unit === '%' ? '%' : ` ${unit}`}` : text;
}

function gapText(gap: number, unit: string | null): string {
  const n = Number.isInteger(gap) ? String(gap) : gap.toFixed(1);
  if (unit === '%') return `${n} percentage point${gap === 1 ? '' : 's'}`;
  return unit === null ? n : `${n} ${unit}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** One sentence per finding; null for findings shown only in tables. */
export function describeFinding(f: Finding, n: Namer): string | null {
  switch (f.kind) {
    case 'no-plans':
      return 'No plans were given, so there is nothing to compare.';
    case 'single-plan':
      return `Only one plan (${n.plan(f.plan)}) was given, so no target is ranked; the tables list its own commitments.`;
    case 'no-indicator-table':
      return f.proseTargets > 0
        ? `${n.plan(f.plan)} has no indicator table; ${f.proseTargets} target${f.proseTargets === 1 ? '' : 's'} stated in its text ${f.proseTargets === 1 ? 'is' : 'are'} used instead.`
        : `${n.plan(f.plan)} has no indicator table and no target in its text matched the catalogue.`;
    case 'most-ambitious': {
      const unit = n.unit(f.indicator);
      const higher = n.lowerIsBetter(f.indicator) ? 'lowest (most ambitious)' : 'highest';
      const verb = f.plans.length === 1 ? 'sets' : 'set';
      const margin = f.gap === 0 ? 'a strict bound beyond' : `${gapText(f.gap, unit)} beyond`;
      const trailing = f.least ? ` and ${gapText(f.least.gap, unit)} beyond ${n.plans(f.least.plans)} (${withUnit(f.least.value, unit)})` : '';
      return `${n.plans(f.plans)} ${verb} the ${higher} ${n.indicator(f.indicator)} target (${withUnit(f.value, unit)}), ${margin} ${n.plans(f.runnerUp.plans)} (${withUnit(f.runnerUp.value, unit)})${trailing}.`;
    }
    case 'all-equal':
      return `${n.plans(f.plans)} ${f.plans.length === 2 ? 'both' : 'all'} target ${withUnit(f.value, n.unit(f.indicator))} for ${n.indicator(f.indicator)}.`;
    case 'attribute-differs':
      return `${n.indicator(f.indicator)} is binding in ${n.plans(f.binding)} but expected (indicative) in ${n.plans(f.expected)}.`;
    case 'missing-indicator':
      return `${n.plans(f.plans)} set${f.plans.length === 1 ? 's' : ''} no ${n.indicator(f.indicator)} target.`;
    case 'units-differ':
      return `The measures of ${f.concept} differ in unit (${f.measures.map((m) => `${n.indicator(m.indicator)} in ${m.unit ?? 'no unit'}: ${n.plans(m.plans)}`).join('; ')}), so they are not ranked against each other.`;
    case 'unit-not-comparable':
      return `${n.plan(f.plan)} states ${n.indicator(f.indicator)} in ${f.unit ?? 'no unit'} rather than ${f.expected ?? 'the catalogue unit'}; its figure is shown but not ranked.`;
    case 'uncertain-match':
      return `${n.plan(f.plan)}: "${f.name}" (line ${f.line}) may be ${n.indicator(f.indicator)} (similarity ${f.confidence}); it is shown but not ranked.`;
    case 'unmatched-indicator':
      return `${n.plan(f.plan)}: indicator "${f.name}" (line ${f.line}) matches no catalogue entry.`;
    case 'department-near-miss':
      return `${n.plan(f.plan)} writes "${f.written}" (line${f.lines.length === 1 ? '' : 's'} ${f.lines.join(', ')}), taken as a misspelling of a known department and merged (edit distance ${f.distance}).`;
    case 'federation-share':
      return `The disabled persons' federation leads ${f.ledByFederation} of ${f.withLead} tasks in ${n.plan(f.plan)} (${percent(f.share)}).`;
    case 'federation-share-range':
      return `The disabled persons' federation leads the largest share of tasks in ${n.plans(f.highest.plans)} (${percent(f.highest.share)}) and the smallest in ${n.plans(f.lowest.plans)} (${percent(f.lowest.share)}).`;
    case 'no-tasks':
      return `${n.plan(f.plan)} assigns no tasks to departments.`;
    case 'shared-projects':
      return `${f.projects.length} key project${f.projects.length === 1 ? ' appears' : 's appear'} in all of ${n.plans(f.plans)}, e.g. ${listing(f.projects.slice(0, 3).map(n.project))}.`;
    case 'unique-projects':
      return `${f.projects.length} key project${f.projects.length === 1 ? ' is' : 's are'} unique to ${n.plan(f.plan)}: ${listing(f.projects.slice(0, 5).map(n.project))}${f.projects.length > 5 ? ' …' : ''}.`;
    case 'no-projects':
      return `${n.plan(f.plan)} has no key-project boxes.`;
    case 'text-reuse':
      return `${percent(f.share)} of ${n.plan(f.plan)}'s ${f.sentences} sentences appear, verbatim or nearly, in another plan of the set; ${f.distinctive} ${f.distinctive === 1 ? 'is' : 'are'} its own.`;
    case 'text-reuse-unavailable':
      return 'Text reuse was not analysed in this run.';
  }
}

const OVERFLOW_LABEL: Partial<Record<Finding['kind'], string>> = {
  'no-indicator-table': 'plans without an indicator table',
  'unit-not-comparable': 'figures in another unit',
  'uncertain-match': 'uncertain indicator matches',
  'unmatched-indicator': 'unmatched indicators',
  'department-near-miss': 'misspelt department names',
  'federation-share': "plans' federation shares",
  'no-tasks': 'plans without task assignments',
  'unique-projects': 'plans with projects of their own',
  'no-projects': 'plans without key-project boxes',
  'text-reuse': "plans' text-reuse shares",
};

/** The sentence that stands for findings left out of a long list. */
export function describeOverflow(kind: Finding['kind'], more: number): string {
  return `… and ${more} more ${OVERFLOW_LABEL[kind] ?? kind}; the tables and the JSON output list them all.`;
}
