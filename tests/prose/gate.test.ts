import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/lines.js';
import { toHalfWidth } from '../../src/parse/numerals.js';
import { mayStateFigure } from '../../src/parse/prose/gate.js';
import { buildParagraphs } from '../../src/parse/prose/paragraphs.js';
import { splitClauses, splitSentences, type Span } from '../../src/parse/prose/sentences.js';
import { figuresOfSentence, titleRanges } from '../../src/parse/prose/sentence-figures.js';
import { findUnitlessBounds } from '../../src/parse/prose/unitless.js';
import { PROSE_UNITS } from '../../src/parse/prose/units.js';
import { proseOf, seedText } from './helpers.js';

/** What the gate guards: figures of the sentence, or unknown-unit diagnostics of its clauses. */
function yieldsSomething(text: string): boolean {
  const sentence: Span = { text, start: 0 };
  if (figuresOfSentence(sentence, titleRanges(text)).length > 0) return true;
  return splitClauses(sentence).some((c) => findUnitlessBounds(c.text).length > 0);
}

describe('the figure gate passes everything that can state a figure', () => {
  const numbers = ['3', '1,000', '3.37亿', '2万', '5千', '百分之九十', '百分之95.5', '至少一', '不少于两', '不低于建有三', '最少有十', '一百'];
  const between = ['', ' ', '余', '多', ' 余 ', '\u3000多', '年', '的'];
  const units = [...PROSE_UNITS.map((u) => u.written), '周', '岁', '元/人·月'];
  const leads = ['', '达到', '不少于', '控制在', '第', '《规划2025》'];

  it('on every combination of bounding word, number, filler and unit', () => {
    let yielding = 0;
    for (const lead of leads) for (const n of numbers) for (const b of between) for (const u of units) {
      const text = `残疾人${lead}${n}${b}${u}以上。`;
      if (!yieldsSomething(text)) continue;
      yielding++;
      expect(mayStateFigure(text), text).toBe(true);
    }
    // Not vacuous: most combinations are figures.
    expect(yielding).toBeGreaterThan(2000);
  });

  it('on every sentence of the seed plans', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const lines = splitLines(seedText(prefix));
      for (const p of buildParagraphs(lines, new Set())) {
        for (const s of splitSentences(p)) if (yieldsSomething(s.text)) expect(mayStateFigure(s.text), s.text).toBe(true);
      }
    }
  });

  it('gives the same answer for full-width text as for its half-width copy (paragraphs are tested as written)', () => {
    const wide = (t: string): string => t.replace(/[0-9.%<>=]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    let passing = 0;
    for (const n of numbers) for (const b of between) for (const u of units) {
      const text = wide(`残疾人不少于${n}${b}${u}。`);
      expect(mayStateFigure(text), text).toBe(mayStateFigure(toHalfWidth(text)));
      if (mayStateFigure(text)) passing++;
    }
    expect(passing).toBeGreaterThan(1000);
    expect(mayStateFigure('覆盖率达到９５％。')).toBe(true);
    expect(mayStateFigure('不少于６周')).toBe(true);
  });

  it('passes over years, dates, ordinals and numbered items', () => {
    for (const text of ['到2025年，全面建成小康社会。', '第六届残疾人运动会于2024年3月举办。', '1. 加强组织领导。', '2021—2025年', '２０２５年'])
      expect(mayStateFigure(text), text).toBe(false);
  });

  it('keeps a figure whose unit wraps onto the next line, and one written in full-width digits', () => {
    const { targets } = proseOf('到2025年，全市残疾人托养服务机构至少达到12\n个，覆盖所有乡镇。\n\n残疾人基本康复服务覆盖率达到９５％以上。');
    expect(targets.map((t) => [t.value.value, t.unit, t.source.line])).toEqual([[12, '个', 1], [95, '%', 4]]);
  });
});

describe('the figure gate on long whitespace runs', () => {
  it('stays linear after a number followed by a long run of spaces and no unit', async () => {
    const { FIGURE_SHAPE } = await import('../../src/parse/prose/gate.js');
    const text = `残疾人1${' '.repeat(60_000)}残疾人\u3000${'\u3000'.repeat(60_000)}。`;
    const started = performance.now();
    expect(mayStateFigure(text)).toBe(false);
    FIGURE_SHAPE.lastIndex = 0;
    expect(FIGURE_SHAPE.exec(text)).toBeNull();
    // Linear: a few milliseconds. "\s*[余多]?\s*" before a unit backtracked quadratically (~7 s each).
    expect(performance.now() - started).toBeLessThan(2_000);
    // The same run before a unit or 余/多 is still skipped.
    expect(mayStateFigure(`残疾人1${' '.repeat(60_000)}余${' '.repeat(10)}人`)).toBe(true);
    expect(mayStateFigure(`残疾人1${' '.repeat(60_000)}人`)).toBe(true);
  }, 60_000);
});
