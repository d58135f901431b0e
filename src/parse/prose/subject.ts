/**
 * The thing a figure measures, as the clause writes it: the noun phrase before the bounding
 * word ("残疾人基本康复服务覆盖率" in "残疾人基本康复服务覆盖率达到90%以上"), else the words between
 * the cue and the number ("达到一级重度残疾人护理补贴每人每月120元"), else what follows the number
 * ("16688名残疾人参加养老保险"). Money standards name what is paid ("…标准给予护理补贴").
 */
import type { ClauseFigure } from './figures.js';
import { cleanSubject, headNoun, SCOPE_ONLY } from './clean-subject.js';
import { isMoneyUnit } from './units.js';
import { trailingBreaksRemover } from './trailing-breaks.js';
import { trimmedEnd } from '../chars.js';

export { cleanSubject, headNoun };

const PAID_THING = /(?:补贴|补助|奖励|资助|费|金|津贴)$/;
// Words before a figure that own what follows it: "在岗残疾人至少获得1次技能提升培训", "队伍中有15%的残疾人".
const OWNER_END = /(?:人|户|生|员|者|对象|家庭|儿童|中|[）)])\s*$/;

// An object that follows its verb: "至少设立1处残疾人托养照护服务设施", "给予不超过6个月的渐退期".
const ACTION_VERBS = ['安排', '配备', '培育', '遴选', '打造', '创建', '设立', '建设', '建有', '建成', '新增', '举办', '获得', '给予', '有'];
const ACTION_END = new RegExp(`(?:${ACTION_VERBS.join('|')})\\s*$`);
// Their last characters: text whose last non-space character is none of them ends in no verb (most do not).
const ACTION_LAST = new Set(ACTION_VERBS.map((v) => v.charCodeAt(v.length - 1)));

/** ACTION_END.test(text.slice(from, end)), slicing and testing only text whose last word may be a verb. */
function endsInAction(text: string, from: number, end: number): boolean {
  const last = trimmedEnd(text, end);
  return last > from && ACTION_LAST.has(text.charCodeAt(last - 1)) && ACTION_END.test(text.slice(from, end));
}
// Verbs whose object is people placed or taken on: "至少安排1名残疾人就业" counts 安排残疾人就业人数.
const PLACING_VERB = /(?:安排|吸纳|招录|招聘|安置|录用)\s*$/;
// What the counted people do: "家庭至少有一人就业" counts 就业人数.
const PERSON_ACTIVITY = /(?:就业|创业)$/;
// "…安排残疾人就业未达到规定比例的至少安排": a relative clause before the bound is a condition.
const INLINE_CONDITION = /的\s*$/;
// Accounting verbs after 标准 name no measure: "按照户均6000元标准测算" prices what the sentence named before.
const STANDARD_ONLY = /^\s*的?\s*标准\s*(?:测算|计算|核算|核定|执行|落实|确定)?\s*$/;
// "按…标准采取实物扶持、以奖代补等方式": what the standard is applied through.
const STANDARD_MEANS = /^\s*的?\s*标准\s*(?:采取|采用|通过|实施|开展|进行|用于)\s*/;

// Pattern constants, compiled once (a literal in a hot function is a new RegExp object per call).
const MEANS_WORD = /等?(?:方式|形式|办法)$/;
const PAID_LEAD = /^\s*的?\s*(?:标准)?\s*的?\s*(?:给予|为其代缴|代缴|发放)?/;
const withoutTrailingBreaks = trailingBreaksRemover('，。；：,;:！？!?', true);
const PAYING_VERB = /(?:再|分别)*(?:给予|发放)/g;
const HAS_END = /(?:要|应|应当)?有\s*$/;
const STANDARD_THEN_WORDS = /标准\s*\S/;
const SHARE_OF = /^\s*的?\s*比例\s*(\S.*)$/;
const OBJECT_LEAD = /^\s*(?:[（(][^）)]*[）)])?\s*的/;
const PLACED_END = /(?:人|就业)$/;
const RATE_END = /(?:率|比例|占比)$/;
const VERB_NOISE = /^[\s、，,]*(?:累计|共计|合计|共)?\s*(?:为|对|向|给)?|(?<!\s)\s+$/g;
const CONJUNCTION = /和|与|及|、/;
const MEASURE_WORD_END = /(?:覆盖率|落实率|参保率|入学率|适配率|比例|标准|率)$/;

// "的标准给予护理补贴" → 护理补贴; "的一次性创业补贴" → 一次性创业补贴.
function paidThing(after: string): string {
  const means = STANDARD_MEANS.exec(after);
  if (means) return cleanSubject(after.slice(means[0].length).replace(MEANS_WORD, ''));
  const text = cleanSubject(after.replace(PAID_LEAD, ''));
  return PAID_THING.test(text) ? text : '';
}

/** How many people: "安排残疾人" → 安排残疾人数, "残疾人家庭就业" → 残疾人家庭就业人数. */
function headcount(thing: string): string {
  return thing.endsWith('人') ? `${thing}数` : `${thing}人数`;
}

/** Whether the words before a figure name an owner ("在岗残疾人", "队伍中有"); read only where an answer uses it. */
function owns(before: string, beforeRaw: string): boolean {
  return OWNER_END.test(before) || OWNER_END.test(beforeRaw.replace(HAS_END, '').trim());
}

/** An object after the figure, prefixed by its owner when the words before name one ("队伍中" + "残疾人比例"). */
function ownedObject(thing: string, before: string, beforeRaw: string, percent: boolean): Subject & { owned: boolean } {
  const owned = owns(before, beforeRaw);
  const subject = before && owned ? before + (percent && !before.endsWith('中') ? '中' : '') + thing : thing;
  return { subject, from: 'after', owned: owned && before !== '' };
}

export type SubjectSource = 'before' | 'between' | 'after' | 'verb' | 'earlier';

export interface Subject {
  subject: string;
  from: SubjectSource;
  /** The words before the figure named who or what owns the object (so no earlier clause need). */
  owned?: boolean;
}

/**
 * `after` is the clause text from the figure's end up to the next figure's own words.
 * `beforeTaken` says the words before the figure already named the previous figure's object
 * ("26 个乡镇（街道）、340 个村（社区）"), so this one's subject must follow it too.
 * `from: 'earlier'` with an empty subject: the clause names only a standard ("按照户均6000元标准测算"),
 * the thing priced is in an earlier clause.
 */
export function subjectOf(clause: string, figure: ClauseFigure, after: string, beforeTaken = false): Subject {
  const money = isMoneyUnit(figure.unit);
  // A subject is a noun phrase, not a page: look back a bounded distance.
  const from = beforeTaken ? figure.cueStart : Math.max(figure.segmentStart, figure.cueStart - 60);
  // "再给予一次性资助2000元": for money the paying verb is part of what is measured.
  let beforeRaw = clause.slice(from, money && figure.cue === 'verb' ? figure.numberStart : figure.cueStart);
  if (figure.cueStart < figure.numberStart && INLINE_CONDITION.test(beforeRaw)) beforeRaw = '';
  // "继续深造研究生的残疾学生给予一次性资助": who is paid, then what (the paying verb is not the measure).
  const before = cleanSubject(money ? beforeRaw.replace(PAYING_VERB, '') : beforeRaw);
  const percent = figure.unit === '%';
  // The words after, without the breaks that end them: only money and shares read them.
  const tail = money || (percent && !before) ? withoutTrailingBreaks(after) : '';
  if (money) {
    if (STANDARD_ONLY.test(tail) && !before && STANDARD_THEN_WORDS.test(tail)) return { subject: '', from: 'earlier' };
    const paid = paidThing(tail);
    if (paid) return ownedObject(paid, before, beforeRaw, percent);
  }
  // "按照不低于用工总数10%的比例安排残疾人就业": the share is of what follows 的比例.
  const share = percent && !before ? SHARE_OF.exec(tail) : null;
  if (share) return { subject: `${share[1]}比例`, from: 'after' };
  const acts = endsInAction(clause, from, figure.cueStart) || endsInAction(clause, figure.cueStart, figure.numberStart);
  const people = figure.unit === '人' || figure.unit === '名';
  // What follows the number matters only as a verb's object, as what people do, or when nothing
  // before names the measure; otherwise the words before are the subject (the branches below agree).
  if (before && !acts && !people) return { subject: before, from: 'before' };
  const object = cleanSubject(after.replace(OBJECT_LEAD, ''));
  // "“零就业”残疾人家庭至少1人就业": the family is named before, what its members do after.
  const activity = people && PERSON_ACTIVITY.test(object) && [...object].length <= 4;
  if (object && acts) {
    const verbText = clause.slice(from, figure.cueStart) + clause.slice(figure.cueStart, figure.numberStart);
    const placing = people ? PLACING_VERB.exec(verbText.trimEnd()) : null;
    // "至少安排1名残疾人就业": what is counted is the placing, in people.
    if (placing && PLACED_END.test(object)) return { subject: headcount(placing[0].trim() + object), from: 'after', owned: owns(before, beforeRaw) && before !== '' };
    // "遴选1个以上适合残疾人创业就业、具有市场潜力的非遗项目": the verb's object is the head noun.
    const head = headNoun(object);
    const thing = percent && !RATE_END.test(head) ? `${head}比例` : head;
    const owned = ownedObject(thing, before, beforeRaw, percent);
    return activity ? { subject: headcount(owned.subject), from: 'after', owned: owned.owned } : owned;
  }
  if (before && activity) return { subject: headcount(before + object), from: 'before' };
  if (before) return { subject: before, from: 'before' };
  const between = cleanSubject(clause.slice(figure.cueStart, figure.numberStart));
  if (between) return { subject: between, from: 'between' };
  // "实现80%以上区（县）开展精神障碍社区康复服务": a share of what follows.
  if (object) return { subject: percent && !RATE_END.test(object) ? `${object}比例` : object, from: 'after' };
  // "累计救助 1292 人次": the verb is all the clause says about what was counted; a place alone says nothing.
  const verb = clause.slice(from, figure.numberStart).replace(VERB_NOISE, '');
  return { subject: SCOPE_ONLY.test(verb) ? '' : verb, from: 'verb' };
}

/**
 * "A和B…分别达x、y": one written subject shared by several figures is split back into its parts,
 * each keeping the shared measure word (落实率, 覆盖率…).
 */
export function distributeSubject(subject: string, count: number): string[] | null {
  const parts = subject.split(CONJUNCTION).filter((p) => p !== '');
  if (parts.length !== count || count < 2) return null;
  const tail = MEASURE_WORD_END.exec(parts[parts.length - 1] ?? '')?.[0] ?? '';
  return parts.map((p) => (p.endsWith(tail) ? p : p + tail));
}
