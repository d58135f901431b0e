/**
 * Indicator matrix: every plan's table indicators and prose targets placed on catalogue rows,
 * ranked per row by ambition.
 */
import type { PlanDocument, Value } from '../model/types.js';
import { catalogueEntry, matchIndicator, unitScale, type Catalogue, type IndicatorMatch } from '../normalize/catalogue.js';
import { inferDirection, isRankable, rankByAmbition } from './ranking.js';
import type { IndicatorCell, IndicatorMatrix, IndicatorRow, UnplacedIndicator } from './types.js';

interface Placed {
  key: string;
  cell: IndicatorCell;
}

type Matcher = (name: string, unit: string | null) => IndicatorMatch;

/** Names repeat across plans; match each (name, unit) once per comparison. */
function memoMatcher(catalogue: Catalogue): Matcher {
  const memo = new Map<string, IndicatorMatch>();
  return (name, unit) => {
    const id = `${name}\u0000${unit ?? ''}`;
    let m = memo.get(id);
    if (m === undefined) memo.set(id, (m = matchIndicator(name, unit, catalogue)));
    return m;
  };
}

/** A figure in 万人次 restated in 人次 (the text keeps the document's wording). */
function scaled(v: Value | null, scale: number | null): Value | null {
  if (v === null || scale === null || scale === 1 || v.value === null) return v;
  return { ...v, value: v.value * scale };
}

function placeIndicators(doc: PlanDocument, match: Matcher, catalogue: Catalogue): { placed: Placed[]; unmatched: UnplacedIndicator[] } {
  const { plan } = doc;
  const placed: Placed[] = [];
  const unmatched: UnplacedIndicator[] = [];
  const sources = [
    ...plan.indicators.map((i) => ({ origin: 'table' as const, name: i.name, unit: i.unit, target: i.target, baseline: i.baseline, attribute: i.attribute, line: i.source.line })),
    ...plan.targets.map((t) => ({ origin: 'prose' as const, name: t.subject, unit: t.unit, target: t.value, baseline: null, attribute: null, line: t.source.line })),
  ];
  for (const s of sources) {
    const m = match(s.name, s.unit);
    // A prose figure in another unit measures something else (护理补贴 in 元/人·月 is an amount, not coverage).
    if (s.origin === 'prose' && m.kind !== 'unmatched' && !m.comparable) continue;
    if (m.kind === 'unmatched') {
      if (s.origin === 'table') unmatched.push({ plan: plan.id, name: s.name, unit: s.unit, origin: s.origin, line: s.line, candidate: m.best?.key ?? null, confidence: m.best?.confidence ?? null });
      continue;
    }
    const scale = unitScale(catalogueEntry(catalogue, m.key)!, m.unit);
    const toEntryUnit = scale !== null && scale !== 1;
    placed.push({
      key: m.key,
      cell: {
        plan: plan.id, name: s.name, target: scaled(s.target, scale), baseline: scaled(s.baseline, scale),
        unit: toEntryUnit ? catalogueEntry(catalogue, m.key)!.unit : m.unit, attribute: s.attribute,
        origin: s.origin, source: plan.source, line: s.line,
        match: m.kind, method: m.kind === 'matched' ? m.method : 'similarity', matchConfidence: m.confidence,
        comparable: m.comparable, ranked: false,
      },
    });
  }
  return { placed, unmatched };
}

/** One cell per plan and row: table before prose, matched before uncertain, then the earliest line. */
function preference(c: IndicatorCell): number[] {
  return [c.origin === 'table' ? 0 : 1, c.match === 'matched' ? 0 : 1, c.line];
}

function better(a: IndicatorCell, b: IndicatorCell): boolean {
  const pa = preference(a);
  const pb = preference(b);
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i] < pb[i];
  return false;
}

export function buildIndicatorMatrix(docs: readonly PlanDocument[], catalogue: Catalogue): IndicatorMatrix {
  const chosen = new Map<string, Map<string, IndicatorCell>>();
  const unmatched: UnplacedIndicator[] = [];
  const match = memoMatcher(catalogue);
  for (const doc of docs) {
    const r = placeIndicators(doc, match, catalogue);
    unmatched.push(...r.unmatched);
    for (const { key, cell } of r.placed) {
      const row = chosen.get(key) ?? new Map<string, IndicatorCell>();
      const current = row.get(cell.plan);
      if (current === undefined || better(cell, current)) row.set(cell.plan, cell);
      chosen.set(key, row);
    }
  }
  const planIds = docs.map((d) => d.plan.id);
  const rows: IndicatorRow[] = [];
  for (const entry of catalogue.entries) {
    const byPlan = chosen.get(entry.key);
    if (byPlan === undefined) continue;
    const cells = planIds.flatMap((id) => byPlan.get(id) ?? []);
    rows.push(rankRow(entry.key, entry.name, entry.unit, entry.concept ?? null, entry.direction, cells, planIds));
  }
  return { rows, unmatched };
}

function rankRow(key: string, name: string, unit: string | null, concept: string | null, declared: IndicatorRow['direction'] | undefined, cells: IndicatorCell[], planIds: string[]): IndicatorRow {
  const rankable = cells.filter((c) => c.match === 'matched' && c.comparable && isRankable(c.target));
  const direction = inferDirection(declared, rankable.map((c) => c.target!));
  const { tiers } = rankByAmbition(rankable, (c) => c.target as NonNullable<IndicatorCell['target']> & { value: number }, direction);
  const ranked = rankable.length >= 2;
  const rankableSet = new Set(rankable);
  for (const c of cells) c.ranked = ranked && rankableSet.has(c);
  const distinct = ranked && tiers.length >= 2;
  const binding = cells.filter((c) => c.attribute === 'binding').map((c) => c.plan);
  const expected = cells.filter((c) => c.attribute === 'expected').map((c) => c.plan);
  const present = new Set(cells.map((c) => c.plan));
  return {
    key, name, unit, concept, direction, cells,
    tiers: ranked ? tiers.map((t) => t.map((c) => c.plan)) : [],
    most: distinct ? tiers[0].map((c) => c.plan) : [],
    least: distinct ? tiers[tiers.length - 1].map((c) => c.plan) : [],
    allEqual: ranked && tiers.length === 1,
    missing: planIds.filter((id) => !present.has(id)),
    attributeDiffers: binding.length > 0 && expected.length > 0 ? { binding, expected } : null,
  };
}
