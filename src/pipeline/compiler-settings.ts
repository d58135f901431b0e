/**
 * V8 settings for the parse workers. A parse worker is a fresh V8 isolate: every hot function of
 * the reader and parser is optimized again in each worker, and with TurboFan's inlining that
 * compiling took about a third of all CPU of a 3,200-plan run, while the inlined code ran no
 * faster (each function runs for a short while per document; docs/bench.md). Without inlining
 * the compilers' threads spend about half as much, and the run is 10–15% shorter.
 *
 * V8 flags are per process, not per isolate, and worker threads cannot be given their own. So
 * inlining is switched off while parse workers exist and switched back on when the last pool is
 * gone, so that compare, which runs long enough to profit from inlining, gets it. The flag is
 * read when a compile job starts; switching it affects only code compiled afterwards. Node keeps
 * V8's flags writable for v8.setFlagsFromString. A user who starts Node with --no-turbo-inlining
 * keeps it.
 */
import { setFlagsFromString } from 'node:v8';

let activePools = 0;

const userChoseInlining = (): boolean =>
  [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((arg) => /^--(no-)?turbo-inlining$/.test(arg));

/** Runs `work` (which starts and ends parse workers) with the parse compiler settings. */
export async function withParseCompilerSettings<T>(work: () => Promise<T>): Promise<T> {
  const switching = !userChoseInlining();
  if (switching && activePools++ === 0) setFlagsFromString('--no-turbo-inlining');
  try {
    return await work();
  } finally {
    if (switching && --activePools === 0) setFlagsFromString('--turbo-inlining');
  }
}
