/**
 * Unit lists that label their parts, in task tables and inline task lines: "牵头单位：A；责任单位：B",
 * "责任单位：A、B，C", "（牵头单位：A；配合单位：B）".
 */
import { splitLeadAndCo, splitMarkedLeads, splitUnitList, type LeadConvention } from './unit-lists.js';
import { trailingRun } from '../text/trailing-run.js';
import { isWhiteSpace } from './chars.js';

export const LABEL = '(牵头单位|牵头部门|责任单位|责任部门|主责单位|配合单位|配合部门|协同单位|参与单位|协办单位)';
// Separators before the next label: ；;，,。 (by code in segmentAfter) and white space.
const LABEL_END = trailingRun(/[；;，,。\s]/);
const LABEL_SPLIT = new RegExp(`${LABEL}\\s*[:：]`, 'g');

export interface Units {
  lead: string[];
  co: string[];
  unresolved: boolean; // a single 责任单位 list had to be read without a stated convention
}

/** "牵头单位：A；责任单位：B" or "责任单位：A、B，C" → lead and co lists. */
export function readUnitLabels(text: string, convention: LeadConvention | null): Units {
  const first = text.length > 0 ? text.charCodeAt(0) : 0;
  const wrapped = first === 0xff08 || first === 0x28; // （ or (
  const body = wrapped ? text.slice(1).replace(/[)）]\s*[。.]?\s*$/, '') : text;
  // An exec loop, not matchAll: that copies the pattern and makes an iterator on every call.
  const labels: RegExpExecArray[] = [];
  // One shared /g pattern (matchAll would copy it per call): nothing in the loop may use it again.
  LABEL_SPLIT.lastIndex = 0;
  for (let m = LABEL_SPLIT.exec(body); m !== null; m = LABEL_SPLIT.exec(body)) labels.push(m);
  if (labels.length === 0) return readUnlabelled(body, 1, convention);
  const segments = labels.map((m, i) => ({ leads: namesLead(m[1] ?? ''), units: segmentAfter(body, m, labels[i + 1]) }));
  if (segments.some((s) => s.leads)) {
    const lead: string[] = [];
    const co: string[] = [];
    for (const s of segments) (s.leads ? lead : co).push(...splitUnitList(s.units));
    return { lead, co, unresolved: false };
  }
  return readUnlabelled(segments.map((s) => s.units).join('、'), segments.length, convention);
}

const namesLead = (label: string): boolean => label.includes('牵头') || label.includes('主责');

/** The units a label names: up to the next label, without the separators before it. */
function segmentAfter(body: string, label: RegExpExecArray, next: RegExpExecArray | undefined): string {
  const units = body.slice((label.index ?? 0) + label[0].length, next?.index ?? body.length);
  // LABEL_END ends in one of its characters: other segments keep their end.
  if (units.length === 0) return units;
  const last = units.charCodeAt(units.length - 1);
  const ends = last === 0xff1b || last === 0x3b || last === 0xff0c || last === 0x2c || last === 0x3002 || isWhiteSpace(last);
  return ends ? units.replace(LABEL_END, '') : units;
}

/** Units of segments none of whose labels names a lead: by marks, else by convention. */
function readUnlabelled(all: string, segments: number, convention: LeadConvention | null): Units {
  const marked = splitMarkedLeads(all);
  if (marked !== null) return { ...marked, unresolved: false };
  if (convention !== null && segments === 1) return { ...splitLeadAndCo(all, convention), unresolved: false };
  return { lead: [], co: splitUnitList(all), unresolved: true };
}
