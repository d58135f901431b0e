/**
 * How a plan is named in a comparison, and which place names its departments may carry.
 * When the parser found no region, the first place name in the title stands in
 * ("自贡市“十四五”…规划" → 自贡市).
 */
import type { PlanDocument } from '../model/types.js';
import type { PlanRef } from './types.js';

const PLACE_IN_TITLE = /^([\u4e00-\u9fff]{2,5}?(?:自治州|自治县|地区|新区|市|县|区|州|省|旗))(?=[“"《「（(]|十四五|残疾人|人民政府|[惠助扶]残|[0-9]{4})/u;
const LEAD_WORDS = /^(?:关于|印发|现将|转发|附件[:：]?)+/u;
const MAX_LABEL = 20;
const OPENING_LINES = 12;

export function placeFromTitle(title: string | null): string | null {
  if (title === null) return null;
  for (const chunk of title.split(/[《》“”"「」：:，,。\s]+/u)) {
    const m = PLACE_IN_TITLE.exec(`${chunk.replace(/^[^\u4e00-\u9fff]+/u, '').replace(LEAD_WORDS, '')}“`);
    if (m) return m[1];
  }
  return null;
}

/** The first place named in the document's opening lines (its heading, when the title has none). */
function placeFromOpening(lines: readonly string[]): string | null {
  for (const line of lines.filter((l) => l.trim() !== '').slice(0, OPENING_LINES)) {
    const place = placeFromTitle(line);
    if (place) return place;
  }
  return null;
}

function localityOf(doc: PlanDocument): string | null {
  return doc.plan.region.name ?? placeFromTitle(doc.plan.title) ?? placeFromOpening(doc.lines);
}

/** Place names to strip from department names: region (or the title's / heading's place) and province. */
export function placesOf(doc: PlanDocument): string[] {
  return [localityOf(doc), doc.plan.region.province].filter((p): p is string => p !== null && p !== '');
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : text;
}

/**
 * Every plan's ref, labels made unique: a name places in different provinces share (朝阳区 in
 * 北京市 and in 吉林省) gets the province in front; otherwise each plan of a shared name gets its
 * id after it ("自贡市 (zigong-shi-2)").
 */
export function planRefs(docs: readonly PlanDocument[]): PlanRef[] {
  const refs = docs.map(planRef);
  for (const [label, group] of sharedLabels(refs)) {
    const provinces = group.map((i) => docs[i]!.plan.region.province);
    const byProvince = provinces.every((p) => p && !label.startsWith(p)) && new Set(provinces).size === group.length;
    for (const [k, i] of group.entries()) {
      refs[i] = { ...refs[i]!, label: byProvince ? shorten(`${provinces[k]}${label}`) : `${label} (${refs[i]!.id})` };
    }
  }
  // A province-led label can meet one written that way already: ids settle it (they are unique).
  for (const [label, group] of sharedLabels(refs)) for (const i of group) refs[i] = { ...refs[i]!, label: `${label} (${refs[i]!.id})` };
  return refs;
}

/** Labels more than one plan has, with those plans' positions. */
function sharedLabels(refs: readonly PlanRef[]): Array<[string, number[]]> {
  const byLabel = new Map<string, number[]>();
  refs.forEach((r, i) => byLabel.set(r.label, [...(byLabel.get(r.label) ?? []), i]));
  return [...byLabel].filter(([, group]) => group.length > 1);
}

function planRef(doc: PlanDocument): PlanRef {
  const { plan } = doc;
  return {
    id: plan.id,
    label: shorten(localityOf(doc) ?? plan.title ?? plan.id),
    source: plan.source,
    hasIndicatorTable: plan.indicators.length > 0,
    taskCount: plan.tasks.length,
    projectCount: plan.projects.length,
  };
}
