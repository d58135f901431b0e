import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/parse/lines.js';
import { FIGURE_SHAPE, mayStateFigure } from '../../src/parse/prose/gate.js';
import { buildParagraphs, type Paragraph } from '../../src/parse/prose/paragraphs.js';
import { openingSentence, sentencesHolding, splitSentences } from '../../src/parse/prose/sentences.js';
import { seedText } from './helpers.js';

const paragraph = (text: string): Paragraph => ({ text, starts: [0], lineNos: [1] });

// sentencesHolding cuts out only some sentences; they must be exactly those splitSentences gives that pass the gate.
function expectSameAsSplitting(p: Paragraph): void {
  const expected = splitSentences(p).filter((s) => mayStateFigure(s.text));
  expect(sentencesHolding(p, FIGURE_SHAPE), p.text).toEqual(expected);
  expect(openingSentence(p)).toBe(splitSentences(p)[0]?.text ?? '');
}

describe('sentencesHolding', () => {
  it('agrees with splitting every sentence and testing each', () => {
    for (const text of [
      '覆盖率达到90%以上。',
      '开展培训。覆盖率达到90%以上；新增岗位100个！完成改造',
      '。。；到2025年，建成10个基地，培训500人次。总结经验。',
      '资助3000元、5000元。不少于6周。百分之九十的家庭。至少一人就业?!最后一句没有数字',
      '没有任何数字的一段话。第二句也没有',
      '2025年目标：覆盖率95%',
    ]) expectSameAsSplitting(paragraph(text));
  });

  it('agrees on every paragraph of the seed plans', () => {
    let holding = 0;
    for (const prefix of ['000', '001', '002', '003', '004']) {
      for (const p of buildParagraphs(splitLines(seedText(prefix)), new Set())) {
        expectSameAsSplitting(p);
        holding += sentencesHolding(p, FIGURE_SHAPE).length;
      }
    }
    expect(holding).toBeGreaterThan(50);
  });
});
