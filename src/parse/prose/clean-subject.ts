/**
 * A subject phrase as written, cleaned of the words around a noun phrase that name no measure:
 * leading 到2025年/确保/实现/累计/对/按…, trailing 应/均/分别/每人每月/中…, a place alone.
 */
import { stripEnd } from './bounds.js';
import { WHITE_SPACE_CHARS } from '../chars.js';

const YEAR_PHRASE = String.raw`(?:到|至|在|从|自|截至|截止)?\s*(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:起|前|底|末|内|时|以来)?`;
// Words stripped from the front, tried in this order after the spaces, breaks, years and 十X五 of LEADING.
const LEADING_WORDS = [
  '加快', '加大', '积极', '全面', '进一步', '持续', '逐步', '大力', '确保', '力争', '争取', '推动', '推进', '实现', '落实', '保持',
  '使', '让', '要', '同时', '其中', '分别', '现有', '累计', '共计', '合计', '共', '已经', '已', '新增', '完成', '提供了?', '开展',
  '投入', '实施', '安排', '配备', '培育', '遴选', '打造', '创建', '设立', '建设', '建有', '建成', '培训', '救助', '慰问', '改造',
  '举办', '组织', '参加', '按规定', '按照', '按', '对', '为', '再给予', '给予', '再', '每年', '每人每月', '每人每年', '每人', '每户',
  '户均', '人均', '平均', '达到', '达', '不低于', '不少于', '至少', '超过', '不超过', '控制在', '降低至', '提高到', '提高', '的',
];
const LEADING_BREAKS = '、，,：:和及与并且';
export const LEADING = new RegExp(
  String.raw`^(?:\s|[${LEADING_BREAKS}]|${YEAR_PHRASE}|“?十[三四]五”?(?:时期|期间|以来|末)?|${LEADING_WORDS.join('|')})`,
);
// Words stripped from the end, tried in this order after the spaces and breaks of TRAILING.
const TRAILING_WORDS = [
  '分别', '均', '应当', '应', '要', '将', '可获得', '获得', '可', '共', '合计', '累计', '约', '的', '为', '每人每月', '每人每年', '每户每年',
  '每人', '每户', '人均', '户均', '平均', '每月', '每年', '已', '达到', '达', '稳定在', '保持在', '中', '有', '在', '原则上', '再给予',
  '给予', '按照', '按',
];
const TRAILING_BREAKS = '、，,：:。；;！？!?';
export const TRAILING = new RegExp(String.raw`(?:\s|[${TRAILING_BREAKS}]|${TRAILING_WORDS.join('|')})$`);

const codes = (chars: string): number[] => [...chars].map((c) => c.charCodeAt(0));
// The characters a LEADING match can begin with (YEAR_PHRASE: 到至在从自截, a space, or 19/20), and
// those a TRAILING match can end with: text that begins or ends otherwise (most does) is not tested.
const LEADING_FIRST = new Set([...codes(WHITE_SPACE_CHARS + LEADING_BREAKS + '到至在从自截12“十'), ...LEADING_WORDS.map((w) => w.charCodeAt(0))]);
const TRAILING_LAST = new Set([...codes(WHITE_SPACE_CHARS + TRAILING_BREAKS), ...TRAILING_WORDS.map((w) => w.charCodeAt(w.length - 1))]);
// A TRAILING match is at most its longest word: only that much of the text's end can hold it.
const TRAILING_SPAN = Math.max(1, ...TRAILING_WORDS.map((w) => w.length));
// A place alone measures nothing: "全市10.33万名持证残疾人中" measures 持证残疾人.
export const SCOPE_ONLY = /^(?:全市|全区|全县|全省|全国|我市|我区|我县|辖区|全市各|各地)$/;

/** Where the text an unclosed parenthesis holds begins (after the last parenthesis, when it opens), or 0. */
function insideUnclosed(raw: string): number {
  for (let i = raw.length - 1; i >= 0; i--) {
    const c = raw.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) return i + 1; // ( （
    if (c === 0x29 || c === 0xff09) return 0; // ) ）
  }
  return 0;
}

export function cleanSubject(raw: string): string {
  // A subject is two characters or more; a quarter of the phrases offered are a break or nothing.
  if (raw.length <= 1) return '';
  // "农村残疾人占比高(现有持证残疾人": keep what the unclosed parenthesis holds.
  const open = insideUnclosed(raw);
  let text = (open > 0 ? raw.slice(open) : raw).trim();
  for (let i = 0; i < 12; i++) {
    if (text === '') break;
    const lead = LEADING_FIRST.has(text.charCodeAt(0)) ? text.replace(LEADING, '') : text;
    const next = lead !== '' && TRAILING_LAST.has(lead.charCodeAt(lead.length - 1)) ? stripEnd(lead, TRAILING, TRAILING_SPAN) : lead;
    if (next === text) break;
    text = next;
  }
  // SCOPE_ONLY's places are two or three characters: longer text is tested no further.
  return text.length <= 3 && (SCOPE_ONLY.test(text) || fewerThanTwoCharacters(text)) ? '' : text;
}

/** `[...text].length < 2` without building the array: a code point is one or two code units. */
function fewerThanTwoCharacters(text: string): boolean {
  return text.length <= 1 || (text.length === 2 && (text.codePointAt(0) ?? 0) > 0xffff);
}

/** The head of an object noun phrase: what follows its last 的 ("具有市场潜力的非遗项目" → 非遗项目). */
export function headNoun(phrase: string): string {
  const at = phrase.lastIndexOf('的');
  const head = at >= 0 ? cleanSubject(phrase.slice(at + 1)) : '';
  return head || phrase;
}
