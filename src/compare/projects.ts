/**
 * Key projects matched across plans by a normalised name, then by bigram similarity:
 * who has which project and what is unique to one plan.
 */
import type { PlanDocument } from '../model/types.js';
import { byCodePoint, foldWidth, stripPunctuation } from '../normalize/text.js';
import { groupSimilar } from './similar-keys.js';
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
  // Merge near-identical keys, never two projects of the same plan into one group.
  const groupPlans: Set<string>[] = [];
  const hooks = {
    canJoin: (group: number, key: string) => byKey.get(key)!.every((o) => !groupPlans[group].has(o.plan)),
    joined: (group: number, key: string) => {
      const plans = (groupPlans[group] ??= new Set());
      for (const o of byKey.get(key)!) plans.add(o.plan);
    },
  };
  const rank = new Map(planOrder.map((id, i) => [id, i]));
  const groups: ProjectGroup[] = groupSimilar([...byKey.keys()], PROJECT_SIMILARITY, hooks).map((keys) => {
    const occurrences = keys.flatMap((k) => byKey.get(k)!).sort((a, b) => rank.get(a.plan)! - rank.get(b.plan)! || a.line - b.line);
    const plans = [...new Set(occurrences.map((o) => o.plan))];
    return { key: keys[0], name: representativeName(occurrences), occurrences, plans, method: keys.length > 1 ? 'similar' : 'exact' };
  });
  groups.sort((a, b) => b.plans.length - a.plans.length || byCodePoint(a.key, b.key));
  const withProjects = new Set(groups.flatMap((g) => g.plans));
  const plansWithProjects = planOrder.filter((id) => withProjects.has(id));
  const sharedByAll = plansWithProjects.length >= 2 ? groups.filter((g) => g.plans.length === plansWithProjects.length).map((g) => g.key) : [];
  const unique: Record<string, string[]> = {};
  if (plansWithProjects.length >= 2) {
    for (const id of plansWithProjects) unique[id] = [];
    for (const g of groups) if (g.plans.length === 1) unique[g.plans[0]].push(g.key);
  }
  return { groups, plansWithProjects, sharedByAll, unique };
}
