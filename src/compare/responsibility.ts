/**
 * Responsibility matrix: canonical departments × plans with lead / co-responsible task counts,
 * the disabled persons' federation's share of led tasks, and near-miss spellings merged.
 */
import type { PlanDocument } from '../model/types.js';
import { normalizeDepartment, type DepartmentMatch, type DepartmentTable } from '../normalize/departments.js';
import { byCodePoint } from '../normalize/text.js';
import { placesOf } from './plan-ref.js';
import type { DepartmentRow, FederationShare, NearMiss, ResponsibilityMatrix } from './types.js';

const FEDERATION_TYPE = 'federation';

/** Split "县财政局、巫山县税务局,县政府有关部门" into units, leaving bracketed lists ("各县（市、区）") whole. */
export function splitUnits(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;]/.test(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

function emptyRow(m: DepartmentMatch): DepartmentRow {
  const row: DepartmentRow = { key: m.key, name: m.name, gloss: m.gloss, type: m.type, counts: {}, total: { lead: 0, co: 0 }, spellings: {} };
  if (m.collective) row.collective = m.collective;
  return row;
}

export function buildResponsibilityMatrix(docs: readonly PlanDocument[], table: DepartmentTable): ResponsibilityMatrix {
  const rows = new Map<string, DepartmentRow>();
  const shares: FederationShare[] = [];
  const nearMisses = new Map<string, NearMiss>();
  const memo = new Map<string, DepartmentMatch>();
  const normalize = (written: string, places: string[]): DepartmentMatch => {
    const id = `${places.join('/')}\u0000${written}`;
    let m = memo.get(id);
    if (m === undefined) memo.set(id, (m = normalizeDepartment(written, { places }, table)));
    return m;
  };
  for (const doc of docs) {
    const { plan } = doc;
    const places = placesOf(doc);
    const share: FederationShare = { plan: plan.id, tasks: plan.tasks.length, withLead: 0, ledByFederation: 0, ledByFederationOnly: 0, ledJointly: 0, ledByOthers: 0, federationShare: null };
    for (const task of plan.tasks) {
      // A unit named twice in one task counts once; lead wins over co.
      const roles = new Map<string, { match: DepartmentMatch; role: 'lead' | 'co'; written: string }>();
      for (const [role, names] of [['lead', task.lead], ['co', task.co]] as const) {
        for (const written of names.flatMap(splitUnits)) {
          const match = normalize(written, places);
          if (!roles.has(match.key)) roles.set(match.key, { match, role, written });
          if (match.match === 'near-miss') {
            const id = `${plan.id}\u0000${written}`;
            const nm = nearMisses.get(id) ?? { plan: plan.id, source: plan.source, written, key: match.key, canonical: match.name, matched: match.matched ?? match.name, distance: match.distance ?? 0, lines: [] };
            if (!nm.lines.includes(task.source.line)) nm.lines.push(task.source.line);
            nearMisses.set(id, nm);
          }
        }
      }
      for (const { match, role, written } of roles.values()) {
        const row = rows.get(match.key) ?? emptyRow(match);
        const count = (row.counts[plan.id] ??= { lead: 0, co: 0 });
        count[role]++;
        row.total[role]++;
        const seen = (row.spellings[plan.id] ??= []);
        if (!seen.includes(written)) seen.push(written);
        rows.set(match.key, row);
      }
      const leads = [...roles.values()].filter((r) => r.role === 'lead');
      if (leads.length === 0) continue;
      share.withLead++;
      const fed = leads.some((r) => r.match.type === FEDERATION_TYPE);
      if (fed && leads.length === 1) share.ledByFederationOnly++;
      else if (fed) share.ledJointly++;
      else share.ledByOthers++;
      if (fed) share.ledByFederation++;
    }
    share.federationShare = share.withLead > 0 ? share.ledByFederation / share.withLead : null;
    shares.push(share);
  }
  for (const row of rows.values()) for (const list of Object.values(row.spellings)) list.sort(byCodePoint);
  const sortedRows = [...rows.values()].sort(
    (a, b) => Number(a.type === 'collective') - Number(b.type === 'collective') || b.total.lead - a.total.lead || b.total.co - a.total.co || byCodePoint(a.key, b.key),
  );
  const rank = new Map(docs.map((d, i) => [d.plan.id, i]));
  for (const nm of nearMisses.values()) nm.lines.sort((a, b) => a - b);
  const sortedMisses = [...nearMisses.values()].sort(
    (a, b) => rank.get(a.plan)! - rank.get(b.plan)! || (a.lines[0] ?? 0) - (b.lines[0] ?? 0) || byCodePoint(a.written, b.written),
  );
  return { rows: sortedRows, shares, nearMisses: sortedMisses };
}
