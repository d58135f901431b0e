/**
 * V8 settings for a parallel load. Each parse worker is a fresh V8 isolate: every hot function of
 * the reader and parser is optimized again in each, and with TurboFan's inlining that compiling
 * took about a third of all CPU of a 3,200-plan run, while the inlined code ran no faster (each
 * function runs for a short while per document; docs/bench.md). Without inlining the compiler
 * threads spend about half as much, and the parse is 10–15% shorter.
 *
 * V8 flags are per process, not per isolate, and worker threads cannot be given their own. So
 * inlining is switched off while a parallel load runs (the main thread parses too) and back on
 * when the last one ends, so that compare, which runs long enough to profit from inlining, gets
 * it. The flag is read when a compile job starts: switching it affects only code compiled
 * afterwards. Node keeps V8's flags writable for v8.setFlagsFromString. A user who starts Node
 * with --turbo-inlining or --no-turbo-inlining keeps that choice.
 */
import { setFlagsFromString } from 'node:v8';

let activePools = 0;

/** Sets a V8 flag; a Node that no longer lets flags change at run time only loses the speed-up. */
function setFlag(flag: string): void {
  try {
    setFlagsFromString(flag);
  } catch {
    // The flag stays as it was: parsing is the same, only slower.
  }
}

// V8 reads '_' as '-' and takes "no" before a flag's name with or without a separator.
const INLINING_FLAG = /^--(?:no[-_]?)?turbo[-_]inlining$/;

const userChoseInlining = (): boolean =>
  [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((arg) => INLINING_FLAG.test(arg));

/** Runs `work` (which starts and ends parse workers) with the parse compiler settings. */
export async function withParseCompilerSettings<T>(work: () => Promise<T>): Promise<T> {
  const switching = !userChoseInlining();
  if (switching && activePools++ === 0) setFlag('--no-turbo-inlining');
  try {
    return await work();
  } finally {
    if (switching && --activePools === 0) setFlag('--turbo-inlining');
  }
}
