/**
 * Loose matching of an indicator or project name to the task that covers it,
 * to say which departments are responsible. Plans rarely state this for
 * indicators, so a weak match is left blank rather than guessed.
 */
import type { Task } from '../model/types.js';

/** Words every row of the genre shares, or measurement suffixes: they say nothing about the subject. */
const GENERIC = /残疾人|残疾|覆盖率|参保率|入学率|适配率|比例|人次|年均增长|项目|[率数]$/g;

function bigrams(text: string): Set<string> {
  const chars = text.replace(/[（(][^）)]*[）)]/g, (m) => m.slice(1, -1)).replace(GENERIC, '|').replace(/[^\p{L}\p{N}|]/gu, '|');
  const out = new Set<string>();
  for (const part of chars.split('|')) {
    for (let i = 0; i + 1 < part.length; i++) out.add(part.slice(i, i + 2));
  }
  return out;
}

export const MIN_MATCH_SCORE = 0.5;

/** Index of the task whose text best covers `name` (share of the name's bigrams found), or null below MIN_MATCH_SCORE. */
export function bestTask(name: string, tasks: readonly Task[]): number | null {
  const wanted = bigrams(name);
  if (wanted.size === 0) return null;
  let best: number | null = null;
  let bestScore = MIN_MATCH_SCORE - Number.EPSILON;
  tasks.forEach((task, i) => {
    const have = bigrams(task.text);
    let shared = 0;
    for (const b of wanted) if (have.has(b)) shared++;
    const score = shared / wanted.size;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
