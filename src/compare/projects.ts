/**
 * Key projects matched across plans by a normalised name, then by bigram similarity:
 * who has which project and what is unique to one plan.
 */
import type { PlanDocument } from '../model/types.js';
import { byCodePoint, dice, foldWidth, stripPunctuation } from '../normalize/text.js';
import type { ProjectComparison, ProjectGroup, ProjectOccurrence } from './types.js';

/** Groups whose names are at least this similar (and come from different plans) are merged. */
export const PROJECT_SIMILARITY = 0.8;

const GENERIC_SUFFIX = /(项目|行动|服务|工程|计划|活动)$/;

/** "4.盲人按摩提升项目。" → "盲人按摩提升"; "“五个一”文化进家庭、进社区项目" → "五个一文化进家庭进社区". */
export function projectKey(name: string): string {
  const head = foldWidth(name.split('。')[0] ?? name).replace(/^(\(?[0-9一二三四五六七八九十]+[.、)])/, '');
  let n = stripPunctuation(head);
  while (GENERIC_SUFFIX.test(n) && n.replace(GENERIC_SUFFIX, '').length >= 2) n = n.replace(GENERIC_SUFFIX, '');
  return n;
}

function representativeName(occ: readonly ProjectOccurrence[]): string {
  const counts = new Map<string, number>();
  for (const o of occ) counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || byCodePoint(a[0], b[0]))[0][0];
}

export function compareProjects(docs: readonly PlanDocument[]): ProjectComparison {
  const planOrder = docs.map((d) => d.plan.id);
  const byKey = new Map<string, ProjectOccurrence[]>();
  for (const { plan } of docs) {
    for (const p of plan.projects) {
      const key = projectKey(p.name);
      if (key === '') continue;
      const list = byKey.get(key) ?? [];
      list.push({ plan: plan.id, name: p.name, box: p.box, boxTitle: p.boxTitle, line: p.source.line });
      byKey.set(key, list);
    }
  }
  // Merge near-identical keys greedily in code-point order so the result does not depend on input order.
  const merged: { key: string; keys: string[]; occurrences: ProjectOccurrence[] }[] = [];
  for (const key of [...byKey.keys()].sort(byCodePoint)) {
    const occ = byKey.get(key)!;
    const plans = new Set(occ.map((o) => o.plan));
    let best: (typeof merged)[number] | null = null;
    let bestScore = PROJECT_SIMILARITY;
    for (const g of merged) {
      if (g.occurrences.some((o) => plans.has(o.plan))) continue;
      const score = Math.max(...g.keys.map((k) => dice(k, key)));
      if (score >= bestScore) [best, bestScore] = [g, score + 1e-9];
    }
    if (best) {
      best.keys.push(key);
      best.occurrences.push(...occ);
    } else merged.push({ key, keys: [key], occurrences: [...occ] });
  }
  const groups: ProjectGroup[] = merged.map((g) => {
    const occurrences = [...g.occurrences].sort((a, b) => planOrder.indexOf(a.plan) - planOrder.indexOf(b.plan) || a.line - b.line);
    const plans = planOrder.filter((id) => occurrences.some((o) => o.plan === id));
    return { key: g.key, name: representativeName(occurrences), occurrences, plans, method: g.keys.length > 1 ? 'similar' : 'exact' };
  });
  groups.sort((a, b) => b.plans.length - a.plans.length || byCodePoint(a.key, b.key));
  const plansWithProjects = planOrder.filter((id) => groups.some((g) => g.plans.includes(id)));
  const sharedByAll = plansWithProjects.length >= 2 ? groups.filter((g) => g.plans.length === plansWithProjects.length).map((g) => g.key) : [];
  const unique: Record<string, string[]> = {};
  if (plansWithProjects.length >= 2) {
    for (const id of plansWithProjects) unique[id] = groups.filter((g) => g.plans.length === 1 && g.plans[0] === id).map((g) => g.key);
  }
  return { groups, plansWithProjects, sharedByAll, unique };
}
