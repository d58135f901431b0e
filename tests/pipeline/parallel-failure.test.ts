/**
 * A worker task that fails (a worker crashed, ran out of memory) fails the load, and the load
 * has stopped when it reports that: the main thread does not go on parsing what is left.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';

vi.mock('piscina', () => ({
  Piscina: class {
    run(): Promise<never> {
      return sleep(1).then(() => { throw new Error('worker crashed'); });
    }
    destroy(): Promise<void> {
      return Promise.resolve();
    }
  },
}));
const { loadPlansParallel } = await import('../../src/pipeline/parallel.js');

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

describe('loadPlansParallel when a worker task fails', () => {
  it('rejects with the failure, and parses nothing after it', async () => {
    const progress: number[] = [];
    const load = loadPlansParallel([SEEDS], { threads: 2, batchSize: 1, onProgress: (done) => progress.push(done) });
    await expect(load).rejects.toThrow('worker crashed');
    const atFailure = progress.length;
    await sleep(500);
    expect(progress.length).toBe(atFailure);
  });
});
