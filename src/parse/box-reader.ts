/**
 * Reading one key-project box (专栏N …重点项目) line by line. A box ends where its items end:
 * when the numbering stops continuing, at a heading, at prose after a finished sentence, or
 * where a number continues both the box and the main text around it and the line reads like
 * the main text (see `readsLikeMainText`).
 */
import type { Line } from './lines.js';
import { boxTitle, groupLabel, isHeading, numberedItem, unnumberedItem, type GroupStyle, type ItemStyle } from './shapes.js';

export interface DraftItem {
  group: string | null;
  no: number | null;
  text: string;
  line: number;
}

export interface OpenBox {
  box: number;
  title: string;
  line: number;
  groupStyle: GroupStyle | null;
  /** Set by the first item: "1." boxes may hold "（1）" sub-points inside their items. */
  itemStyle: ItemStyle | 'unnumbered' | null;
  group: string | null;
  groupNo: number;
  expected: number;
  itemsInGroup: number;
  items: DraftItem[];
}

/** Numbered paragraphs of the main text since the last heading: their count and lengths. */
export interface MainNumbering {
  lastNo: number;
  lengths: number[];
}

export type BoxStep = { kind: 'consumed' } | { kind: 'ended'; reason: 'numbering' | 'heading' | 'prose' | 'main-text' };

// Titles every plan of the genre gives its top-level parts; "四、保障措施" after a box with
// sub-groups 一、二、三 is the next part of the plan, not a fourth sub-group.
const PART_TITLE = /^(?:保障措施|保障机制|保障条件|组织实施|实施保障|规划实施|主要任务|重点任务|总体要求|发展目标|主要目标|指导思想|基本原则|发展环境|规划背景|编制背景|工作要求)/;

const SENTENCE_END = /[。！？!?；;]["”』」]?$/;

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
}

/**
 * A number that continues both the box (items 1–6, then "7.") and the main text (paragraphs 5, 6
 * before the box, then "7.") is ambiguous. Main-text paragraphs run long, box items short, but
 * both vary a lot; so the line goes to the main text only when it is clearly longer than every
 * item of the box so far and its length is nearer (log scale) the main text's mean than the box's.
 * In doubt the box goes on: a box item lost is worse than a paragraph kept as an item.
 */
export function readsLikeMainText(length: number, box: OpenBox, main: MainNumbering): boolean {
  const boxLengths = box.items.map((item) => item.text.length);
  if (main.lengths.length === 0 || boxLengths.length === 0) return false;
  if (length <= 1.5 * Math.max(...boxLengths)) return false;
  const distance = (m: number) => Math.abs(Math.log(length / Math.max(m, 1)));
  return distance(mean(main.lengths)) < distance(mean(boxLengths));
}

/**
 * What the lines after an ambiguous number say: the box's next sub-group label, or the main
 * text coming back later with this very number, show the box goes on. Null when they are silent.
 */
export function laterEvidence(box: OpenBox, no: number, ahead: readonly Line[]): 'box' | null {
  let expected = no + 1;
  for (const line of ahead) {
    if (boxTitle(line.text)) return null;
    const label = line.text.length <= 30 ? groupLabel(line.text) : null;
    if (label) return box.groupStyle === label.style && label.no === box.groupNo + 1 ? 'box' : null;
    if (isHeading(line)) return null;
    const item = numberedItem(line.text);
    if (!item || item.style !== 'dot') continue;
    if (item.no === no) return 'box';
    if (item.no !== expected) return null;
    expected++;
  }
  return null;
}

function continuesBox(box: OpenBox, next: Line | undefined): boolean {
  if (next === undefined) return false;
  const item = numberedItem(next.text);
  if (item) return item.style === box.itemStyle && item.no === box.expected;
  const label = next.text.length <= 30 ? groupLabel(next.text) : null;
  return label !== null && label.style === box.groupStyle && label.no === box.groupNo + 1;
}

function addItem(box: OpenBox, no: number | null, text: string, line: number): BoxStep {
  box.items.push({ group: box.group, no, text, line });
  box.itemsInGroup++;
  if (no !== null) box.expected = no + 1;
  return { kind: 'consumed' };
}

function stepNumbered(box: OpenBox, line: Line, no: number, rest: string, main: MainNumbering, ahead: () => readonly Line[]): BoxStep {
  const continuesMain = main.lastNo > 0 && no === main.lastNo + 1;
  if (no === box.expected) {
    if (no > 1 && continuesMain && readsLikeMainText(line.text.length, box, main) && laterEvidence(box, no, ahead()) === null) {
      return { kind: 'ended', reason: 'main-text' };
    }
    return addItem(box, no, rest, line.no);
  }
  return { kind: 'ended', reason: 'numbering' };
}

/** Feeds one non-blank line to an open box; `ahead` gives the lines after it, read only when in doubt. */
export function stepBox(box: OpenBox, line: Line, main: MainNumbering, ahead: () => readonly Line[]): BoxStep {
  const item = numberedItem(line.text);
  const last = box.items[box.items.length - 1];
  if (item && last && box.itemStyle !== null && item.style !== box.itemStyle) {
    last.text += line.text;
    return { kind: 'consumed' };
  }
  if (item && !(item.dotless && item.no !== box.expected)) {
    box.itemStyle ??= item.style;
    return stepNumbered(box, line, item.no, item.rest, main, ahead);
  }
  const found = line.text.length <= 30 ? groupLabel(line.text) : null;
  const label = found && !PART_TITLE.test(found.title) ? found : null;
  if (label) {
    const opensGroups = box.items.length === 0 && box.groupStyle === null;
    const nextGroup = box.groupStyle === label.style && label.no === box.groupNo + 1;
    if (!opensGroups && !nextGroup) return { kind: 'ended', reason: 'heading' };
    Object.assign(box, { groupStyle: label.style, group: label.title, groupNo: label.no, expected: 1, itemsInGroup: 0 });
    return { kind: 'consumed' };
  }
  if (isHeading(line)) return { kind: 'ended', reason: 'heading' };
  const unnumbered = box.itemStyle === null || box.itemStyle === 'unnumbered' ? unnumberedItem(line.text) : null;
  if (unnumbered !== null) {
    box.itemStyle = 'unnumbered';
    return addItem(box, null, unnumbered, line.no);
  }
  // A page break splits an item mid-sentence ("…学前康复教" / "育机构。"): the rest joins it.
  if (last && box.itemsInGroup > 0 && !SENTENCE_END.test(last.text)) {
    last.text += line.text;
    return { kind: 'consumed' };
  }
  // A page break at a sentence end: the paragraph belongs to the item when the box's numbering
  // goes on right after it.
  if (last && box.itemsInGroup > 0 && continuesBox(box, ahead()[0])) {
    last.text += line.text;
    return { kind: 'consumed' };
  }
  // A sub-group holding one unnumbered paragraph ("三、无障碍服务"): one item named after the group.
  if (box.group !== null && box.itemsInGroup === 0) return addItem(box, null, line.text, line.no);
  if (box.items.length === 0 && box.title === '' && line.text.length <= 40) {
    box.title = line.text;
    return { kind: 'consumed' };
  }
  return { kind: 'ended', reason: 'prose' };
}
