import type { Writable } from 'node:stream';
import { Chalk, type ChalkInstance } from 'chalk';

export interface CliIo {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * Colour on stderr only when someone is looking: a TTY, unless NO_COLOR or --no-color
 * say otherwise; FORCE_COLOR wins (CI logs that render ANSI). Decided from the injected
 * io, never from the process, so tests control it.
 */
export function colourLevel(io: CliIo, colourFlag: boolean): 0 | 1 | 2 | 3 {
  if (!colourFlag) return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === 'false' || force === '0') return 0;
    const level = Number(force);
    return level === 2 || level === 3 ? level : 1;
  }
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return 0;
  if (io.env.TERM === 'dumb') return 0;
  return io.stderr.isTTY ? 1 : 0;
}

export function makeChalk(io: CliIo, colourFlag: boolean): ChalkInstance {
  return new Chalk({ level: colourLevel(io, colourFlag) });
}
