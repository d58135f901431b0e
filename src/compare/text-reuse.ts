/**
 * Text reuse across plans: which sentences of a plan appear, verbatim or nearly, in another plan
 * of the set, and which are its own (its local commitments). Candidate pairs come from MinHash +
 * LSH over character-trigram sets, so the work grows with the number of sentences, not with its
 * square; each candidate pair is then verified with the exact Jaccard similarity.
 */
import type { PlanDocument } from '../model/types.js';
import { shingles, type LshParams } from './minhash.js';
import { splitSentences } from './sentences.js';
import { matchSentences, type MatchOptions, type SentenceItem as Item } from './sentence-matching.js';

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

const DEFAULTS: MatchOptions & { shingleSize: number; minSentenceLength: number } = {
  threshold: 0.6, shingleSize: 3, minSentenceLength: 12, lsh: { bands: 32, rows: 4 }, window: 64,
};

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Text reuse over any number of plans. Deterministic: fixed hash seeds, sorted outputs. */
export function analyseTextReuse(inputs: readonly TextReuseInput[], options: TextReuseOptions = {}): TextReuseResult {
  const opts = { ...DEFAULTS, ...options };
  const items: Item[] = [];
  inputs.forEach((input, plan) => {
    for (const s of splitSentences(input.lines, input.lineMap, opts.minSentenceLength)) {
      items.push({ plan, text: s.text, normal: s.normal, line: s.line, set: shingles(s.normal, opts.shingleSize) });
    }
  });
  const matches = matchSentences(items, opts);
  const byPlan = inputs.map(() => [] as { item: Item; others: Set<number> }[]);
  items.forEach((item, i) => byPlan[item.plan]?.push({ item, others: matches[i] ?? new Set<number>() }));
  const plans: PlanTextReuse[] = inputs.map((input, plan) => {
    const own = byPlan[plan] ?? [];
    const reused = own.filter((x) => x.others.size > 0).length;
    const distinctive = own
      .filter((x) => x.others.size === 0)
      .map((x) => ({ text: x.item.text, line: x.item.line }))
      .sort((a, b) => a.line - b.line || a.text.localeCompare(b.text));
    return { planId: input.planId, sentences: own.length, reused, share: own.length === 0 ? 0 : round4(reused / own.length), distinctive };
  });
  const pairs: PairOverlap[] = byPlan.flatMap((own, plan) => {
    const counts = new Map<number, number>();
    for (const { others } of own) for (const other of others) counts.set(other, (counts.get(other) ?? 0) + 1);
    return [...counts].map(([other, shared]) => ({
      planId: inputs[plan]?.planId ?? '',
      otherPlanId: inputs[other]?.planId ?? '',
      shared,
    }));
  });
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
