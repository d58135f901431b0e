// Beilin 碑林区, a draft for comment (征求意见稿): prose only. It has no table, no 专栏 box
// and no 责任单位 line (checked with grep on seeds/002_…), so nothing of that kind may appear.
import { describe, expect, it } from 'vitest';
import { parseSeed } from './seed-helpers.js';

const { plan, diagnostics, text } = parseSeed('002_');

describe('Beilin (no tables, no boxes)', () => {
  it('the document indeed has no tab rows, no 专栏 and no 责任单位', () => {
    expect(text.includes('\t')).toBe(false);
    expect(text.includes('专栏')).toBe(false);
    expect(/责任单位|牵头单位/.test(text)).toBe(false);
  });

  it('yields no indicators, projects or tasks, and no table diagnostics', () => {
    expect(plan.indicators).toEqual([]);
    expect(plan.projects).toEqual([]);
    expect(plan.tasks).toEqual([]);
    expect(diagnostics.filter((d) => /table|box|task/.test(d.code))).toEqual([]);
  });
});
