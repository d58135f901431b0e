import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/plan-diff.js', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin as a user would: its own process, the given folder, NO_COLOR=1. */
export function runBin(args: string[], cwd: string, env: Record<string, string> = {}): BinRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Which packages a command loads: runs main() in a child process with a module-resolution
 * hook that reports every resolved URL, and returns the node_modules package names seen.
 */
export function packagesLoaded(args: string[], cwd: string): string[] {
  const hook = `let port; export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) { const r = await next(specifier, context); port.postMessage(r.url); return r; }`;
  const script = `
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { Writable } from 'node:stream';
const { port1, port2 } = new MessageChannel();
const seen = new Set();
port1.on('message', (url) => seen.add(url));
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}), { data: { port: port2 }, transferList: [port2] });
const { main } = await import(${JSON.stringify(new URL('../../dist/cli/main.js', import.meta.url).href)});
const sink = new Writable({ write(_c, _e, done) { done(); } });
const code = await main(${JSON.stringify(args)}, { stdout: sink, stderr: sink, cwd: process.cwd(), env: {} });
await new Promise((resolve) => setTimeout(resolve, 200));
port1.close();
const packages = new Set([...seen].map((u) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(u)?.[1]).filter(Boolean));
process.stdout.write(JSON.stringify({ code, packages: [...packages].sort() }));
`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`module probe failed: ${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as { code: number; packages: string[] };
  if (parsed.code !== 0) throw new Error(`plan-diff ${args.join(' ')} exited ${parsed.code}`);
  return parsed.packages;
}
