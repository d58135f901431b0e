import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  chunks: Buffer[] = [];
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Runs main() in-process with captured streams; paths in argv are relative to `cwd`. */
export async function runCli(argv: string[], options: { cwd: string; env?: Record<string, string>; tty?: boolean }): Promise<CliRun> {
  const stdout = new Capture(options.tty ?? false);
  const stderr = new Capture(options.tty ?? false);
  const code = await main(argv, { stdout, stderr, cwd: options.cwd, env: options.env ?? {} });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'plan-diff-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small plan whose indicator table has a short row: two warnings, no errors. */
export const PLAN_WITH_WARNINGS = [
  '巫山县残疾人事业发展“十四五”规划',
  '',
  '第一章 总体要求',
  '',
  '专栏1 主要指标',
  '序号\t指标\t2020年\t2025年\t属性',
  '1\t残疾人基本康复服务覆盖率（%）\t80\t85\t约束性',
  '2\t残疾人辅助器具适配率（%）\t80',
  '',
  '第二章 主要任务',
  '',
  '加强康复服务。',
  '',
].join('\n');
