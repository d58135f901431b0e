/**
 * Numbers bounded by a comparator word whose unit the prose unit list does not know ("不少于6周").
 * They are reported as info diagnostics so an analyst can extend units.ts, never silently dropped.
 */
import { PROSE_UNITS } from './units.js';

const BOUNDED = /(?:不低于|不少于|至少|不超过|超过|控制在|达到)\s*(\d+(?:\.\d+)?)\s*([\p{Script=Han}]{1,2})/gu;
// Dates, ages, durations in years and multipliers are not figures, and are expected here.
const NOT_UNITS = /^(?:年|月|日|岁|周岁|号|届|期间|万|亿|千|百)/;

export function findUnitlessBounds(clause: string): Array<{ offset: number; text: string }> {
  const out: Array<{ offset: number; text: string }> = [];
  // An exec loop, not matchAll: matchAll copies the pattern on every call.
  BOUNDED.lastIndex = 0;
  for (let m = BOUNDED.exec(clause); m !== null; m = BOUNDED.exec(clause)) {
    const after = m[2] ?? '';
    if (NOT_UNITS.test(after) || PROSE_UNITS.some((u) => after.startsWith(u.written) || u.written.startsWith(after))) continue;
    out.push({ offset: m.index, text: m[0] });
  }
  return out;
}
