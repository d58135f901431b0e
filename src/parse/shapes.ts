/**
 * Line shapes shared by the box and task readers: numbered items ("1.", "1、", "2农村…"),
 * section headings (第一章, 一、, （一）, Markdown #), and 专栏 box titles.
 */
import { codeTable, WHITE_SPACE } from './chars.js';
import type { Line } from './lines.js';
import { parseChineseNumber } from './numerals.js';

export type ItemStyle = 'dot' | 'paren' | 'circled';

export interface NumberedItem {
  style: ItemStyle;
  no: number;
  /** The text after the number. */
  rest: string;
  /** True when the number has no dot or 、 after it ("2农村…"): only trusted where expected. */
  dotless: boolean;
}

const DOTTED = /^(\d{1,2})\s*[.．、](?![\d.．])\s*(\S.*)$/;
// A number run straight into a word. Not before a measure word, so "10人以上" stays prose.
const DOTLESS = /^(\d{1,2})(?![\d年月日号个人户项名次万元岁%％.．、周天批家所])([\p{Script=Han}“《])(.*)$/u;

const PAREN = /^[（(]\s*(\d{1,2})\s*[)）]\s*(\S.*)$/;
const CIRCLED = /^([\u2460-\u2473])\s*(\S.*)$/;

/** "1." / "1、" / "2农村" (style 'dot'), "（1）" ('paren'), "①" ('circled'). */
export function numberedItem(text: string): NumberedItem | null {
  // Each pattern opens with a digit, a bracket or a circled number: the first character picks the patterns to try.
  const c = text.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    const dotted = DOTTED.exec(text);
    if (dotted) return { style: 'dot', no: Number(dotted[1]), rest: dotted[2] ?? '', dotless: false };
    const bare = DOTLESS.exec(text);
    if (bare) return { style: 'dot', no: Number(bare[1]), rest: (bare[2] ?? '') + (bare[3] ?? ''), dotless: true };
    return null;
  }
  if (c === 0xff08 || c === 0x28) {
    const paren = PAREN.exec(text);
    return paren ? { style: 'paren', no: Number(paren[1]), rest: paren[2] ?? '', dotless: false } : null;
  }
  const circled = c >= 0x2460 && c <= 0x2473 ? CIRCLED.exec(text) : null;
  if (circled) return { style: 'circled', no: (circled[1] ?? '①').charCodeAt(0) - 0x245f, rest: circled[2] ?? '', dotless: false };
  return null;
}

/** Added by dotItemNumber to the number of a dotless item. */
export const DOTLESS_ITEM = 100;

/**
 * The number of a 'dot' item (see numberedItem) without making its text: the number of a dotted
 * item ("3."), DOTLESS_ITEM more for a dotless one ("3农村…"), -1 when the text is no 'dot' item.
 */
export function dotItemNumber(text: string): number {
  if (text.length < 2) return -1; // a digit and at least a dot or a character after it
  const c = text.charCodeAt(0);
  if (!(c >= 0x30 && c <= 0x39)) return -1;
  // Both patterns take a second digit whenever there is one.
  const second = text.charCodeAt(1);
  const no = second >= 0x30 && second <= 0x39 ? (c - 0x30) * 10 + (second - 0x30) : c - 0x30;
  if (DOTTED.test(text)) return no;
  return DOTLESS.test(text) ? no + DOTLESS_ITEM : -1;
}

// Items without numbers, as boxes list them when a page drops its list numbers: a dash bullet
// ("——残疾儿童康复救助项目。…"), or a paragraph that opens with a project's name and a stop.
const BULLET = /^(?:——|－－|--|[▲△◆◇○☆★])\s*/;
const PROJECT_NAME = /^[^。：:；;，,]{2,30}(?:项目|工程|行动|计划|活动)[。：:]\s*\S/;

/** The item text of an unnumbered box item, or null when the line is not one. */
export function unnumberedItem(text: string): string | null {
  const bullet = BULLET.exec(text);
  if (bullet) return text.length > bullet[0].length ? text.slice(bullet[0].length) : null;
  return PROJECT_NAME.test(text) ? text : null;
}

export type GroupStyle = 'cn-comma' | 'cn-paren';

export interface GroupLabel {
  style: GroupStyle;
  no: number;
  title: string;
}

const CN_DIGITS = '一二三四五六七八九十';
const CN = `[${CN_DIGITS}]+`;
/** By code unit, 1 for what `chars` holds: one lookup per line where a call per test costs more. */
// What a group label opens with: a Chinese digit, （ or (.
const OPENS_GROUP = codeTable(CN_DIGITS + '（(');
const CN_COMMA = new RegExp(`^(${CN})\\s*[、.．]\\s*(\\S.*)$`);
const CN_PAREN = new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*(\\S.*)$`);

/** "一、资金类" / "（一）无障碍设施": a sub-group label or a section heading, depending on where. */
export function groupLabel(text: string): GroupLabel | null {
  if (text.length === 0 || OPENS_GROUP[text.charCodeAt(0)] !== 1) return null;
  const comma = CN_COMMA.exec(text);
  const paren = comma ? null : CN_PAREN.exec(text);
  const m = comma ?? paren;
  if (!m) return null;
  const no = parseChineseNumber(m[1] ?? '');
  if (no === null) return null;
  return { style: comma ? 'cn-comma' : 'cn-paren', no, title: (m[2] ?? '').replace(/[。.．]\s*$/, '').trim() };
}

const CHAPTER = /^第[一二三四五六七八九十百零〇\d]+[章节篇部]/;

/** A section heading by shape: 第N章/节, a Markdown heading, or a short 一、 / （一） label. */
export function isHeading(line: Line): boolean {
  if (line.text.charCodeAt(0) === 0x7b2c /* 第 */ && CHAPTER.test(line.text)) return true;
  const first = line.raw.length > 0 ? line.raw.charCodeAt(0) : 0;
  if ((first === 0x23 || WHITE_SPACE[first] === 1) && /^\s{0,3}#{1,6}\s/.test(line.raw)) return true;
  // Headings are short; a long "一、…" line is a numbered sentence of prose.
  return line.text.length <= 40 && groupLabel(line.text) !== null;
}

export interface BoxTitle {
  box: number;
  title: string;
}

// What BOX opens with: 专, 【, [ or white space.
const OPENS_BOX = codeTable('专【[', { whiteSpace: true });
const BOX = /^[【[]?\s*专栏\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[】\]]?\s*[:：.．、]?\s*(.*)$/;

/** "专栏2 残疾人社会保障重点项目", "## 专栏 8 无障碍重点项目", "【专栏三】…". */
export function boxTitle(text: string): BoxTitle | null {
  if (text.length === 0 || OPENS_BOX[text.charCodeAt(0)] !== 1) return null;
  const m = BOX.exec(text);
  if (!m) return null;
  const box = parseChineseNumber(m[1] ?? '');
  if (box === null) return null;
  return { box, title: (m[2] ?? '').trim() };
}
