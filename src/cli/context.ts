import { isAbsolute, relative, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { type CliIo, makeChalk } from './io.js';
import type { CommonOptions } from './options.js';

/**
 * What a command gets: the injected streams and the common options, with the
 * conventions applied in one place — data to stdout, everything else to stderr,
 * --quiet silencing chatter but never errors or requested data.
 */
export class CliContext {
  readonly chalk: ChalkInstance;

  constructor(
    readonly io: CliIo,
    readonly options: CommonOptions,
  ) {
    this.chalk = makeChalk(io, options.color);
  }

  get json(): boolean {
    return this.options.json === true;
  }

  /** Data the user asked for. */
  out(text: string): void {
    this.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** Progress and summaries; silenced by --quiet. */
  info(text: string): void {
    if (!this.options.quiet) this.io.stderr.write(`${text}\n`);
  }

  /** Extra detail; shown only with --verbose. */
  detail(text: string): void {
    if (this.options.verbose) this.io.stderr.write(`${this.chalk.dim(text)}\n`);
  }

  warn(text: string): void {
    if (!this.options.quiet) this.io.stderr.write(`${this.chalk.yellow('warning')} ${text}\n`);
  }

  /** A path the user typed, resolved against the injected working directory. */
  resolvePath(path: string): string {
    return resolve(this.io.cwd, path);
  }

  /** How to show a path in messages: relative to the working directory when it is inside it. */
  displayPath(path: string): string {
    const rel = relative(this.io.cwd, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  }
}
