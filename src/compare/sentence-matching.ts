/**
 * Which sentences of a set of plans are verbatim or near copies of sentences in other plans.
 * Verbatim copies collapse to one normalised form; near copies are found with MinHash + LSH
 * and confirmed with the exact Jaccard similarity of their shingle sets.
 *
 * Nothing here holds a set of plans per form: boilerplate that every plan repeats would make
 * that N × N. A form is reused when its holders, or the holders of a confirmed near copy,
 * include two distinct plans; that needs only each form's first holder and whether it has a
 * second. Confirmed near copies are also joined into clusters (union-find), which is how plan
 * pairs are counted later (src/compare/reuse-partners.ts).
 */
import { jaccardSorted, lshBuckets, shingleHashes, type LshParams } from './minhash.js';

export interface MatchOptions {
  threshold: number;
  shingleSize: number;
  lsh: LshParams;
  /** In a bucket larger than this, each form is compared with this many neighbours only. */
  window: number;
}

export interface SentenceMatches {
  /** Per form: 1 when a plan other than its holder holds it or a near copy of it. */
  reused: Uint8Array;
  /** Per form: its cluster of near copies, numbered 0… in order of first appearance. */
  clusterOf: Int32Array;
  clusterCount: number;
}

function find(parent: Int32Array, x: number): number {
  let at = x;
  while (parent[at] !== at) {
    parent[at] = parent[parent[at]!]!; // path halving
    at = parent[at]!;
  }
  return at;
}

/** Joins two clusters under the smaller root, so the result does not depend on edge order. */
function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

interface FormState {
  /** The first plan holding the form. */
  own: Int32Array;
  /** 1 when two or more distinct plans hold the form verbatim. */
  multi: Uint8Array;
  reused: Uint8Array;
  parent: Int32Array;
}

/** A confirmed near copy `b` of `a` makes `a` reused when `b` is held by a plan other than a's. */
function noteCopy(s: FormState, a: number, b: number): void {
  if (s.reused[a] === 0 && (s.multi[b] === 1 || s.own[b] !== s.own[a])) s.reused[a] = 1;
}

/** True when every member is reused and all are in one cluster: comparing them can change nothing. */
function settled(s: FormState, bucket: readonly number[]): boolean {
  const root = find(s.parent, bucket[0]!);
  return bucket.every((f) => s.reused[f] === 1 && find(s.parent, f) === root);
}

/**
 * Confirms candidate pairs from the LSH buckets. Small buckets are compared all-pairs; in a
 * large one each member is compared with the next `window` members only, which keeps the cost
 * linear in the number of forms. A pair already in one cluster whose forms are both reused
 * can change nothing, so it is not compared again.
 */
function linkSimilarForms(sets: readonly Uint32Array[], s: FormState, options: MatchOptions): void {
  const seenBuckets = new Set<string>();
  for (const bucket of lshBuckets(sets, options.lsh)) {
    const signature = bucket.join(',');
    if (seenBuckets.has(signature)) continue; // the same members agreed on another band too
    seenBuckets.add(signature);
    if (settled(s, bucket)) continue;
    const span = Math.min(bucket.length - 1, options.window);
    for (let x = 0; x < bucket.length; x++) {
      for (let step = 1; step <= span; step++) {
        const y = (x + step) % bucket.length;
        if (span === bucket.length - 1 && y < x) continue; // all-pairs: each pair once
        const a = bucket[x]!;
        const b = bucket[y]!;
        if (s.reused[a] === 1 && s.reused[b] === 1 && find(s.parent, a) === find(s.parent, b)) continue;
        if (jaccardSorted(sets[a]!, sets[b]!) >= options.threshold) {
          union(s.parent, a, b);
          noteCopy(s, a, b);
          noteCopy(s, b, a);
        }
      }
    }
  }
}

/**
 * The distinct normalised forms of a set of plans' sentences. Verbatim copies share one form,
 * so boilerplate repeated across many plans is shingled and hashed once.
 */
export class SentenceForms {
  private readonly index = new Map<string, number>();
  readonly sets: Uint32Array[] = [];
  private readonly owner: number[] = [];
  private readonly multi: number[] = [];

  constructor(private readonly shingleSize: number) {}

  /** The form of a sentence of `plan`, added on first sight. */
  add(normal: string, plan: number): number {
    let form = this.index.get(normal);
    if (form === undefined) {
      form = this.sets.length;
      this.index.set(normal, form);
      this.sets.push(shingleHashes(normal, this.shingleSize));
      this.owner.push(plan);
      this.multi.push(0);
    } else if (this.owner[form] !== plan) this.multi[form] = 1;
    return form;
  }

  /**
   * How many of `mine` (forms of one plan's reused sentences, repeats count) the other plan
   * holds verbatim or as a near copy: a form of `theirs` in the same cluster whose shingle sets
   * reach the threshold. Exact, unlike counting shared clusters, which chains near copies.
   */
  copiesIn(mine: Int32Array, theirs: Int32Array, clusterOf: Int32Array, threshold: number): number {
    const byCluster = new Map<number, number[]>();
    for (const g of theirs) {
      const list = byCluster.get(clusterOf[g]!);
      if (list) list.push(g);
      else byCluster.set(clusterOf[g]!, [g]);
    }
    let shared = 0;
    for (const f of mine) {
      const candidates = byCluster.get(clusterOf[f]!);
      if (candidates && candidates.some((g) => g === f || jaccardSorted(this.sets[f]!, this.sets[g]!) >= threshold)) shared++;
    }
    return shared;
  }

  /** Which forms are reused, and their clusters of near copies. */
  match(options: MatchOptions): SentenceMatches {
    const count = this.sets.length;
    this.index.clear(); // the strings are no longer needed
    const state: FormState = {
      own: Int32Array.from(this.owner), multi: Uint8Array.from(this.multi), reused: Uint8Array.from(this.multi),
      parent: Int32Array.from({ length: count }, (_, f) => f),
    };
    linkSimilarForms(this.sets, state, options);
    const clusterOf = new Int32Array(count);
    const numbering = new Map<number, number>();
    for (let f = 0; f < count; f++) {
      const root = find(state.parent, f);
      let id = numbering.get(root);
      if (id === undefined) numbering.set(root, (id = numbering.size));
      clusterOf[f] = id;
    }
    return { reused: state.reused, clusterOf, clusterCount: numbering.size };
  }
}
