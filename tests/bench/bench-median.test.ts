import { describe, expect, it } from 'vitest';
import { medianByWall } from '../../src/bench/cold-parse.js';

describe('medianByWall', () => {
  it('reports the run with the middle wall time, with its own CPU time', () => {
    expect(medianByWall([{ ms: 30, cpuMs: 1 }, { ms: 10, cpuMs: 2 }, { ms: 20, cpuMs: 3 }])).toEqual({ ms: 20, cpuMs: 3 });
  });

  it('takes the lower middle run of an even count and the only run of one', () => {
    expect(medianByWall([{ ms: 40, cpuMs: 0 }, { ms: 10, cpuMs: 0 }, { ms: 30, cpuMs: 0 }, { ms: 20, cpuMs: 0 }]).ms).toBe(20);
    expect(medianByWall([{ ms: 5, cpuMs: 9 }])).toEqual({ ms: 5, cpuMs: 9 });
  });
});
