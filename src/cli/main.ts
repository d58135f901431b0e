import type { Writable } from 'node:stream';

export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Entry point of the command-line tool; returns the exit code. (Skeleton: commands land with issue 6.) */
export async function main(argv: string[], io: CliIo): Promise<number> {
  io.stderr.write(`plan-diff: not yet implemented (${argv.join(' ')})\n`);
  return 3;
}
