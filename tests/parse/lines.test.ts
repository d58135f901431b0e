// splitLines reads every line's marks in one pass over the whole text; these cases pin it to the
// per-line reading it replaced (lines-reference.ts), where the two could part ways.
import { describe, expect, it } from 'vitest';
import { referenceClean, referenceSplit } from './lines-reference.js';
import { cleanText, splitLines, type Line } from '../../src/parse/lines.js';

const CASES: Record<string, string> = {
  'CRLF, lone CR and LF mixed': '第一章\r\n总则\r一、目标\n\r\n（一）内容\r\r',
  'BOM, then padding only on a later line': '\ufeff标题\n\u3000\u3000正文\u2002内容',
  'padding next to a space makes two spaces': '甲\u3000 乙  丙\n丁\u2003 戊 \u00a0己',
  'removed bold markers leave two spaces': '甲 ** 乙 ** 丙\n丁 __ 戊 __ 己',
  'spaced rows only next to each other': '序号  指标  目标\n1  覆盖率  95\n\n单独  一行  三格',
  'tabs with empty cells and a trailing tab': '序号\t指标\t\t目标\n目录\t3\n一、总则\t\n\t\t',
  'markdown headings, bullets, stars': '## 第一章 总则\n   ### 一、目标\n#### \n• 项目\n\u3000● 要点\n**（一）加强**领导',
  'padding inside tabbed cells': '序号\t\u3000指标\u2002名称\t目标\n1\t覆盖率\u00a0\t95',
  'line separators and odd spaces kept': '甲\u2028乙\n\u205f丙\u1680\n\u000b丁\u000c',
  'empty text and blank lines': '\n\n',
};

describe('splitLines', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`reads as the per-line reference: ${name}`, () => {
      expect(splitLines(text)).toEqual(referenceSplit(text));
    });
  }

  it('reads as the reference on random texts of the characters it looks for', () => {
    const alphabet = ['甲', '乙', ' ', '  ', '\t', '\n', '\r', '\r\n', '#', '**', '_', '•', '\u3000', '\u2002', '\u00a0', '\ufeff', '\u2028'];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 500; k++) {
      const text = Array.from({ length: 1 + next(40) }, () => alphabet[next(alphabet.length)]).join('');
      expect(splitLines(text)).toEqual(referenceSplit(text));
    }
  });

  it('reads the empty text as one empty line', () => {
    expect(splitLines('')).toEqual([{ no: 1, raw: '', text: '', cells: null }]);
  });

  it('cleanText cleans whatever the line holds', () => {
    for (const raw of ['\u3000## 标题', '• **要点**\u2002内容', ' \t甲\t ']) expect(cleanText(raw)).toBe(referenceClean(raw));
  });
});
