/** Pieces shared by the synthetic layouts: numbering, numbered items, indicator and task tables. */
import type { Block, TableBlock } from './blocks.js';
import type { Rng } from './prng.js';
import type { SynthIndicator, SynthItem, SynthTask } from './synthetic-plan.js';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
}

/** "1.", "1. ", "1、" or "1．" — one style per document. */
export function itemMarker(rng: Rng): (n: number) => string {
  const style = rng.pick(['.', '. ', '、', '．']);
  return (n) => `${n}${style}`;
}

/** Numbered items; a long one may be cut by a page break mid-sentence (its text continues after). */
export function itemBlocks(rng: Rng, items: readonly SynthItem[], marker: (n: number) => string, indent = ''): Block[] {
  const out: Block[] = [];
  items.forEach((item, i) => {
    const text = `${marker(i + 1)}${item.name}。${item.text}`;
    const cut = text.length > 80 && rng.chance(0.05) ? rng.int(60, text.length - 10) : -1;
    if (cut < 0) out.push({ kind: 'para', text, indent });
    else out.push({ kind: 'para', text: text.slice(0, cut) }, { kind: 'page-break' }, { kind: 'para', text: text.slice(cut) });
  });
  return out;
}

export function unitSuffix(ind: SynthIndicator): string {
  return ind.unit === null ? '' : `(${ind.unit})`;
}

export function pageBreaks(rng: Rng, rowCount: number): number[] {
  const breaks: number[] = [];
  let next = rng.int(5, 12);
  while (next < rowCount && rng.chance(0.8)) {
    breaks.push(next);
    next += rng.int(6, 14);
  }
  return breaks;
}

export interface IndicatorTableStyle {
  /** Seed 000: "1.名称(%)" in the first cell, no 序号 column. */
  numberInName: boolean;
  baseline: boolean;
  captionAfter: boolean;
  style: TableBlock['style'];
}

export function indicatorTable(caption: string, inds: readonly SynthIndicator[], s: IndicatorTableStyle): TableBlock {
  const header = [...(s.numberInName ? ['主要指标'] : ['序号', s.style === 'cell-per-line' ? '指  标' : '指标']),
    ...(s.baseline ? ['2020年', '2025年'] : ['目标值']), '指标属性'];
  const rows = inds.map((ind) => [
    ...(s.numberInName ? [`${ind.no}.${ind.name}${unitSuffix(ind)}`] : [String(ind.no), `${ind.name}${unitSuffix(ind)}`]),
    ...(s.baseline ? [ind.baseline] : []), ind.target, ind.attribute]);
  return { kind: 'table', caption, captionAfter: s.captionAfter, header, rows, style: s.style, pageBreaks: [], repeatHeader: false };
}

export interface TaskTableStyle {
  /** 3 columns: 责任单位 holds "牵头，配合"; 4 columns: separate 牵头单位 and 责任单位. */
  columns: 3 | 4;
  style: TableBlock['style'];
  repeatHeader: boolean;
}

/** The lead units, then (after a comma) the co-operating ones, as in seeds 000 and 003. */
export function dutyText(task: SynthTask): string {
  return task.co.length === 0 ? task.lead.join('、') : `${task.lead.join('、')}，${task.co.join('、')}`;
}

export function taskTable(rng: Rng, caption: string | null, tasks: readonly SynthTask[], s: TaskTableStyle): TableBlock {
  const header = s.columns === 3 ? ['序号', '工作任务', '责任单位'] : ['序号', '工作任务', '牵头单位', '责任单位'];
  const rows = tasks.map((t) =>
    s.columns === 3 ? [String(t.no), t.text, dutyText(t)] : [String(t.no), t.text, t.lead.join('、'), t.co.join('、')]);
  return { kind: 'table', caption, captionAfter: false, header, rows, style: s.style,
    pageBreaks: pageBreaks(rng, rows.length), repeatHeader: s.repeatHeader };
}
