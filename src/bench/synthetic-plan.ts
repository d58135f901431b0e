/**
 * The content of one synthetic plan, before any layout: region, indicators, key-project boxes,
 * tasks with lead and co-operating departments, prose. Layouts turn it into text; the truth file
 * is written from this, never from the parser.
 */
import type { Rng } from './prng.js';
import type { DivisionEntry } from './regions.js';
import { shortName } from './regions.js';
import { PLACE, type TextPool } from './text-pool.js';
import { BOX_TITLES, DEPARTMENTS, GROUP_TITLES, INDICATORS, SECTION_TITLES } from './vocabulary.js';

export interface SynthIndicator {
  no: number;
  name: string;
  unit: string | null;
  /** As printed: "95", "—". */
  baseline: string;
  /** As printed: "100", ">90", "与地区生产总值增长基本同步". */
  target: string;
  attribute: '约束性' | '预期性';
}

export interface SynthItem {
  name: string;
  text: string;
}

export interface SynthBox {
  no: number;
  title: string;
  groups: { title: string | null; items: SynthItem[] }[];
}

export interface SynthTask {
  no: number;
  text: string;
  lead: string[];
  co: string[];
}

export interface SynthSection {
  title: string;
  paragraphs: string[];
  /** Numbered measures ("1.名称。说明") inside the section. */
  measures: SynthItem[];
  /** Index into `boxes` of the boxes printed after this section. */
  boxes: number[];
}

export interface SynthPlan {
  region: DivisionEntry;
  title: string;
  docNumber: string;
  issuedOn: { year: number; month: number; day: number };
  preamble: string[];
  sections: SynthSection[];
  indicators: SynthIndicator[];
  boxes: SynthBox[];
  tasks: SynthTask[];
}

function targetFor(rng: Rng, kind: 'rate' | 'count' | 'sync', place: string): { baseline: string; target: string } {
  if (kind === 'sync') return { baseline: '—', target: `与${place}地区生产总值增长基本同步` };
  if (kind === 'count') {
    const target = String(rng.int(3, 600) * 10);
    return { baseline: rng.chance(0.5) ? '—' : String(rng.int(1, 300) * 10), target };
  }
  const base = rng.int(60, 98);
  const goal = Math.min(100, base + rng.int(0, 10));
  const target = rng.chance(0.25) ? `>${goal}` : rng.chance(0.1) ? `≥${goal}` : String(goal);
  return { baseline: rng.chance(0.3) ? '—' : String(base), target };
}

function departments(rng: Rng, prefix: string, count: number): string[] {
  return rng.sample(DEPARTMENTS, count).map((d) => `${prefix}${d}`);
}

/**
 * Box items are short (a sentence or two, as in the seeds' 专栏), unlike the long numbered
 * measures of the main text that use the same wording pool.
 */
function boxItemText(text: string): string {
  const sentences = text.match(/[^。]*。/g) ?? [text];
  let out = '';
  for (const s of sentences) {
    if (out !== '' && out.length + s.length > 120) break;
    out += s;
  }
  return out.length > 160 ? `${out.slice(0, 118)}。` : out;
}

function fill(text: string, place: string): string {
  return text.split(PLACE).join(place);
}

export interface SynthOptions {
  /** Approximate characters of prose. */
  size: number;
  /** Whether boxes may have sub-group headings (一、资金类…), as in seed 000. */
  groups: boolean;
}

export function synthesizePlan(rng: Rng, region: DivisionEntry, pool: TextPool, opts: SynthOptions): SynthPlan {
  const { size } = opts;
  const place = shortName(region.name);
  const prefix = region.deptPrefix;
  const indicators = rng.sample(INDICATORS, rng.int(6, INDICATORS.length)).map((ind, i): SynthIndicator => {
    const values = targetFor(rng, ind.kind, rng.chance(0.5) ? '' : `全${prefix}`);
    return { no: i + 1, name: ind.name, unit: ind.unit, ...values, attribute: rng.chance(0.6) ? '约束性' : '预期性' };
  });
  const boxes = rng.sample(BOX_TITLES, rng.int(2, BOX_TITLES.length)).map((title, i): SynthBox => {
    const groupCount = opts.groups && rng.chance(0.3) ? rng.int(2, 3) : 1;
    const groups = Array.from({ length: groupCount }, (_, g) => ({
      title: groupCount > 1 ? GROUP_TITLES[g]! : null,
      items: rng.sample(pool.items, rng.int(2, 9)).map((it) => ({ name: it.name, text: boxItemText(fill(it.text, place)) })),
    }));
    return { no: i + 2, title, groups };
  });
  const tasks = rng.sample(pool.items, rng.int(8, 40)).map((it, i): SynthTask => {
    const leads = rng.int(1, 3);
    const units = departments(rng, prefix, leads + (rng.chance(0.15) ? 0 : rng.int(1, 5)));
    return {
      no: i + 1,
      text: `${it.name}。${fill(it.text, place)}`.slice(0, rng.int(20, 160)),
      lead: units.slice(0, leads),
      co: units.slice(leads),
    };
  });
  // Prose grows the document toward `size` characters, like the seeds' 25–70 KB.
  const sectionTitles = rng.sample(SECTION_TITLES, rng.int(3, SECTION_TITLES.length));
  const perSection = Math.max(1, Math.round(size / 180 / sectionTitles.length));
  const boxOrder = boxes.map((_, i) => i);
  const sections = sectionTitles.map((title, s): SynthSection => ({
    title,
    paragraphs: Array.from({ length: rng.int(1, perSection) }, () => fill(rng.pick(pool.paragraphs), place)),
    measures: rng.sample(pool.items, rng.int(2, 8)).map((it) => ({ name: it.name, text: fill(it.text, place) })),
    boxes: boxOrder.filter((b) => b % sectionTitles.length === s),
  }));
  const year = rng.int(2021, 2023);
  return {
    region,
    title: `${region.name}“十四五”残疾人保障和发展规划`,
    docNumber: `${place}府发〔${year}〕${rng.int(1, 60)}号`,
    issuedOn: { year, month: rng.int(1, 12), day: rng.int(1, 28) },
    preamble: rng.sample(pool.paragraphs, 2).map((p) => fill(p, place)),
    sections,
    indicators,
    boxes,
    tasks,
  };
}
