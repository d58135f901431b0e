import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliContext } from '../../src/cli/context.js';
import { startProgress } from '../../src/cli/progress.js';

function context(isTTY: boolean, quiet = false): { ctx: CliContext; text: () => string } {
  const chunks: string[] = [];
  const stderr = Object.assign(new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) }), { isTTY, columns: 80 });
  const stdout = new Writable({ write: (_c, _e, done) => done() });
  return { ctx: new CliContext({ stdout, stderr, cwd: '/', env: {} }, { color: false, quiet }), text: () => chunks.join('') };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('progress bar', () => {
  it('draws on a TTY, on stderr', async () => {
    const { ctx, text } = context(true);
    const progress = startProgress(ctx, 200, 'parsing');
    await settle();
    progress.update(100);
    await settle();
    progress.stop();
    expect(text()).toMatch(/parsing \[.*\] 100\/200 files/);
  });

  it('stays silent when piped or --quiet', async () => {
    for (const { ctx, text } of [context(false), context(true, true)]) {
      const progress = startProgress(ctx, 200, 'parsing');
      progress.update(50);
      await settle();
      progress.stop();
      expect(text()).toBe('');
    }
  });
});
