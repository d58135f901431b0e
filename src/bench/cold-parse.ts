/** The bench's parse timing: cold-parse-cli.ts run in a child process (see there why). */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface ColdParse {
  ms: number;
  cpuMs: number;
  plans: number;
  diagnostics: number;
}

const run = promisify(execFile);

/** Times a read + parse of the first `count` files of the corpus in a fresh process. */
export async function coldParse(corpusDir: string, count: number, threads: number): Promise<ColdParse> {
  const script = fileURLToPath(new URL('./cold-parse-cli.js', import.meta.url));
  const args = [script, '--dir', corpusDir, '--count', String(count), '--threads', String(threads)];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout) as ColdParse;
}
