/**
 * Report sections for text reuse: per-plan shares, each plan's distinctive sentences, and
 * how many sentences plans share: a plan × plan table when every pair is known (small sets),
 * else each plan's closest partners, one row each, so the table grows linearly with the plans.
 */
import type { ReportSection } from '../render/report.js';
import type { TextReuseResult } from './text-reuse.js';
import type { Comparison } from './types.js';
import type { Namer } from './wording.js';

/** Distinctive sentences listed per plan; the JSON output has all of them. */
export const MAX_DISTINCTIVE = 30;
/** The plan × plan overlap table is shown up to this many plans (when all pairs are known). */
export const MAX_PAIR_PLANS = 20;

export function reuseSections(c: Comparison, n: Namer, paragraphs: string[]): ReportSection[] {
  const reuse = c.textReuse;
  if (reuse === null) {
    const why = c.plans.length < 2 ? 'Text reuse needs at least two plans.' : 'Text reuse was not analysed in this run.';
    return [{ title: 'Text reuse', paragraphs: [why] }];
  }
  const byPlan = new Map(reuse.plans.map((p) => [p.planId, p]));
  const ordered = c.plans.flatMap((p) => byPlan.get(p.id) ?? []);
  const sections: ReportSection[] = [{
    title: 'Text reuse',
    paragraphs: [`Sentences count as reused when their character ${reuse.shingleSize}-gram sets overlap at Jaccard ≥ ${reuse.threshold} with a sentence of another plan.`, ...paragraphs],
    table: {
      name: 'text-reuse',
      columns: [{ header: 'Plan' }, { header: 'Sentences', kind: 'number' }, { header: 'Reused', kind: 'number' }, { header: 'Reused share', kind: 'percent' }, { header: 'Distinctive', kind: 'number' }],
      rows: ordered.map((p) => [{ value: n.plan(p.planId) }, { value: p.sentences }, { value: p.reused }, { value: Math.round(p.share * 1000) / 10 }, { value: p.distinctive.length }]),
    },
  }];
  const sourceOf = new Map(c.plans.map((p) => [p.id, p.source]));
  const cut = ordered.filter((p) => p.distinctive.length > MAX_DISTINCTIVE).map((p) => n.plan(p.planId));
  sections.push({
    title: 'Distinctive sentences',
    paragraphs: [
      "Each plan's sentences found in no other plan of the set: its local commitments.",
      ...(cut.length > 0 ? [`Only the first ${MAX_DISTINCTIVE} are listed for ${cut.join(', ')}; the JSON output has all of them.`] : []),
    ],
    table: {
      name: 'distinctive',
      columns: [{ header: 'Plan' }, { header: 'Line', kind: 'number' }, { header: 'Sentence' }],
      rows: ordered.flatMap((p) => {
        const source = sourceOf.get(p.planId) ?? p.planId;
        return p.distinctive.slice(0, MAX_DISTINCTIVE).map((d) => [{ value: n.plan(p.planId) }, { value: d.line, note: `${source}:${d.line}` }, { value: d.text }]);
      }),
      keyColumns: 2,
    },
  });
  sections.push(pairSection(c, reuse, n));
  return sections;
}

function pairSection(c: Comparison, reuse: TextReuseResult, n: Namer): ReportSection {
  if (c.plans.length <= Math.min(MAX_PAIR_PLANS, reuse.partnersPerPlan + 1)) {
    const shared = new Map(reuse.pairs.map((p) => [`${p.planId}\u0000${p.otherPlanId}`, p.shared]));
    return {
      title: 'Shared text between plans',
      paragraphs: ['Rows: the plan whose sentences are counted; columns: the plan that holds a copy.'],
      table: {
        name: 'reuse-pairs',
        columns: [{ header: 'Plan' }, ...c.plans.map((p) => ({ header: p.label, kind: 'number' as const }))],
        rows: c.plans.map((row) => [{ value: row.label }, ...c.plans.map((col) => ({ value: col.id === row.id ? null : (shared.get(`${row.id}\u0000${col.id}`) ?? 0) }))]),
      },
    };
  }
  const sentences = new Map(reuse.plans.map((p) => [p.planId, p.sentences]));
  const partners = new Map<string, TextReuseResult['pairs']>();
  for (const p of reuse.pairs) partners.set(p.planId, [...(partners.get(p.planId) ?? []), p]);
  return {
    title: 'Closest plans',
    paragraphs: [
      `For each plan, the ${reuse.partnersPerPlan} plans holding verbatim or near copies of most of its sentences.`,
      'Partners are sought, not all pairs counted: among the plans next to it in the holder list of each text it shares, then among its partners\' partners. The counts are exact.',
    ],
    table: {
      name: 'reuse-pairs',
      columns: [{ header: 'Plan' }, { header: 'Rank', kind: 'number' }, { header: 'Other plan' }, { header: 'Shared sentences', kind: 'number' }, { header: 'Share of its sentences', kind: 'percent' }],
      rows: c.plans.flatMap((plan) => (partners.get(plan.id) ?? []).map((p, i) => {
        const total = sentences.get(p.planId) ?? 0;
        return [{ value: n.plan(p.planId) }, { value: i + 1 }, { value: n.plan(p.otherPlanId) }, { value: p.shared }, { value: total === 0 ? 0 : Math.round((p.shared / total) * 1000) / 10 }];
      })),
      keyColumns: 2,
    },
  };
}
