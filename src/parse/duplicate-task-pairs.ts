/**
 * The tasks a plan's duplicate check compares, with the cheap bounds that settle most pairs
 * before any key or bigram is made.
 */
import type { Task } from '../model/types.js';
import { bigrams, diceOfBigrams, type Bigrams } from '../text/bigrams.js';
import { addKeyHistogram, codePointCount, keyLength, taskKey } from './duplicate-task-keys.js';

/** Task texts at least this similar are read as the same task listed twice. */
export const SAME_TASK = 0.9;

// Scratch buffers shared by every KeyedTasks (parsing is synchronous, and a plan's duplicate
// check makes one and is done with it before the next plan's): typed arrays this size live
// outside the heap, and making two per plan cost more than the comparisons. 32-bit buckets: a
// task text cannot hold 2³² characters, so no bucket wraps.
let histogramBuffer = new Uint32Array(64 * 256);
let pairsBuffer = new Int32Array(256);

/**
 * The compared tasks (keys of at least 4 characters), each with its key's length, bigram count,
 * and, in one buffer for all, its histogram of its bigrams' first characters (code point mod 64)
 * at 64 * index, all read in one pass over its text. The key itself and its bigrams are made
 * only for the few pairs that pass the cheap bounds.
 */
export class KeyedTasks {
  readonly tasks: Task[] = [];
  readonly lengths: number[] = [];
  readonly pairs: Int32Array;
  readonly histograms: Uint32Array;
  private readonly keys: (string | undefined)[] = [];
  private readonly grams: (Bigrams | undefined)[] = [];

  constructor(capacity: number) {
    if (pairsBuffer.length < capacity) [pairsBuffer, histogramBuffer] = [new Int32Array(capacity), new Uint32Array(64 * capacity)];
    this.pairs = pairsBuffer;
    this.histograms = histogramBuffer;
  }

  /** Adds the task when its key has at least 4 characters; its histogram only below `capacity`. */
  add(task: Task, capacity: number): void {
    const k = this.tasks.length;
    const at = k < capacity ? 64 * k : -1;
    if (at >= 0) this.histograms.fill(0, at, at + 64);
    let length = keyLength(task.text, this.histograms, at);
    let points = length;
    let key: string | undefined;
    if (length < 0) {
      // A text with surrogates: its key is made and read as it is.
      key = taskKey(task.text);
      if (at >= 0) this.histograms.fill(0, at, at + 64);
      addKeyHistogram(key, this.histograms, at);
      [length, points] = [key.length, codePointCount(key)];
    }
    if (length < 4) return;
    if (at >= 0) this.pairs[k] = Math.max(points - 1, 0);
    this.keys[k] = key;
    this.tasks.push(task);
    this.lengths.push(length);
  }

  /**
   * Whether an upper bound of the pair's bigram Dice reaches SAME_TASK: shared bigrams cannot
   * outnumber, bucket by bucket, the bigrams that start with the same characters. The bound is
   * pa minus the bigrams of a without a partner in their bucket; the walk stops once those are
   * too many for the least shared count that reaches SAME_TASK.
   */
  mayBeDuplicate(a: number, b: number): boolean {
    const pa = this.pairs[a]!;
    const pb = this.pairs[b]!;
    if (pa < 1 || pb < 1) return true;
    let unpaired = pa - leastShared(pa + pb);
    const h = this.histograms;
    for (let i = 64 * a, j = 64 * b, end = i + 64; i < end; i++, j++) {
      const x = h[i]!;
      const y = h[j]!;
      if (x > y && (unpaired -= x - y) < 0) return false;
    }
    return unpaired >= 0;
  }

  keyOf(k: number): string {
    return (this.keys[k] ??= taskKey(this.tasks[k]!.text));
  }

  gramsOf(k: number): Bigrams {
    return (this.grams[k] ??= bigrams(this.keyOf(k)));
  }

  /** Equal keys have equal histograms (a bound of 1): only pairs that pass the bound are read. */
  isDuplicate(a: number, b: number): boolean {
    if (!this.mayBeDuplicate(a, b)) return false;
    return this.keyOf(a) === this.keyOf(b) || diceOfBigrams(this.gramsOf(a), this.gramsOf(b)) >= SAME_TASK;
  }
}

/** The least count of shared bigrams whose Dice (2 · shared / total) reaches SAME_TASK. */
function leastShared(total: number): number {
  let shared = Math.ceil((SAME_TASK / 2) * total);
  while (shared > 0 && (2 * (shared - 1)) / total >= SAME_TASK) shared--;
  while ((2 * shared) / total < SAME_TASK) shared++;
  return shared;
}
