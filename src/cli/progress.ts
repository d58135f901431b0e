import type { CliContext } from './context.js';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr for long runs — only on a TTY and without --quiet, so logs
 * and pipes stay clean. cli-progress is loaded only when a bar is actually shown.
 */
export function startProgress(ctx: CliContext, total: number, label: string): Progress {
  const stream = ctx.io.stderr;
  if (!stream.isTTY || ctx.options.quiet || ctx.json || total < 2) return NONE;
  let bar: { update(n: number): void; stop(): void } | null = null;
  let pending = 0;
  let stopped = false;
  void import('cli-progress').then(({ default: cliProgress }) => {
    if (stopped) return;
    const created = new cliProgress.SingleBar(
      { stream, format: `${label} [{bar}] {value}/{total} files`, hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    created.start(total, pending);
    bar = created;
  });
  return {
    update(done) {
      pending = done;
      bar?.update(done);
    },
    stop() {
      stopped = true;
      bar?.stop();
    },
  };
}
