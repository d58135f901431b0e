/**
 * The same task listed twice: task texts whose keys (numbering, punctuation and spaces removed)
 * share at least SAME_TASK of their character bigrams (Dice). Each task that repeats an earlier
 * one is reported once, against the first it repeats.
 */
import type { Diagnostic, Task } from '../model/types.js';
import { KeyedTasks, SAME_TASK } from './duplicate-task-pairs.js';

type Finding = Omit<Diagnostic, 'file'>;

export { SAME_TASK } from './duplicate-task-pairs.js';

/**
 * More tasks than this are not compared: every pair would be (4.5 million pairs at the limit,
 * under a second). No plan lists thousands of tasks; a document that does is reported as not checked.
 */
export const MAX_TASKS_COMPARED = 3000;

export function duplicateTaskFindings(tasks: readonly Task[]): Finding[] {
  // Histograms for at most the tasks that can be compared: a plan over the limit only counts.
  const capacity = Math.min(tasks.length, MAX_TASKS_COMPARED + 1);
  const keyed = new KeyedTasks(capacity);
  for (const task of tasks) keyed.add(task, capacity);
  const { lengths } = keyed;
  if (lengths.length > MAX_TASKS_COMPARED) {
    return [{
      level: 'info', line: null, code: 'consistency/duplicate-tasks-not-checked',
      message: `${lengths.length} tasks were not compared for duplicates (the limit is ${MAX_TASKS_COMPARED}).`,
      args: { tasks: lengths.length, limit: MAX_TASKS_COMPARED },
    }];
  }
  const findings: Finding[] = [];
  for (let j = 1; j < lengths.length; j++) {
    const lj = lengths[j]!;
    for (let i = 0; i < j; i++) {
      const li = lengths[i]!;
      // Keys of too different lengths cannot be similar enough: most pairs end here.
      if ((li < lj ? li : lj) < (li < lj ? lj : li) * SAME_TASK) continue;
      if (!keyed.isDuplicate(i, j)) continue;
      report(findings, keyed.tasks[i]!, keyed.tasks[j]!);
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
