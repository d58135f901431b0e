/**
 * Report sections for the responsibility matrix: departments × plans, and the federation's share.
 */
import type { ReportSection, ReportTable } from '../render/report.js';
import { WIDE_PLANS } from './wide.js';
import type { Comparison } from './types.js';
import type { Namer } from './wording.js';

export function responsibilitySection(c: Comparison, paragraphs: string[]): ReportSection {
  const rows = c.responsibility.rows.map((r) => [
    { value: r.name, note: r.key },
    { value: r.gloss ?? (r.type === 'unknown' ? '(not in the department table)' : null) },
    ...c.plans.flatMap((p) => {
      const count = r.counts[p.id];
      const note = (r.spellings[p.id] ?? []).join(' / ');
      return [{ value: count?.lead ?? 0, ...(note ? { note } : {}) }, { value: count?.co ?? 0 }];
    }),
    { value: r.total.lead },
    { value: r.total.co },
  ]);
  const narrow: ReportTable = {
    name: 'departments',
    columns: [{ header: 'Department' }, { header: 'Gloss' }, { header: 'Plans naming it', kind: 'number' }, { header: 'Total lead', kind: 'number' }, { header: 'Total co', kind: 'number' }],
    rows: c.responsibility.rows.map((r, i) => [
      rows[i]![0]!, rows[i]![1]!,
      { value: c.plans.filter((p) => (r.counts[p.id]?.lead ?? 0) + (r.counts[p.id]?.co ?? 0) > 0).length },
      { value: r.total.lead }, { value: r.total.co },
    ]),
  };
  return {
    title: 'Responsibilities',
    paragraphs,
    table: {
      name: 'departments',
      columns: [{ header: 'Department' }, { header: 'Gloss' }, ...c.plans.flatMap((p) => [{ header: `${p.label} lead`, kind: 'number' as const }, { header: `${p.label} co`, kind: 'number' as const }]), { header: 'Total lead', kind: 'number' }, { header: 'Total co', kind: 'number' }],
      rows,
      keyColumns: 2,
      ...(c.plans.length > WIDE_PLANS ? { narrow } : {}),
    },
  };
}

export function federationSection(c: Comparison, n: Namer): ReportSection {
  const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  return {
    title: "Federation-led tasks",
    paragraphs: ["Share of tasks with a named lead unit that the disabled persons' federation (残联) leads, alone or jointly, versus tasks led only by government departments and other bodies."],
    table: {
      name: 'federation-share',
      columns: [{ header: 'Plan' }, ...['Tasks', 'With lead', 'Federation alone', 'Federation jointly', 'Others only'].map((header) => ({ header, kind: 'number' as const })), { header: 'Federation share', kind: 'percent' }],
      rows: c.responsibility.shares.map((s) => [
        { value: n.plan(s.plan) }, { value: s.tasks }, { value: s.withLead }, { value: s.ledByFederationOnly }, { value: s.ledJointly }, { value: s.ledByOthers },
        { value: pct(s.federationShare), ...(s.federationShare === null ? { mark: 'missing' as const } : {}) },
      ]),
    },
  };
}
