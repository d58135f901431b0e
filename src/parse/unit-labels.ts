/**
 * Unit lists that label their parts, in task tables and inline task lines: "牵头单位：A；责任单位：B",
 * "责任单位：A、B，C", "（牵头单位：A；配合单位：B）".
 */
import { splitLeadAndCo, splitMarkedLeads, splitUnitList, type LeadConvention } from './unit-lists.js';
import { trailingRun } from '../text/trailing-run.js';

export const LABEL = '(牵头单位|牵头部门|责任单位|责任部门|主责单位|配合单位|配合部门|协同单位|参与单位|协办单位)';
const LABEL_END = trailingRun(/[；;，,。\s]/);
const LABEL_SPLIT = new RegExp(`${LABEL}\\s*[:：]`, 'g');

export interface Units {
  lead: string[];
  co: string[];
  unresolved: boolean; // a single 责任单位 list had to be read without a stated convention
}

/** "牵头单位：A；责任单位：B" or "责任单位：A、B，C" → lead and co lists. */
export function readUnitLabels(text: string, convention: LeadConvention | null): Units {
  const wrapped = /^[（(]/.test(text);
  const body = wrapped ? text.replace(/^[（(]/, '').replace(/[)）]\s*[。.]?\s*$/, '') : text;
  const labels = [...body.matchAll(LABEL_SPLIT)];
  const segments = labels.length === 0 ? [{ label: '', units: body }] : labels.map((m, i) => ({
    label: m[1] ?? '',
    units: body.slice((m.index ?? 0) + m[0].length, labels[i + 1]?.index ?? body.length).replace(LABEL_END, ''),
  }));
  const hasLead = segments.some((s) => s.label.includes('牵头') || s.label.includes('主责'));
  if (hasLead) {
    const lead = segments.filter((s) => /牵头|主责/.test(s.label)).flatMap((s) => splitUnitList(s.units));
    const co = segments.filter((s) => !/牵头|主责/.test(s.label)).flatMap((s) => splitUnitList(s.units));
    return { lead, co, unresolved: false };
  }
  const all = segments.map((s) => s.units).join('、');
  const marked = splitMarkedLeads(all);
  if (marked !== null) return { ...marked, unresolved: false };
  if (convention !== null && segments.length === 1) return { ...splitLeadAndCo(all, convention), unresolved: false };
  return { lead: [], co: splitUnitList(all), unresolved: true };
}
