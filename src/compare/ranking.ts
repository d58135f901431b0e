/**
 * Direction-aware ordering of targets: which value is more ambitious.
 * '>' 95 beats '=' 95 when higher is better; '<' 15 beats '<=' 15 when lower is.
 */
import type { Value } from '../model/types.js';
import type { Direction } from '../normalize/catalogue.js';

/** A numeric, absolute target that can be placed on a scale. */
export function isRankable(v: Value | null): v is Value & { value: number } {
  return v !== null && v.op !== 'qualitative' && v.value !== null && v.relativeTo === undefined;
}

/** Tie-break among equal numbers: strict bounds lie beyond the number, upper bounds below it. */
function strictness(op: Value['op']): number {
  switch (op) {
    case '>':
      return 1;
    case '<':
      return -1;
    case '<=':
      return -0.5;
    default:
      return 0;
  }
}

/** Positive when `a` is more ambitious than `b`. */
export function compareAmbition(a: Value & { value: number }, b: Value & { value: number }, direction: Direction): number {
  const sign = direction === 'higher' ? 1 : -1;
  if (a.value !== b.value) return sign * (a.value - b.value);
  return sign * (strictness(a.op) - strictness(b.op));
}

/** Caps ('<', '<=') read as "lower is more ambitious" unless the catalogue says otherwise. */
export function inferDirection(declared: Direction | undefined, values: readonly Value[]): Direction {
  if (declared) return declared;
  const ops = values.filter((v) => v.op !== 'qualitative').map((v) => v.op);
  return ops.length > 0 && ops.every((op) => op === '<' || op === '<=') ? 'lower' : 'higher';
}

export interface Ranked<T> {
  /** Groups of equally ambitious items, most ambitious first. */
  tiers: T[][];
}

export function rankByAmbition<T>(items: readonly T[], valueOf: (t: T) => Value & { value: number }, direction: Direction): Ranked<T> {
  const sorted = [...items].sort((a, b) => compareAmbition(valueOf(b), valueOf(a), direction));
  const tiers: T[][] = [];
  for (const item of sorted) {
    const last = tiers[tiers.length - 1];
    if (last && compareAmbition(valueOf(last[0]), valueOf(item), direction) === 0) last.push(item);
    else tiers.push([item]);
  }
  return { tiers };
}

export function formatValue(v: Value | null): string {
  if (v === null) return '';
  // Deltas ("提高5个百分点") read only in the document's words.
  if (v.op === 'qualitative' || v.value === null || v.relativeTo !== undefined) return v.text;
  const op = { '=': '', '>': '>', '>=': '≥', '<': '<', '<=': '≤' }[v.op];
  return `${op}${v.value}`;
}
