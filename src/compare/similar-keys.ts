/** Dice coefficient over bigram sets. */
function setDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}

/**
 * Greedy grouping of near-identical strings by bigram-set Dice similarity, near-linear in the
 * number of strings: a prefix filter (rarest bigrams first) proposes candidates, so strings
 * sharing only common bigrams ("残疾", "疾人") are never compared.
 */
import { byCodePoint } from '../normalize/text.js';

function bigramSet(s: string): string[] {
  const chars = [...s];
  if (chars.length === 1) return [s];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return [...out];
}

export interface GroupHooks {
  /** May `key` join group number `group`? */
  canJoin(group: number, key: string): boolean;
  /** `key` was placed in group number `group` (new groups are numbered in order of creation). */
  joined(group: number, key: string): void;
}

/**
 * Assigns each key (processed in code-point order) to an earlier group when it is at least
 * `threshold` similar to the group's first key and the hooks allow it; otherwise it starts a
 * new group. Returns groups as lists of keys, in order of creation.
 */
export function groupSimilar(keys: readonly string[], threshold: number, hooks: GroupHooks): string[][] {
  const sorted = [...new Set(keys)].sort(byCodePoint);
  const grams = new Map(sorted.map((k) => [k, bigramSet(k)]));
  const sets = new Map(sorted.map((k) => [k, new Set(grams.get(k))]));
  // Sizes outside [t/(2−t), (2−t)/t] × |A| cannot reach Dice t.
  const ratio = threshold / (2 - threshold);
  const frequency = new Map<string, number>();
  for (const list of grams.values()) for (const g of list) frequency.set(g, (frequency.get(g) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || byCodePoint(a, b);
  // Two sets with Dice >= t share at least t·|A|/(2−t) elements, so one must occur among A's first p rarest.
  const prefix = (list: string[]) => list.slice().sort(rarestFirst).slice(0, list.length - Math.ceil((threshold * list.length) / (2 - threshold)) + 1);
  const index = new Map<string, string[]>();
  const groupOf = new Map<string, number>();
  const groups: string[][] = [];
  for (const key of sorted) {
    const own = prefix(grams.get(key)!);
    const candidates = new Set<string>();
    for (const g of own) for (const other of index.get(g) ?? []) candidates.add(other);
    let best = -1;
    let bestScore = threshold;
    const refused = new Set<number>();
    const mine = sets.get(key)!;
    // Order-free: the best group is the highest score, ties to the earliest group.
    for (const other of candidates) {
      const group = groupOf.get(other)!;
      const theirs = sets.get(other)!;
      if (refused.has(group) || theirs.size < mine.size * ratio || mine.size < theirs.size * ratio) continue;
      const score = setDice(mine, theirs);
      if (score < bestScore || (score === bestScore && best !== -1 && group >= best)) continue;
      if (hooks.canJoin(group, key)) [best, bestScore] = [group, score];
      else refused.add(group);
    }
    if (best === -1) {
      // Only a group's first key is indexed: members must resemble it, so groups do not drift by chaining.
      best = groups.length;
      groups.push([]);
      for (const g of own) {
        const list = index.get(g);
        if (list) list.push(key);
        else index.set(g, [key]);
      }
    }
    groups[best].push(key);
    groupOf.set(key, best);
    hooks.joined(best, key);
  }
  return groups;
}
