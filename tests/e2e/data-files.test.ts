// --indicators / --departments: an analyst's own YAML instead of templates/, end to end through the built bin.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/run-cli.js';
import { runBin } from './run-bin.js';

let dir: string;
let remove: () => void;

// One entry, named as 自贡市 and 巫山县 write it in their tables (seed lines 88 and 121).
const INDICATORS = `- key: rehab-coverage
  name: 残疾人基本康复服务覆盖率
  unit: '%'
`;
// The federation under a key of our own; no 人力社保局, so 县人社力社保局 is no near miss of anything.
const DEPARTMENTS = `departments:
  - key: federation-own
    name: 残联
    gloss: Federation (own table)
    type: federation
    aliases: [残疾人联合会]
`;

interface Cell { plan: string; origin: string; target: { op: string; value: number | null } }
interface Output {
  indicators: { rows: { key: string; cells: Cell[]; missing: string[] }[] };
  responsibility: { rows: { key: string; gloss: string | null; type: string }[]; nearMisses: { written: string }[] };
}

beforeAll(() => {
  ({ dir, remove } = tempDir('plan-diff-data-files-'));
  writeFileSync(join(dir, 'my-indicators.yaml'), INDICATORS);
  writeFileSync(join(dir, 'my-departments.yaml'), DEPARTMENTS);
  writeFileSync(join(dir, 'bad-key.yaml'), '- key: Rehab Coverage\n  name: 残疾人基本康复服务覆盖率\n');
  writeFileSync(join(dir, 'bad-syntax.yaml'), 'departments: [\n  - key: x\n');
});
afterAll(() => remove());

describe('compare --indicators / --departments', () => {
  it('ranks only the indicators of the given catalogue', () => {
    const run = runBin(['compare', '--json', '--indicators', 'my-indicators.yaml'], dir);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Output;
    expect(out.indicators.rows.map((r) => r.key)).toEqual(['rehab-coverage']);
    const cells = Object.fromEntries(out.indicators.rows[0]!.cells.map((c) => [c.plan, [c.origin, c.target.op, c.target.value]]));
    // Targets as the seeds state them: 85 (自贡市, 巫山县), ">95" (巴南区), "达到 90%以上" in 碑林区's text.
    expect(cells).toEqual({
      'zigong-shi': ['table', '=', 85],
      'wushan-xian': ['table', '=', 85],
      'beilin-qu': ['prose', '>=', 90],
      'banan-qu': ['table', '>', 95],
    });
    expect(out.indicators.rows[0]!.missing).toEqual(['leshan-shi']);
  });

  it('names departments by the given table', () => {
    const run = runBin(['compare', '--json', '--departments', 'my-departments.yaml'], dir);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Output;
    const keys = out.responsibility.rows.map((r) => r.key);
    expect(keys).toContain('federation-own');
    expect(keys).not.toContain('disabled-persons-federation');
    expect(out.responsibility.rows.find((r) => r.key === 'federation-own')?.gloss).toBe('Federation (own table)');
    expect(out.responsibility.nearMisses.map((m) => m.written)).not.toContain('县人社力社保局');
  });

  it('check uses the department table for its near-miss warnings', () => {
    const codes = (args: string[]) => (JSON.parse(runBin(['check', '--json', ...args], dir).stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect(codes([])).toContain('normalize/department-near-miss');
    expect(codes(['--departments', 'my-departments.yaml'])).not.toContain('normalize/department-near-miss');
  });

  it('the default run writes the comparison with both files', () => {
    const run = runBin(['-o', 'own', '--format', 'json', '--indicators', 'my-indicators.yaml', '--departments', 'my-departments.yaml'], dir);
    expect(run.code).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, 'own', 'comparison.json'), 'utf8')) as Output;
    expect(out.indicators.rows.map((r) => r.key)).toEqual(['rehab-coverage']);
    expect(out.responsibility.rows.some((r) => r.key === 'federation-own')).toBe(true);
  });
});

describe('a bad data file: exit 2, one line naming the file and the first problem', () => {
  it('an invalid catalogue entry', () => {
    const run = runBin(['compare', '--json', '--indicators', 'bad-key.yaml'], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'plan-diff: error bad-key.yaml: entry 1 (Rehab Coverage): key must be lower-case ASCII with dashes\n' });
  });

  it('a YAML syntax error, with its line', () => {
    const run = runBin(['compare', '--departments', 'bad-syntax.yaml', '-o', 'never'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^plan-diff: error bad-syntax\.yaml: .*line \d+, column \d+\n$/);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('a missing file, for the default run and check', () => {
    expect(runBin(['--indicators', 'missing.yaml', '-o', 'never'], dir)).toEqual({ code: 2, stdout: '', stderr: 'plan-diff: error missing.yaml: no such file or directory\n' });
    expect(runBin(['check', '--departments', 'missing.yaml'], dir)).toEqual({ code: 2, stdout: '', stderr: 'plan-diff: error missing.yaml: no such file or directory\n' });
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
