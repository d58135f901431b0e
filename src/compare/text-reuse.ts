/**
 * Text reuse across plans: which sentences of a plan appear, verbatim or nearly, in another plan
 * of the set, and which are its own (its local commitments). Candidate pairs come from MinHash +
 * LSH over character-trigram sets, so the work grows with the number of sentences, not with its
 * square; each candidate pair is then verified with the exact Jaccard similarity.
 */
import type { PlanDocument } from '../model/types.js';
import type { LshParams } from './minhash.js';
import { splitSentences } from './sentences.js';
import { topPartners } from './reuse-partners.js';
import { SentenceForms, type MatchOptions } from './sentence-matching.js';

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
  /** Partners listed per plan in `pairs`. */
  partnersPerPlan?: number;
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
  /** Each plan's pairs are its top partners by `shared`, at most this many. */
  partnersPerPlan: number;
  plans: PlanTextReuse[];
  /** By planId, then shared (descending), then otherPlanId; pairs sharing nothing are left out. */
  pairs: PairOverlap[];
}

const DEFAULTS: MatchOptions & { minSentenceLength: number; partnersPerPlan: number } = {
  threshold: 0.6, shingleSize: 3, minSentenceLength: 12, lsh: { bands: 32, rows: 4 }, window: 64, partnersPerPlan: 5,
};
/** How partners are sought (src/compare/reuse-partners.ts). */
const PARTNER_SEARCH = { window: 8, rounds: 4 };

const byId = (a: string, b: string): number => a.localeCompare(b);
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

const sortedUnique = (values: Iterable<number>): Int32Array => Int32Array.from(new Set(values)).sort();

/** A plan's sentences: their forms, and the text and line of each (for the distinctive list). */
interface PlanSentences {
  forms: Int32Array;
  texts: string[];
  lines: Int32Array;
}

/** Text reuse over any number of plans. Deterministic: fixed hash seeds, sorted outputs. */
export function analyseTextReuse(inputs: readonly TextReuseInput[], options: TextReuseOptions = {}): TextReuseResult {
  const opts = { ...DEFAULTS, ...options };
  const forms = new SentenceForms(opts.shingleSize);
  const normalised = new Map<string, string>(); // boilerplate recurs verbatim: normalise it once
  const byPlan: PlanSentences[] = inputs.map((input, plan) => {
    const sentences = splitSentences(input.lines, input.lineMap, opts.minSentenceLength, normalised);
    return {
      forms: Int32Array.from(sentences, (s) => forms.add(s.normal, plan)),
      texts: sentences.map((s) => s.text),
      lines: Int32Array.from(sentences, (s) => s.line),
    };
  });
  normalised.clear();
  const { reused, clusterOf, clusterCount } = forms.match(opts);
  const plans: PlanTextReuse[] = inputs.map((input, plan) => {
    const own = byPlan[plan]!;
    const distinctive: { text: string; line: number }[] = [];
    own.forms.forEach((form, i) => {
      if (reused[form] === 0) distinctive.push({ text: own.texts[i]!, line: own.lines[i]! });
    });
    distinctive.sort((a, b) => a.line - b.line || a.text.localeCompare(b.text));
    const sentences = own.forms.length;
    const reusedCount = sentences - distinctive.length;
    const share = sentences === 0 ? 0 : round4(reusedCount / sentences);
    return { planId: input.planId, sentences, reused: reusedCount, share, distinctive };
  });
  const reusedForms = byPlan.map((own) => own.forms.filter((f) => reused[f] === 1));
  const partners = topPartners({
    reusedClusters: reusedForms.map((own) => own.map((f) => clusterOf[f]!)),
    heldClusters: byPlan.map((own) => sortedUnique(Array.from(own.forms, (f) => clusterOf[f]!))),
    clusterCount,
  }, {
    ...PARTNER_SEARCH, k: opts.partnersPerPlan,
    recount: (plan, other) => forms.copiesIn(reusedForms[plan]!, byPlan[other]!.forms, clusterOf, opts.threshold),
  }, (a, b) => byId(inputs[a]?.planId ?? '', inputs[b]?.planId ?? ''));
  const pairs: PairOverlap[] = partners.map((p) => ({ planId: inputs[p.plan]?.planId ?? '', otherPlanId: inputs[p.other]?.planId ?? '', shared: p.shared }));
  pairs.sort((p, q) => byId(p.planId, q.planId) || q.shared - p.shared || byId(p.otherPlanId, q.otherPlanId));
  plans.sort((p, q) => byId(p.planId, q.planId));
  return { threshold: opts.threshold, shingleSize: opts.shingleSize, partnersPerPlan: opts.partnersPerPlan, plans, pairs };
}

/** Adapter for compare(): text reuse over parsed plan documents. */
export function textReuseOfDocuments(docs: readonly PlanDocument[], options: TextReuseOptions = {}): TextReuseResult {
  return analyseTextReuse(
    docs.map((d) => ({ planId: d.plan.id, lines: d.lines, lineMap: d.lineMap })),
    options,
  );
}
