/**
 * The same task listed twice: task texts whose keys (numbering, punctuation and spaces removed)
 * share at least SAME_TASK of their character bigrams (Dice). Each task that repeats an earlier
 * one is reported once, against the first it repeats.
 */
import type { Diagnostic, Task } from '../model/types.js';
import { bigrams, diceOfBigrams, type Bigrams } from '../text/bigrams.js';
import { taskKey } from './duplicate-task-keys.js';

type Finding = Omit<Diagnostic, 'file'>;

/** Task texts at least this similar are read as the same task listed twice. */
export const SAME_TASK = 0.9;

/**
 * More tasks than this are not compared: every pair would be (4.5 million pairs at the limit,
 * under a second). No plan lists thousands of tasks; a document that does is reported as not checked.
 */
export const MAX_TASKS_COMPARED = 3000;

// Scratch buffers shared by every call (parsing is synchronous): typed arrays this size live
// outside the heap, and making two per plan cost more than the comparisons.
let histogramBuffer = new Uint16Array(64 * 256);
let pairsBuffer = new Int32Array(256);

/**
 * The compared tasks: keys, their bigram counts and bigrams (both made when a pair first needs
 * them) and, in one buffer for all, each key's histogram of its bigrams' first characters (code
 * point mod 64) at 64 * index.
 */
class KeyedTasks {
  readonly pairs: Int32Array;
  readonly histograms: Uint16Array;
  readonly grams: (Bigrams | undefined)[] = [];

  constructor(readonly keys: readonly string[]) {
    const n = keys.length;
    if (pairsBuffer.length < n) [pairsBuffer, histogramBuffer] = [new Int32Array(n), new Uint16Array(64 * n)];
    // -1: not counted yet. The histograms are zeroed as they are made.
    this.pairs = pairsBuffer.fill(-1, 0, n);
    this.histograms = histogramBuffer;
  }

  /** The bigram count of key `k`, making its histogram on first use. */
  pairsOf(k: number): number {
    const known = this.pairs[k]!;
    if (known >= 0) return known;
    const key = this.keys[k]!;
    const at = 64 * k;
    this.histograms.fill(0, at, at + 64);
    let pairs = -1;
    let previous = -1;
    for (let i = 0; i < key.length; i++) {
      let c = key.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < key.length) {
        const d = key.charCodeAt(i + 1);
        if ((d & 0xfc00) === 0xdc00) {
          c = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
          i++;
        }
      }
      if (previous >= 0) this.histograms[at + (previous & 63)]! += 1;
      previous = c;
      pairs++;
    }
    return (this.pairs[k] = Math.max(pairs, 0));
  }

  /**
   * An upper bound of the pair's bigram Dice: shared bigrams cannot outnumber, bucket by bucket,
   * the bigrams that start with the same characters.
   */
  diceBound(a: number, b: number): number {
    const pa = this.pairsOf(a);
    const pb = this.pairsOf(b);
    if (pa < 1 || pb < 1) return 1;
    const h = this.histograms;
    let bound = 0;
    for (let i = 64 * a, j = 64 * b, end = i + 64; i < end; i++, j++) {
      const x = h[i]!;
      const y = h[j]!;
      bound += x < y ? x : y;
    }
    return (2 * bound) / (pa + pb);
  }

  gramsOf(k: number): Bigrams {
    return (this.grams[k] ??= bigrams(this.keys[k]!));
  }

  isDuplicate(a: number, b: number): boolean {
    if (this.keys[a] === this.keys[b]) return true;
    // Bigrams only for pairs that pass the cheap bound: most pairs differ in characters already.
    return this.diceBound(a, b) >= SAME_TASK && diceOfBigrams(this.gramsOf(a), this.gramsOf(b)) >= SAME_TASK;
  }
}

export function duplicateTaskFindings(tasks: readonly Task[]): Finding[] {
  const kept: Task[] = [];
  const keys: string[] = [];
  for (const task of tasks) {
    const key = taskKey(task.text);
    if (key.length < 4) continue;
    kept.push(task);
    keys.push(key);
  }
  if (keys.length > MAX_TASKS_COMPARED) {
    return [{
      level: 'info', line: null, code: 'consistency/duplicate-tasks-not-checked',
      message: `${keys.length} tasks were not compared for duplicates (the limit is ${MAX_TASKS_COMPARED}).`,
      args: { tasks: keys.length, limit: MAX_TASKS_COMPARED },
    }];
  }
  const keyed = new KeyedTasks(keys);
  const findings: Finding[] = [];
  for (let j = 1; j < keys.length; j++) {
    const lj = keys[j]!.length;
    for (let i = 0; i < j; i++) {
      const li = keys[i]!.length;
      // Keys of too different lengths cannot be similar enough: most pairs end here.
      if ((li < lj ? li : lj) < (li < lj ? lj : li) * SAME_TASK) continue;
      if (!keyed.isDuplicate(i, j)) continue;
      report(findings, kept[i]!, kept[j]!);
      break;
    }
  }
  return findings;
}

// The rare path in a function of its own: its first use does not deoptimize the loop above.
function report(findings: Finding[], first: Task, second: Task): void {
  const [a, b] = [first.source.line, second.source.line];
  findings.push({
    level: 'warning', line: b, code: 'consistency/duplicate-task',
    message: `The task on line ${b} repeats the task on line ${a}.`,
    args: { firstLine: a, secondLine: b, text: second.text },
  });
}
