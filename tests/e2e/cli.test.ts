import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_WITH_WARNINGS, tempDir } from '../cli/run-cli.js';
import { expectGolden } from '../render/golden.js';
import { packagesLoaded, REPO, runBin, SEEDS } from './run-bin.js';

const SEED = join(SEEDS, '000_21f4ce37752d4b1d.txt');
const HELP_GOLDEN = new URL('../fixtures/cli/help.txt', import.meta.url).pathname;
let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = tempDir('plan-diff-e2e-')));
afterAll(() => remove());

describe('plan-diff --help', () => {
  it('matches the golden file (UPDATE_GOLDEN=1 to accept a change)', () => {
    const run = runBin(['--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expectGolden(HELP_GOLDEN, run.stdout);
  });

  it('loads neither exceljs nor the renderers nor the comparison', () => {
    const packages = packagesLoaded(['--help'], dir);
    expect(packages).not.toContain('exceljs');
    expect(packages).not.toContain('unified');
    expect(packages).not.toContain('cli-progress');
    expect(packages).toContain('commander');
  });
});

describe('plan-diff parse', () => {
  it('--json prints the model of one file, exit 0', () => {
    const run = runBin(['parse', SEED, '--json'], dir);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { schemaVersion: number; plans: { indicators: unknown[] }[] };
    expect(output.schemaVersion).toBe(1);
    expect(output.plans).toHaveLength(1);
    expect(output.plans[0]?.indicators).toHaveLength(12); // Zigong's 专栏1, lines 80–91
  });

  it('seeds --json validates against the shipped JSON Schema (issue 2)', () => {
    const run = runBin(['parse', SEEDS, '--json'], dir);
    expect(run.code).toBe(0);
    const schema = JSON.parse(readFileSync(join(REPO, 'schema', 'plan-diff.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const output = JSON.parse(run.stdout) as { plans: { indicators: unknown[]; tasks: unknown[] }[] };
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    // Zigong, Wushan, Beilin, Leshan, Banan: indicator and task rows read from the documents.
    expect(output.plans.map((p) => [p.indicators.length, p.tasks.length])).toEqual([[12, 40], [11, 30], [0, 0], [0, 23], [11, 32]]);
  });

  it('bad files next to a good one: one line each, no stack trace, exit 2, the good plan still printed', () => {
    writeFileSync(join(dir, 'noise.txt'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 2654435761) >>> 24)));
    writeFileSync(join(dir, 'empty.docx'), '');
    writeFileSync(join(dir, 'page.html'), '<html><body><nav>首页</nav><p>页面不存在</p></body></html>');
    const run = runBin(['parse', 'noise.txt', 'empty.docx', 'page.html', SEED, '--json'], dir);
    expect(run.code).toBe(2);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('plan-diff: error'));
    expect(errors).toHaveLength(3);
    // Listed in file-name order.
    expect(errors[0]).toMatch(/^plan-diff: error empty\.docx: empty file \(0 bytes\)/);
    expect(errors[1]).toMatch(/^plan-diff: error noise\.txt: not a text document/);
    expect(errors[2]).toMatch(/^plan-diff: error page\.html: \S/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const output = JSON.parse(run.stdout) as { plans: { source: string; tasks: unknown[] }[] };
    expect(output.plans.map((p) => p.tasks.length)).toEqual([40]);
  });

  it('--json on one file loads no workbook, CSV, Markdown-writing, progress or worker-pool code', () => {
    const packages = packagesLoaded(['parse', SEED, '--json'], dir);
    for (const heavy of ['exceljs', 'jszip', 'remark-stringify', 'papaparse', 'cli-progress', 'piscina', 'mammoth', 'parse5', 'remark-parse'])
      expect(packages).not.toContain(heavy);
  });

  it('missing file: exit 2, the file named on stderr', () => {
    const run = runBin(['parse', 'missing-plan.txt'], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'plan-diff: error missing-plan.txt: no such file or directory\n' });
  });

  it('unsupported format: exit 2, message naming the file', () => {
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.7\n binary');
    const run = runBin(['parse', 'scan.pdf'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^plan-diff: error scan\.pdf: unsupported format \(PDF\); supported: \.txt, \.md, \.html\/\.htm, \.docx/);
  });
});

describe('usage and internal errors', () => {
  it('unknown option: exit 2, one line', () => {
    const run = runBin(['compare', '--colour'], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: "plan-diff: error unknown option '--colour' (see plan-diff --help)\n" });
  });

  it('unsupported --format value: exit 2', () => {
    const run = runBin(['compare', '--format', 'docx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unsupported format "docx"; expected one of md, xlsx, csv, json/);
  });

  it('internal failure: exit 3, one line without --verbose', () => {
    const run = runBin(['check'], dir, { PLAN_DIFF_TEST_INTERNAL_ERROR: '1' });
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split('\n')).toEqual(['plan-diff: internal error simulated internal failure (PLAN_DIFF_TEST_INTERNAL_ERROR=1) (rerun with --verbose for details)']);
  });

  it('internal failure with --verbose: exit 3 and the stack trace', () => {
    const run = runBin(['check', '--verbose'], dir, { PLAN_DIFF_TEST_INTERNAL_ERROR: '1' });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^plan-diff: internal error simulated internal failure/);
    expect(run.stderr).toMatch(/^\s+at /m);
  });
});

describe('plan-diff check', () => {
  it('seeds: grouped diagnostics with file:line on stdout, counts on stderr, exit 0', () => {
    const run = runBin(['check'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^warnings \(\d+\)\n {2}seeds\/\S+\.txt:\d+: /);
    expect(run.stderr).toMatch(/^checked 5 file\(s\): 0 errors, \d+ warnings?, \d+ notes?\n$/);
  });

  it('--strict with warnings: exit 1', () => {
    writeFileSync(join(dir, 'short-row.txt'), PLAN_WITH_WARNINGS);
    const run = runBin(['check', '--strict', 'short-row.txt'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('short-row.txt:8: Table row has 3 of 5 cells.');
  });
});

describe('plan-diff compare', () => {
  it('-o - prints one format to stdout', () => {
    const run = runBin(['compare', '--format', 'md', '-o', '-'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Comparison of 5 plans\n/);
  });

  it('-o - with several files is a usage error', () => {
    const run = runBin(['compare', '--format', 'csv', '-o', '-'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/-o - prints one file, but this run makes \d+/);
  });
});

describe('plan-diff (default run) and --check', () => {
  it('writes every report and template under out/ and lists them', () => {
    const run = runBin([], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote \d+ file\(s\):\n {2}out\/comparison\.md\n/);
    const written = readdirSync(join(dir, 'out'));
    expect(written).toEqual(expect.arrayContaining(['comparison.md', 'comparison.xlsx', 'comparison.json', 'templates']));
    expect(readdirSync(join(dir, 'out', 'templates')).filter((f) => f.endsWith('.xlsx'))).toHaveLength(5);
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--check right after: exit 0', () => {
    const run = runBin(['--check'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('--check with a stale and a missing file: exit 1, lists both, writes nothing', () => {
    const md = join(dir, 'out', 'comparison.md');
    writeFileSync(md, 'edited by hand\n');
    const before = statSync(md).mtimeMs;
    const json = join(dir, 'out', 'comparison.json');
    rmSync(json);
    const run = runBin(['--check'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('stale    out/comparison.md\nmissing  out/comparison.json\n');
    expect(readFileSync(md, 'utf8')).toBe('edited by hand\n');
    expect(statSync(md).mtimeMs).toBe(before);
  });

  it('two runs give identical bytes', () => {
    const first = readFileSync(join(dir, 'out', 'comparison.xlsx'));
    runBin(['-q'], dir);
    expect(readFileSync(join(dir, 'out', 'comparison.xlsx')).equals(first)).toBe(true);
  });

  it.each([
    ['compare', 'comparison-indicators.csv'],
    ['template', join('templates', 'leshan-shi-2025.md')],
  ])('%s --check: exit 0 when fresh; exit 1 naming a stale file, which it leaves alone', (command, file) => {
    expect(runBin([command, '--check'], dir)).toMatchObject({ code: 0, stdout: '' });
    const path = join(dir, 'out', file);
    writeFileSync(path, 'edited by hand\n');
    const run = runBin([command, '--check'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`stale    out/${file}\n`);
    expect(readFileSync(path, 'utf8')).toBe('edited by hand\n');
    runBin([command, '-q'], dir);
    expect(runBin([command, '--check'], dir).code).toBe(0);
  });
});

describe('plan-diff template and report', () => {
  it('template: one workbook and one Markdown form per seed under out/templates', () => {
    const run = runBin(['template', '-q', '--year', '2025'], dir);
    expect(run.code).toBe(0);
    const names = readdirSync(join(dir, 'out', 'templates'));
    expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(5);
    expect(names.filter((n) => n.endsWith('.md'))).toHaveLength(5);
  });

  it('template --format csv is a usage error', () => {
    const run = runBin(['template', '--format', 'csv'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/templates come as xlsx and md/);
  });

  it('report on a form returned empty: exit 1, problems with file!cell on stderr, report written', () => {
    const form = readdirSync(join(dir, 'out', 'templates')).find((n) => n.endsWith('.xlsx'))!;
    const run = runBin(['report', `out/templates/${form}`, '--year', '2025', '--format', 'md'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^plan-diff: problem out/templates/${form.replace('.', '\\.')}: \\S+![A-Z]+\\d+: .* is empty but required$`, 'm'));
    expect(run.stdout).toMatch(/^wrote 1 file\(s\):\n {2}out\/progress\/\S+-2025-progress\.md\n$/);
  });

  it('report on something that is not a workbook: exit 1, the file named once', () => {
    writeFileSync(join(dir, 'returned.xlsx'), 'not a zip');
    const run = runBin(['report', 'returned.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.match(/returned\.xlsx: not a readable xlsx workbook/g)).toHaveLength(1);
  });

  it('report on a missing file: exit 2', () => {
    const run = runBin(['report', 'nowhere.xlsx'], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'plan-diff: error nowhere.xlsx: no such file or directory\n' });
  });
});

describe('the committed out/ folder', () => {
  it('reflects the committed seeds (regenerate with npm start)', () => {
    const run = runBin(['--check'], REPO);
    expect(run.stdout, 'files under out/ are stale: run `npm start` and commit out/').toBe('');
    expect(run.code).toBe(0);
  });
});
