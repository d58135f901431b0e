/**
 * The same task listed twice: task texts whose keys (numbering, punctuation and spaces removed)
 * share at least SAME_TASK of their character bigrams (Dice). Each task that repeats an earlier
 * one is reported once, against the first it repeats.
 */
import type { Diagnostic, Task } from '../model/types.js';
import { bigrams, diceOfBigrams, type Bigrams } from '../text/bigrams.js';
import { charClass, trimmedStart } from './chars.js';

type Finding = Omit<Diagnostic, 'file'>;

/** Task texts at least this similar are read as the same task listed twice. */
export const SAME_TASK = 0.9;

/**
 * More tasks than this are not compared: every pair would be (4.5 million pairs at the limit,
 * under a second). No plan lists thousands of tasks; a document that does is reported as not checked.
 */
export const MAX_TASKS_COMPARED = 3000;

// Numbering, punctuation and spaces do not make two tasks different.
const NUMBERING = /^\s*[\d一二三四五六七八九十]+[.、．]\s*/;
const opensNumbering = charClass('0123456789一二三四五六七八九十');
const taskKey = (t: Task): string => {
  // The numbering can only open with the first character that is not white space.
  const first = t.text.charCodeAt(trimmedStart(t.text));
  return withoutMarks(opensNumbering(first) ? t.text.replace(NUMBERING, '') : t.text);
};

const MARK = /^[\s\p{P}\p{S}]$/u;
// Per BMP code unit: 0 not yet known, 1 kept, 2 a space, punctuation or symbol (MARK).
const MARK_OF = new Uint8Array(0x10000);

function isMark(c: number): boolean {
  let known = MARK_OF[c]!;
  if (known === 0) MARK_OF[c] = known = MARK.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}

/** text.replace(/[\s\p{P}\p{S}]/gu, ''), with each character's class looked up once per worker. */
function withoutMarks(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let width = 1;
    let mark: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) width = 2;
    }
    if (width === 2) mark = MARK.test(text.slice(i, i + 2));
    else mark = isMark(c);
    if (mark) {
      out += text.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

interface KeyedTask {
  task: Task;
  key: string;
  /** Bigram count, -1 until the histogram is made. */
  pairs: number;
  /**
   * Where the task's histogram of its bigrams' first characters (code point mod 64) starts in
   * the shared buffer: one buffer for all tasks of a plan, not one small array per task.
   */
  at: number;
  grams: Bigrams | null;
}

function histogram(k: KeyedTask, buffer: Uint16Array): void {
  if (k.pairs >= 0) return;
  let pairs = -1;
  let previous = -1;
  for (let i = 0; i < k.key.length; i++) {
    const c = k.key.codePointAt(i) as number;
    if (c > 0xffff) i++;
    if (previous >= 0) buffer[k.at + (previous & 63)]! += 1;
    previous = c;
    pairs++;
  }
  k.pairs = Math.max(pairs, 0);
}

/**
 * An upper bound of the pair's bigram Dice: shared bigrams cannot outnumber, bucket by bucket,
 * the bigrams that start with the same characters.
 */
function diceBound(a: KeyedTask, b: KeyedTask, buffer: Uint16Array): number {
  histogram(a, buffer);
  histogram(b, buffer);
  if (a.pairs < 1 || b.pairs < 1) return 1;
  let bound = 0;
  for (let i = 0; i < 64; i++) bound += Math.min(buffer[a.at + i]!, buffer[b.at + i]!);
  return (2 * bound) / (a.pairs + b.pairs);
}

function isDuplicate(a: KeyedTask, b: KeyedTask, buffer: Uint16Array): boolean {
  if (a.key === b.key) return true;
  // Bigrams only for pairs that pass the cheap bound: most pairs differ in characters already.
  return diceBound(a, b, buffer) >= SAME_TASK && diceOfBigrams((a.grams ??= bigrams(a.key)), (b.grams ??= bigrams(b.key))) >= SAME_TASK;
}

export function duplicateTaskFindings(tasks: readonly Task[]): Finding[] {
  const keyed: KeyedTask[] = [];
  for (const task of tasks) {
    const key = taskKey(task);
    if (key.length >= 4) keyed.push({ task, key, pairs: -1, at: 64 * keyed.length, grams: null });
  }
  if (keyed.length > MAX_TASKS_COMPARED) {
    return [{
      level: 'info', line: null, code: 'consistency/duplicate-tasks-not-checked',
      message: `${keyed.length} tasks were not compared for duplicates (the limit is ${MAX_TASKS_COMPARED}).`,
      args: { tasks: keyed.length, limit: MAX_TASKS_COMPARED },
    }];
  }
  const buffer = new Uint16Array(64 * keyed.length);
  const findings: Finding[] = [];
  for (let j = 1; j < keyed.length; j++) {
    const b = keyed[j]!;
    for (let i = 0; i < j; i++) {
      const a = keyed[i]!;
      // Keys of too different lengths cannot be similar enough: most pairs end here.
      if (Math.min(a.key.length, b.key.length) < Math.max(a.key.length, b.key.length) * SAME_TASK) continue;
      if (!isDuplicate(a, b, buffer)) continue;
      const [first, second] = [a.task.source.line, b.task.source.line];
      findings.push({
        level: 'warning', line: second, code: 'consistency/duplicate-task',
        message: `The task on line ${second} repeats the task on line ${first}.`,
        args: { firstLine: first, secondLine: second, text: b.task.text },
      });
      break;
    }
  }
  return findings;
}
