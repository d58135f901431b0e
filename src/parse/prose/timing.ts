/**
 * Past or future, and which year: "past is not future". A sentence that speaks of the 十三五, of a
 * year before the plan period, or of what has been done (累计, 已建成) reports an achievement; one
 * that names the plan period or a year in it states a target. Sections decide what words leave open.
 */
export interface Period {
  start: number | null;
  end: number | null;
}

export interface YearMention {
  year: number;
  offset: number;
}

// A year as a date, not as the end of a range ("2021—2025年") or part of a title (excluded by caller).
const YEAR = /(?<![\d\-—–~～至])((?:19|20)\d\d)\s*年(?!\s*[-—–~～至]\s*\d)/g;
const PAST_WORDS = /十三五|截至|截止|以来/;
const FUTURE_WORDS = /十四五|力争|[到至]\s*20\d\d\s*年/;
const DONE_WORDS = /累计|已(?:经)?(?:建成|完成|实现|达到|覆盖|投入|帮助|救助|培训|安排|有|为)/;

export function yearsIn(sentence: string, isExcluded: (offset: number) => boolean): YearMention[] {
  const years: YearMention[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(sentence); m !== null; m = YEAR.exec(sentence)) {
    const offset = m.index;
    if (!isExcluded(offset)) years.push({ year: Number(m[1]), offset });
  }
  return years;
}

/** The year nearest before the offset, else the first one after it, else null. */
export function yearFor(years: readonly YearMention[], offset: number): number | null {
  // A sentence names a few years, in order: a walk, no search (and no key closure per figure).
  let nearest = years[0];
  for (const y of years) {
    if (y.offset > offset) break;
    nearest = y;
  }
  return nearest?.year ?? null;
}

function firstPlanYear(period: Period): number | null {
  return period.start ?? (period.end !== null ? period.end - 4 : null);
}

export interface SentenceTiming {
  pastWords: boolean;
  futureWords: boolean;
  /** 累计/已: read once, and only when the rest leaves the sentence's time open (see isPast). */
  doneWords: () => boolean;
}

export function sentenceTiming(sentence: string, years: readonly YearMention[], period: Period): SentenceTiming {
  const first = firstPlanYear(period);
  const pastYear = first !== null && years.some((y) => y.year < first);
  const futureYear = first !== null && years.some((y) => y.year >= first);
  let done: boolean | undefined;
  return {
    pastWords: PAST_WORDS.test(sentence) || pastYear,
    futureWords: FUTURE_WORDS.test(sentence) || futureYear,
    doneWords: () => (done ??= DONE_WORDS.test(sentence)),
  };
}

/**
 * Order of evidence: the sentence's own time words, then the section it is in, then the paragraph
 * it opens with (a paragraph that begins "“十三五”时期…" reports throughout), then 累计/已.
 */
export function isPast(t: SentenceTiming, inBackground: boolean, paragraphPast: () => boolean): boolean {
  if (t.pastWords !== t.futureWords) return t.pastWords;
  if (inBackground) return true;
  if (t.futureWords) return false;
  return t.doneWords() || paragraphPast();
}
