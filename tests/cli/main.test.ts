import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAN_WITH_WARNINGS, runCli, tempDir } from './run-cli.js';

const SEED = new URL('../../seeds/000_21f4ce37752d4b1d.txt', import.meta.url).pathname;
let dir: string;
let remove: () => void;
beforeEach(() => ({ dir, remove } = tempDir()));
afterEach(() => remove());

describe('usage errors exit 2 with one line on stderr', () => {
  it.each([
    [['--bogus'], /^plan-diff: error unknown option '--bogus' \(see plan-diff --help\)\n$/],
    [['parse', SEED, '--bogus'], /unknown option '--bogus'/],
    [['frobnicate'], /^plan-diff: error unknown command 'frobnicate'; commands are parse, check, compare, template, report/],
    [['compare', '--format', 'pdf'], /unsupported format "pdf"; expected one of md, xlsx, csv, json/],
    [['parse'], /missing required argument 'files'/],
    [['template', '--year', '20x5', SEED], /--year expects a four-digit year, got "20x5"/],
  ])('%j', async (argv, message) => {
    const run = await runCli(argv, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });
});

describe('input errors exit 2 and name the file', () => {
  it('missing file', async () => {
    const run = await runCli(['parse', 'no-such-plan.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plan-diff: error no-such-plan.txt: no such file or directory\n');
  });

  it('unsupported format: the other files are still processed', async () => {
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.4 not really');
    writeFileSync(join(dir, 'plan.txt'), PLAN_WITH_WARNINGS);
    const run = await runCli(['parse', 'scan.pdf', 'plan.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^plan-diff: error scan\.pdf: unsupported format \(PDF\)/m);
    expect(run.stdout).toMatch(/^plan\.txt: .*2 indicators/m);
  });
});

describe('nothing usable to compare', () => {
  it('compare with only an unsupported file: exit 2, nothing written', async () => {
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.4 not really');
    const run = await runCli(['compare', 'scan.pdf'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/scan\.pdf: unsupported format[\s\S]*no plan to compare; nothing written/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('help and version', () => {
  it('--help prints usage and exit codes on stdout, exit 0', async () => {
    const run = await runCli(['--help'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: plan-diff \[options\] \[command\]/);
    expect(run.stdout).toContain('Exit codes:');
    expect(run.stderr).toBe('');
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const run = await runCli(['--version'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('parse', () => {
  it('--json prints the document model with schemaVersion 1 and sorted keys', async () => {
    const run = await runCli(['parse', SEED, '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { schemaVersion: number; plans: { source: string; indicators: unknown[] }[]; diagnostics: unknown[] };
    expect(output.schemaVersion).toBe(1);
    expect(output.plans).toHaveLength(1);
    expect(output.plans[0]?.source).toBe(SEED);
    expect(Object.keys(output)).toEqual(['diagnostics', 'plans', 'schemaVersion']);
    expect(run.stdout.endsWith('}\n')).toBe(true);
  });

  it('-o writes the JSON file and leaves no temporary files behind', async () => {
    const run = await runCli(['parse', SEED, '-o', 'model/plans.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('wrote model/plans.json');
    expect(JSON.parse(readFileSync(join(dir, 'model/plans.json'), 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(join(dir, 'model'))).toEqual(['plans.json']);
  });

  it('refuses to overwrite its own input', async () => {
    writeFileSync(join(dir, 'plan.txt'), PLAN_WITH_WARNINGS);
    const run = await runCli(['parse', 'plan.txt', '-o', 'plan.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refusing to overwrite the input/);
    expect(readFileSync(join(dir, 'plan.txt'), 'utf8')).toBe(PLAN_WITH_WARNINGS);
  });

  it('says which output cannot be written, and why, when a file stands where the folder should be', async () => {
    writeFileSync(join(dir, 'reports'), 'not a folder');
    const run = await runCli(['compare', SEED, '-o', 'reports/national', '-f', 'md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`plan-diff: error ${join(dir, 'reports/national/comparison.md')}: cannot write: a file stands where a folder is needed (ENOTDIR)`);
    expect(run.stderr).not.toContain('internal error');
  });

  it('says the same when the output folder itself is a file', async () => {
    writeFileSync(join(dir, 'reports'), 'not a folder');
    const run = await runCli(['compare', SEED, '-o', 'reports', '-f', 'md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`plan-diff: error ${join(dir, 'reports/comparison.md')}: cannot write: a file stands where a folder is needed`);
    expect(run.stderr).not.toContain('internal error');
    expect(readFileSync(join(dir, 'reports'), 'utf8')).toBe('not a folder');
  });
});

describe('check', () => {
  beforeEach(() => writeFileSync(join(dir, 'plan.txt'), PLAN_WITH_WARNINGS));

  it('lists diagnostics with file:line grouped by severity; warnings alone exit 0', async () => {
    const run = await runCli(['check', 'plan.txt'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^warnings \(\d+\)\n( {2}plan\.txt.*\n)*? {2}plan\.txt:8: Table row has 3 of 5 cells\. \[parse\/table-missing-cells\]\n/);
    expect(run.stderr).toMatch(/checked 1 file\(s\): 0 errors, \d+ warnings/);
  });

  it('--strict makes warnings fail with exit 1', async () => {
    const run = await runCli(['check', '--strict', 'plan.txt'], { cwd: dir });
    expect(run.code).toBe(1);
  });

  it('--json gives the diagnostics and counts', async () => {
    const run = await runCli(['check', 'plan.txt', '--json'], { cwd: dir });
    const output = JSON.parse(run.stdout) as { counts: Record<string, number>; files: string[]; diagnostics: { level: string; code: string; line: number | null }[] };
    // Line 8 has 3 of the header's 5 cells, so row 2 also has no 2025 target.
    expect(output.diagnostics.filter((d) => d.level === 'warning').map((d) => [d.code, d.line])).toEqual([
      ['parse/table-missing-cells', 8], ['parse/indicator-no-target', 8],
    ]);
    expect(output.counts.warning).toBe(2);
    expect(output.counts.error).toBe(0);
    expect(output.files).toEqual(['plan.txt']);
  });

  it('with no files checks the bundled seeds, shown as seeds/…', async () => {
    const run = await runCli(['check', '--quiet'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('seeds/000_21f4ce37752d4b1d.txt');
    expect(run.stdout).not.toContain(dir);
  });
});

describe('internal errors', () => {
  const env = { PLAN_DIFF_TEST_INTERNAL_ERROR: '1' };

  it('exit 3 with a one-line message and a hint', async () => {
    const run = await runCli(['check'], { cwd: dir, env });
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('plan-diff: internal error simulated internal failure (PLAN_DIFF_TEST_INTERNAL_ERROR=1) (rerun with --verbose for details)\n');
  });

  it('--verbose adds the stack trace', async () => {
    const run = await runCli(['check', '--verbose'], { cwd: dir, env });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/\n {4}at /);
  });
});

describe('colour', () => {
  it('none when not a TTY', async () => {
    const run = await runCli(['--bogus'], { cwd: dir });
    expect(run.stderr).not.toMatch(/\u001b\[/);
  });

  it('on a TTY, unless NO_COLOR or --no-color', async () => {
    expect((await runCli(['--bogus'], { cwd: dir, tty: true })).stderr).toMatch(/\u001b\[31merror/);
    expect((await runCli(['--bogus'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stderr).not.toMatch(/\u001b\[/);
    expect((await runCli(['--bogus', '--no-color'], { cwd: dir, tty: true })).stderr).not.toMatch(/\u001b\[/);
  });

  it('FORCE_COLOR turns it on when piped', async () => {
    expect((await runCli(['--bogus'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stderr).toMatch(/\u001b\[31m/);
  });
});

describe('the default run', () => {
  it('refuses -o - because it writes many files', async () => {
    const run = await runCli(['-o', '-'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
