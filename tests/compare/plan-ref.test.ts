import { describe, expect, it } from 'vitest';
import { placeFromTitle } from '../../src/compare/plan-ref.js';

// Titles as printed in the seeds' headers.
describe('placeFromTitle', () => {
  it.each([
    ['自贡市“十四五”残疾人保障和发展规划', '自贡市'],
    ['巫山县“十四五”残疾人保障和发展规划', '巫山县'],
    ['乐山市惠残助残行动计划实施方案', '乐山市'],
    ['关于碑林区“十四五”残疾人保障和发展规划 再次征求意见建议的通知', '碑林区'],
    ['现将《巴南区“十四五”残疾人保障和发展规划(2021—2025年)》印发给你们', '巴南区'],
    ['附件：《规划》征求意见稿', null],
    [null, null],
  ])('%s → %s', (title, place) => expect(placeFromTitle(title)).toBe(place));
});

describe('placeFromTitle does not take a word ending in 区 for a place', () => {
  it('ignores 社区 inside a phrase', () => expect(placeFromTitle('关于推进社区康复工作的通知')).toBeNull());
});
