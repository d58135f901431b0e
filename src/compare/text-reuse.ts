/**
 * Text reuse across plans: which sentences of a plan appear, verbatim or nearly, in another plan
 * of the set, and which are its own (its local commitments). Candidate pairs come from MinHash +
 * LSH over character-trigram sets, so the work grows with the number of sentences, not with its
 * square; each candidate pair is then verified with the exact Jaccard similarity.
 */
import type { PlanDocument } from '../model/types.js';
import type { LshParams } from './minhash.js';
import { splitSentences } from './sentences.js';
import { matchSentences, reusedElsewhere, type MatchOptions, type SentenceItem as Item } from './sentence-matching.js';

export interface TextReuseInput {
  planId: string;
  lines: readonly string[];
  lineMap: readonly number[] | null;
}

export interface TextReuseOptions {
  /** Jaccard similarity of trigram sets from which two sentences count as the same text. */
  threshold?: number;
  shingleSize?: number;
  minSentenceLength?: number;
  lsh?: LshParams;
  /** In a bucket larger than this, each sentence is compared with this many neighbours only. */
  window?: number;
}

export interface PlanTextReuse {
  planId: string;
  sentences: number;
  reused: number;
  /** reused / sentences, rounded to 4 decimals; 0 for a plan without sentences. */
  share: number;
  distinctive: { text: string; line: number }[];
}

export interface PairOverlap {
  planId: string;
  otherPlanId: string;
  /** Sentences of `planId` that appear, verbatim or nearly, in `otherPlanId`. */
  shared: number;
}

export interface TextReuseResult {
  threshold: number;
  shingleSize: number;
  plans: PlanTextReuse[];
  pairs: PairOverlap[];
}

const DEFAULTS: MatchOptions & { minSentenceLength: number } = {
  threshold: 0.6, shingleSize: 3, minSentenceLength: 12, lsh: { bands: 32, rows: 4 }, window: 64,
};

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** [other plan, number of this plan's sentences it holds a copy of], counted once per form. */
function sharedWithOthers(own: readonly number[], plan: number, formOf: readonly number[],
  plansNear: readonly Set<number>[], planCount: number): [number, number][] {
  const perForm = new Map<number, number>();
  for (const i of own) perForm.set(formOf[i] ?? 0, (perForm.get(formOf[i] ?? 0) ?? 0) + 1);
  const counts = new Int32Array(planCount);
  for (const [form, n] of perForm) for (const other of plansNear[form] ?? []) if (other !== plan) counts[other] += n;
  const out: [number, number][] = [];
  counts.forEach((n, other) => { if (n > 0) out.push([other, n]); });
  return out;
}

/** Text reuse over any number of plans. Deterministic: fixed hash seeds, sorted outputs. */
export function analyseTextReuse(inputs: readonly TextReuseInput[], options: TextReuseOptions = {}): TextReuseResult {
  const opts = { ...DEFAULTS, ...options };
  const items: Item[] = [];
  inputs.forEach((input, plan) => {
    for (const s of splitSentences(input.lines, input.lineMap, opts.minSentenceLength)) {
      items.push({ plan, text: s.text, normal: s.normal, line: s.line });
    }
  });
  const { formOf, plansNear } = matchSentences(items, opts);
  const byPlan = inputs.map(() => [] as number[]);
  items.forEach((item, i) => byPlan[item.plan]?.push(i));
  const reused = (i: number): boolean => reusedElsewhere(plansNear[formOf[i] ?? 0] ?? new Set(), items[i]?.plan ?? -1);
  const plans: PlanTextReuse[] = inputs.map((input, plan) => {
    const own = byPlan[plan] ?? [];
    const reusedCount = own.filter(reused).length;
    const distinctive = own
      .filter((i) => !reused(i))
      .map((i) => ({ text: items[i]?.text ?? '', line: items[i]?.line ?? 0 }))
      .sort((a, b) => a.line - b.line || a.text.localeCompare(b.text));
    const share = own.length === 0 ? 0 : round4(reusedCount / own.length);
    return { planId: input.planId, sentences: own.length, reused: reusedCount, share, distinctive };
  });
  const pairs: PairOverlap[] = byPlan.flatMap((own, plan) => sharedWithOthers(own, plan, formOf, plansNear, inputs.length)
    .map(([other, shared]) => ({ planId: inputs[plan]?.planId ?? '', otherPlanId: inputs[other]?.planId ?? '', shared })));
  pairs.sort((p, q) => p.planId.localeCompare(q.planId) || p.otherPlanId.localeCompare(q.otherPlanId));
  plans.sort((p, q) => p.planId.localeCompare(q.planId));
  return { threshold: opts.threshold, shingleSize: opts.shingleSize, plans, pairs };
}

/** Adapter for compare(): text reuse over parsed plan documents. */
export function textReuseOfDocuments(docs: readonly PlanDocument[], options: TextReuseOptions = {}): TextReuseResult {
  return analyseTextReuse(
    docs.map((d) => ({ planId: d.plan.id, lines: d.lines, lineMap: d.lineMap })),
    options,
  );
}
