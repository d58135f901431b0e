/**
 * Which sentences of a set of plans are verbatim or near copies of sentences in other plans.
 * Verbatim copies collapse to one normalised form; near copies are found with MinHash + LSH
 * and confirmed with the exact Jaccard similarity of their shingle sets.
 */
import { jaccard, lshBuckets, shingles, type LshParams } from './minhash.js';

export interface SentenceItem {
  /** Index of the plan the sentence belongs to. */
  plan: number;
  text: string;
  normal: string;
  line: number;
}

export interface MatchOptions {
  threshold: number;
  shingleSize: number;
  lsh: LshParams;
  /** In a bucket larger than this, each form is compared with this many neighbours only. */
  window: number;
}

/**
 * Pairs of distinct sentence forms whose trigram sets reach the threshold. Small buckets are
 * compared all-pairs; in a large one each member is compared with the next `window` members
 * only, which keeps the cost linear in the number of sentences.
 */
function similarForms(sets: readonly Set<string>[], options: MatchOptions): Set<number>[] {
  const neighbours = sets.map(() => new Set<number>());
  const seenBuckets = new Set<string>();
  for (const bucket of lshBuckets(sets, options.lsh)) {
    const signature = bucket.join(',');
    if (seenBuckets.has(signature)) continue; // the same members agreed on another band too
    seenBuckets.add(signature);
    const span = Math.min(bucket.length - 1, options.window);
    for (let x = 0; x < bucket.length; x++) {
      for (let step = 1; step <= span; step++) {
        const y = (x + step) % bucket.length;
        if (span === bucket.length - 1 && y < x) continue; // all-pairs: each pair once
        const a = bucket[x] ?? 0;
        const b = bucket[y] ?? 0;
        if (neighbours[a]?.has(b)) continue;
        if (jaccard(sets[a] ?? new Set(), sets[b] ?? new Set()) >= options.threshold) {
          neighbours[a]?.add(b);
          neighbours[b]?.add(a);
        }
      }
    }
  }
  return neighbours;
}

export interface SentenceMatches {
  /** Index of each item's normalised form. */
  formOf: number[];
  /** Per form: the plans holding that form or a near copy of it. */
  plansNear: Set<number>[];
}

/**
 * Which plans hold a verbatim or near copy of each sentence. Verbatim copies share one
 * normalised form, so boilerplate repeated across many plans is shingled and hashed once.
 */
export function matchSentences(items: readonly SentenceItem[], options: MatchOptions): SentenceMatches {
  const formIndex = new Map<string, number>();
  const forms: { set: Set<string>; plans: Set<number> }[] = [];
  const formOf = items.map((item) => {
    let form = formIndex.get(item.normal);
    if (form === undefined) {
      form = forms.length;
      formIndex.set(item.normal, form);
      forms.push({ set: shingles(item.normal, options.shingleSize), plans: new Set() });
    }
    forms[form]?.plans.add(item.plan);
    return form;
  });
  const neighbours = similarForms(forms.map((f) => f.set), options);
  const plansNear = forms.map((form, f) => {
    const plans = new Set(form.plans);
    for (const n of neighbours[f] ?? []) for (const p of forms[n]?.plans ?? []) plans.add(p);
    return plans;
  });
  return { formOf, plansNear };
}

/** True when a plan other than the sentence's own holds a copy of it. */
export function reusedElsewhere(plansNear: ReadonlySet<number>, plan: number): boolean {
  return plansNear.size > 1 || (plansNear.size === 1 && !plansNear.has(plan));
}
