/**
 * The plans each plan shares most text with: its top `k` partners by the number of its reused
 * sentences whose cluster of near copies the partner also holds (then counted exactly by
 * `recount`: clusters chain near copies, so a cluster count can run high).
 *
 * Listing every pair is N × N when plans share boilerplate (10 million pairs for 3,200 plans),
 * so partners are chosen among candidates: the holders of the plan's rarest shared clusters
 * (a provincial template, a neighbour's plan) come first; of text nearly every plan repeats only
 * the plan's neighbours in the holder list are taken. Each candidate's count is exact. In small
 * sets every plan sharing text is a candidate, so the top partners are exact.
 */

export interface PartnerInput {
  /** Per plan, the cluster of each of its reused sentences (repeats count). */
  reusedClusters: readonly Int32Array[];
  /** Per plan, the clusters of all its sentences, sorted, without repeats. */
  heldClusters: readonly Int32Array[];
  clusterCount: number;
}

export interface Partner {
  plan: number;
  other: number;
  shared: number;
}

/** Per cluster, the plans holding it in ascending order (compressed sparse rows). */
interface Holders {
  start: Int32Array;
  plans: Int32Array;
}

export interface PartnerOptions {
  /** Partners kept per plan. */
  k: number;
  /** Holders taken on either side of the plan in a cluster held by many plans. */
  window: number;
  /** Rounds of looking among partners' partners. */
  rounds: number;
  /** The exact count of a chosen pair, which replaces the cluster count before the final sort. */
  recount?: (plan: number, other: number) => number;
}

function holdersByCluster(held: readonly Int32Array[], clusterCount: number): Holders {
  const start = new Int32Array(clusterCount + 1);
  for (const clusters of held) for (const c of clusters) start[c + 1]!++;
  for (let c = 0; c < clusterCount; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, clusterCount);
  const plans = new Int32Array(start[clusterCount]!);
  held.forEach((clusters, plan) => {
    for (const c of clusters) plans[fill[c]!++] = plan;
  });
  return { start, plans };
}

function lowerBound(values: Int32Array, from: number, to: number, target: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Holders of the plan's reused clusters: all of a small cluster, the `window` on either side of the plan in a large one. */
function windowCandidates(plan: number, clusters: readonly number[], holders: Holders, window: number, seen: Int32Array): number[] {
  const { start, plans } = holders;
  const out: number[] = [];
  for (const c of clusters) {
    const from = start[c]!;
    const to = start[c + 1]!;
    let lo = from;
    let hi = to;
    if (to - from > 2 * window + 1) {
      const at = lowerBound(plans, from, to, plan);
      lo = Math.max(from, at - window);
      hi = Math.min(to, at + window + 1);
    }
    for (let i = lo; i < hi; i++) {
      const other = plans[i]!;
      if (other === plan || seen[other] === plan) continue;
      seen[other] = plan;
      out.push(other);
    }
  }
  return out;
}

/** The partners of the plan's partners and the plans that chose it: where better partners hide (NN-descent). */
function neighbourCandidates(plan: number, first: readonly Partner[][], chosenBy: readonly number[][], seen: Int32Array): number[] {
  const out: number[] = [];
  const add = (other: number): void => {
    if (other === plan || seen[other] === plan) return;
    seen[other] = plan;
    out.push(other);
  };
  for (const p of first[plan]!) {
    add(p.other);
    for (const q of first[p.other]!) add(q.other);
  }
  for (const other of chosenBy[plan]!) add(other);
  return out;
}

/**
 * Top `k` partners of every plan, by shared count (descending), ties by `order` of the other
 * plan. `order(a, b)` compares plan indexes (the caller sorts by id).
 */
export function topPartners(input: PartnerInput, options: PartnerOptions, order: (a: number, b: number) => number): Partner[] {
  const planCount = input.heldClusters.length;
  const holders = holdersByCluster(input.heldClusters, input.clusterCount);
  const weight = new Int32Array(input.clusterCount);
  const seen = new Int32Array(planCount).fill(-1);
  /** Scores candidates from `find` with the plan's cluster weights set; keeps the best k. */
  const best = (plan: number, find: (distinct: number[]) => number[], previous: readonly Partner[]): Partner[] => {
    const distinct: number[] = [];
    for (const c of input.reusedClusters[plan]!) if (weight[c]!++ === 0) distinct.push(c);
    const scored = find(distinct).map((other) => {
      let shared = 0;
      for (const c of input.heldClusters[other]!) shared += weight[c]!;
      return { plan, other, shared };
    });
    for (const c of distinct) weight[c] = 0;
    scored.push(...previous);
    scored.sort((a, b) => b.shared - a.shared || order(a.other, b.other));
    return scored.slice(0, options.k).filter((p) => p.shared > 0);
  };
  let found = Array.from({ length: planCount }, (_, plan) => best(plan, (distinct) => windowCandidates(plan, distinct, holders, options.window, seen), []));
  for (let round = 0; round < options.rounds; round++) {
    const current = found;
    const chosenBy = Array.from({ length: planCount }, () => [] as number[]);
    current.forEach((partners) => partners.forEach((p) => { if (chosenBy[p.other]!.length < 2 * options.k) chosenBy[p.other]!.push(p.plan); }));
    seen.fill(-1);
    found = current.map((partners, plan) => {
      for (const p of partners) seen[p.other] = plan; // scored already: carried over, not scored again
      return best(plan, () => neighbourCandidates(plan, current, chosenBy, seen), partners);
    });
  }
  const recount = options.recount;
  if (!recount) return found.flat();
  return found.flatMap((partners) => partners
    .map((p) => ({ ...p, shared: recount(p.plan, p.other) }))
    .filter((p) => p.shared > 0)
    .sort((a, b) => b.shared - a.shared || order(a.other, b.other)));
}
