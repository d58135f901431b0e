// duplicateTaskFindings skips most pairs by cheap bounds (key length, first-character histograms,
// made lazily in one buffer); this pins it to the plain comparison of each task with every earlier
// one (the reference below): each repeated task once, against the first task it repeats.
import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/model/types.js';
import { dice } from '../../src/text/bigrams.js';
import { duplicateTaskFindings, MAX_TASKS_COMPARED, SAME_TASK } from '../../src/parse/duplicate-tasks.js';

const key = (t: Task): string => t.text.replace(/^\s*[\d一二三四五六七八九十]+[.、．]\s*/, '').replace(/[\s\p{P}\p{S}]/gu, '');

function reference(tasks: readonly Task[]): Array<[number, number]> {
  const keyed = tasks.map((task) => ({ task, key: key(task) })).filter((k) => k.key.length >= 4);
  const pairs: Array<[number, number]> = [];
  keyed.forEach((b, j) => {
    const first = keyed.slice(0, j).find((a) => Math.min(a.key.length, b.key.length) >= Math.max(a.key.length, b.key.length) * SAME_TASK
      && (a.key === b.key || dice(a.key, b.key) >= SAME_TASK));
    if (first) pairs.push([first.task.source.line, b.task.source.line]);
  });
  return pairs;
}

const task = (text: string, line: number): Task => ({ no: null, text, lead: [], co: [], source: { line } });

describe('duplicateTaskFindings', () => {
  it('finds what the all-pairs comparison finds, in the same order', () => {
    const words = ['加强', '残疾人', '康复', '服务', '体系', '建设', '推进', '就业', '，', '。', ' ', '1.', '（一）', '无障碍', '环境'];
    let seed = 5;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    let duplicates = 0;
    for (let round = 0; round < 200; round++) {
      const texts: string[] = [];
      for (let k = 0; k < 2 + next(14); k++) {
        const earlier = texts[next(Math.max(texts.length, 1))];
        // Some tasks repeat an earlier one, as it is or with a word added or a character dropped.
        const at = next((earlier?.length ?? 0) + 1);
        const variants = earlier === undefined ? [] : [earlier, earlier.slice(0, at) + words[next(words.length)] + earlier.slice(at),
          earlier.slice(0, at) + earlier.slice(at + 1)];
        texts.push(variants.length > 0 && next(2) === 0
          ? (variants[next(variants.length)] as string)
          : Array.from({ length: 2 + next(20) }, () => words[next(words.length)]).join(''));
      }
      const tasks = texts.map((text, i) => task(text, 10 * (i + 1)));
      const found = duplicateTaskFindings(tasks).map((f) => [f.args?.['firstLine'], f.args?.['secondLine']]);
      expect(found).toEqual(reference(tasks));
      duplicates += found.length;
    }
    expect(duplicates).toBeGreaterThan(20);
  });

  it('reports a task listed three times twice, each against its first listing', () => {
    const text = '加强残疾人康复服务体系建设';
    const found = duplicateTaskFindings([task(text, 3), task(`1. ${text}`, 7), task(`${text}。`, 9)]);
    expect(found.map((f) => [f.args?.['firstLine'], f.args?.['secondLine']])).toEqual([[3, 7], [3, 9]]);
  });

  it('stays linear on thousands of copies of one task, and does not compare past the limit', () => {
    const copies = (n: number): Task[] => Array.from({ length: n }, (_, i) => task('加强残疾人康复服务体系建设', i + 1));
    // All pairs of 3,000 copies would be 4.5 million findings; one per repeated task is 2,999.
    expect(duplicateTaskFindings(copies(MAX_TASKS_COMPARED))).toHaveLength(MAX_TASKS_COMPARED - 1);
    expect(duplicateTaskFindings(copies(MAX_TASKS_COMPARED + 1))).toEqual([expect.objectContaining({
      level: 'info', code: 'consistency/duplicate-tasks-not-checked', line: null,
      message: `${MAX_TASKS_COMPARED + 1} tasks were not compared for duplicates (the limit is ${MAX_TASKS_COMPARED}).`,
    })]);
  });
  it('finds tasks longer than 65,535 characters repeated (histogram buckets that large)', () => {
    const long = '残'.repeat(65_537);
    expect(duplicateTaskFindings([task(long, 1), task(long, 2)]).map((f) => f.line)).toEqual([2]);
    const mixed = [task(`${'残'.repeat(64_000)}疾`, 1), task('残'.repeat(66_000), 2)];
    expect(duplicateTaskFindings(mixed).map((f) => f.line)).toEqual(reference(mixed).map(([, b]) => b));
  });

  it('finds the same with characters outside the BMP and lone surrogates in the texts', () => {
    const words = ['𠀀', '𠀁汉', '\ud800', '\udc00', '、', '康复', '服务', ' ', '1.', '𠀀𠀁'];
    let seed = 9;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 300; round++) {
      const texts = Array.from({ length: 2 + next(8) }, () => Array.from({ length: 2 + next(6) }, () => words[next(words.length)]).join(''));
      const tasks = texts.map((text, i) => task(text, i + 1));
      const found = duplicateTaskFindings(tasks).map((f) => [f.args?.['firstLine'], f.args?.['secondLine']]);
      expect(found).toEqual(reference(tasks));
    }
  });
});
