/**
 * Inlining is off exactly while at least one parallel load runs, and back on after the last,
 * also when a load fails; a user's own --turbo-inlining choice is left alone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const flags: string[] = [];
vi.mock('node:v8', () => ({ setFlagsFromString: (flag: string) => flags.push(flag) }));
const { withParseCompilerSettings } = await import('../../src/pipeline/compiler-settings.js');

afterEach(() => {
  flags.length = 0;
  vi.unstubAllEnvs();
});

describe('withParseCompilerSettings', () => {
  it('switches inlining off for overlapping loads once, and on again after the last', async () => {
    let release!: () => void;
    const first = withParseCompilerSettings(() => new Promise<string>((resolve) => { release = () => resolve('a'); }));
    const second = withParseCompilerSettings(async () => 'b');
    expect(await second).toBe('b');
    expect(flags).toEqual(['--no-turbo-inlining']);
    release();
    expect(await first).toBe('a');
    expect(flags).toEqual(['--no-turbo-inlining', '--turbo-inlining']);
  });

  it('switches inlining back on when the load throws', async () => {
    await expect(withParseCompilerSettings(async () => { throw new Error('bad'); })).rejects.toThrow('bad');
    expect(flags).toEqual(['--no-turbo-inlining', '--turbo-inlining']);
  });

  it.each(['--no-turbo_inlining', '--noturbo-inlining', '--no_turbo_inlining', '--turbo_inlining'])(
    'leaves the flag alone when the user started Node with %s (a spelling V8 accepts)', async (flag) => {
      const execArgv = process.execArgv;
      process.execArgv = [...execArgv, flag];
      try {
        expect(await withParseCompilerSettings(async () => 1)).toBe(1);
      } finally {
        process.execArgv = execArgv;
      }
      expect(flags).toEqual([]);
    });

  it('leaves the flag alone when the user set it in NODE_OPTIONS', async () => {
    vi.stubEnv('NODE_OPTIONS', '--max-old-space-size=4096 --turbo-inlining');
    expect(await withParseCompilerSettings(async () => 1)).toBe(1);
    expect(flags).toEqual([]);
  });
});
