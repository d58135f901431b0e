/**
 * Findings: the notable facts of a comparison, as data. Wording happens in report.ts.
 * Order: scope, indicators (catalogue order), responsibilities, projects.
 */
import type { TextReuseResult } from './text-reuse.js';
import type { Finding, IndicatorMatrix, PlanRef, ProjectComparison, ResponsibilityMatrix } from './types.js';

function indicatorFindings(plans: readonly PlanRef[], m: IndicatorMatrix): Finding[] {
  const out: Finding[] = [];
  const withTable = new Set(plans.filter((p) => p.hasIndicatorTable).map((p) => p.id));
  // A plan measuring the same concept in another unit does not lack the target.
  const conceptPlans = (concept: string | null) => new Set(concept === null ? [] : m.rows.filter((r) => r.concept === concept).flatMap((r) => r.cells.map((c) => c.plan)));
  for (const row of m.rows) {
    const ranked = row.cells.filter((c) => c.ranked);
    if (row.most.length > 0) {
      const valueOf = (plan: string) => ranked.find((c) => c.plan === plan)!.target!;
      const [top, second] = row.tiers;
      const value = valueOf(top[0]);
      const runnerUp = { plans: second, value: valueOf(second[0]) };
      const gapTo = (v: typeof value) => Math.abs(value.value! - v.value!);
      const finding: Extract<Finding, { kind: 'most-ambitious' }> = { kind: 'most-ambitious', indicator: row.key, plans: top, value, runnerUp, gap: gapTo(runnerUp.value) };
      // With three or more tiers the full spread matters too: how far the least ambitious trail.
      const last = row.tiers.length > 2 ? row.tiers[row.tiers.length - 1] : undefined;
      if (last) finding.least = { plans: last, value: valueOf(last[0]), gap: gapTo(valueOf(last[0])) };
      out.push(finding);
    } else if (row.allEqual) {
      out.push({ kind: 'all-equal', indicator: row.key, plans: ranked.map((c) => c.plan), value: ranked[0].target! });
    }
    if (row.attributeDiffers) out.push({ kind: 'attribute-differs', indicator: row.key, ...row.attributeDiffers });
    for (const c of row.cells) {
      if (!c.comparable) out.push({ kind: 'unit-not-comparable', indicator: row.key, plan: c.plan, unit: c.unit, expected: row.unit });
      if (c.match === 'uncertain') out.push({ kind: 'uncertain-match', plan: c.plan, name: c.name, indicator: row.key, confidence: c.matchConfidence, origin: c.origin, line: c.line });
    }
    const sibling = conceptPlans(row.concept);
    const missing = row.missing.filter((id) => withTable.has(id) && !sibling.has(id));
    if (missing.length > 0) out.push({ kind: 'missing-indicator', indicator: row.key, plans: missing });
  }
  const concepts = new Map<string, typeof m.rows>();
  for (const row of m.rows) if (row.concept !== null) concepts.set(row.concept, [...(concepts.get(row.concept) ?? []), row]);
  for (const [concept, rows] of concepts) {
    const measures = rows
      .map((r) => ({ indicator: r.key, unit: r.unit, plans: r.cells.filter((c) => c.match === 'matched').map((c) => c.plan) }))
      .filter((x) => x.plans.length > 0);
    if (measures.length >= 2) out.push({ kind: 'units-differ', concept, measures });
  }
  for (const u of m.unmatched) out.push({ kind: 'unmatched-indicator', plan: u.plan, name: u.name, line: u.line });
  return out;
}

function responsibilityFindings(plans: readonly PlanRef[], r: ResponsibilityMatrix): Finding[] {
  const out: Finding[] = [];
  for (const s of r.shares) {
    if (s.federationShare !== null) out.push({ kind: 'federation-share', plan: s.plan, share: s.federationShare, ledByFederation: s.ledByFederation, withLead: s.withLead });
  }
  const measured = r.shares.filter((s) => s.federationShare !== null);
  if (measured.length >= 2) {
    const values = measured.map((s) => s.federationShare!);
    const [hi, lo] = [Math.max(...values), Math.min(...values)];
    const at = (v: number) => measured.filter((s) => s.federationShare === v).map((s) => s.plan);
    if (hi !== lo) out.push({ kind: 'federation-share-range', highest: { plans: at(hi), share: hi }, lowest: { plans: at(lo), share: lo } });
  }
  for (const nm of r.nearMisses) out.push({ kind: 'department-near-miss', plan: nm.plan, written: nm.written, department: nm.key, distance: nm.distance, lines: nm.lines });
  for (const p of plans) if (p.taskCount === 0) out.push({ kind: 'no-tasks', plan: p.id });
  return out;
}

function projectFindings(plans: readonly PlanRef[], pc: ProjectComparison): Finding[] {
  const out: Finding[] = [];
  if (pc.sharedByAll.length > 0) out.push({ kind: 'shared-projects', projects: pc.sharedByAll, plans: pc.plansWithProjects });
  for (const id of pc.plansWithProjects) {
    const unique = pc.unique[id] ?? [];
    if (unique.length > 0) out.push({ kind: 'unique-projects', plan: id, projects: unique });
  }
  for (const p of plans) if (p.projectCount === 0) out.push({ kind: 'no-projects', plan: p.id });
  return out;
}

function reuseFindings(plans: readonly PlanRef[], reuse: TextReuseResult | null): Finding[] {
  if (reuse === null) return plans.length > 1 ? [{ kind: 'text-reuse-unavailable' }] : [];
  const byPlan = new Map(reuse.plans.map((p) => [p.planId, p]));
  return plans.flatMap((p) => {
    const r = byPlan.get(p.id);
    return r ? [{ kind: 'text-reuse' as const, plan: p.id, share: r.share, sentences: r.sentences, reused: r.reused, distinctive: r.distinctive.length }] : [];
  });
}

export function collectFindings(plans: readonly PlanRef[], m: IndicatorMatrix, r: ResponsibilityMatrix, pc: ProjectComparison, textReuse: TextReuseResult | null): Finding[] {
  const scope: Finding[] = [];
  if (plans.length === 0) scope.push({ kind: 'no-plans' });
  if (plans.length === 1) scope.push({ kind: 'single-plan', plan: plans[0].id });
  const cellsOf = new Map<string, number>();
  for (const row of m.rows) for (const c of row.cells) cellsOf.set(c.plan, (cellsOf.get(c.plan) ?? 0) + 1);
  for (const p of plans) {
    if (!p.hasIndicatorTable) scope.push({ kind: 'no-indicator-table', plan: p.id, proseTargets: cellsOf.get(p.id) ?? 0 });
  }
  return [...scope, ...indicatorFindings(plans, m), ...responsibilityFindings(plans, r), ...projectFindings(plans, pc), ...reuseFindings(plans, textReuse)];
}
