import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';

const zigong = readFileSync(new URL('../../seeds/000_21f4ce37752d4b1d.txt', import.meta.url), 'utf8');

describe('parsePlan runs the consistency checks', () => {
  it('flags Zigong\'s rehabilitation baseline (table line 88: 80) against its background (line 42: 基本康复服务率达85%)', () => {
    const { diagnostics } = parsePlan(zigong, 'zigong.txt');
    const found = diagnostics.find((d) => d.code === 'consistency/baseline-vs-background' && d.line === 88);
    expect(found).toBeDefined();
    expect(found?.file).toBe('zigong.txt');
    expect(found?.args).toMatchObject({ indicatorLine: 88, achievementLine: 42 });
  });

  it('reports consistency lines in original-file lines when a line map is given', () => {
    const lineCount = zigong.split('\n').length;
    const lineMap = Array.from({ length: lineCount }, (_, i) => (i + 1) * 10);
    const { diagnostics } = parsePlan(zigong, 'zigong.html', { lineMap });
    const found = diagnostics.find((d) => d.code === 'consistency/baseline-vs-background' && d.line === 880);
    expect(found?.args).toMatchObject({ indicatorLine: 880, achievementLine: 420 });
  });
});
