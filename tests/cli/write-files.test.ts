import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { findStale, safeRelativePath, targetPath, writeFileAtomically, writeOutputs } from '../../src/cli/write-files.js';
import { tempDir } from './run-cli.js';

let dir: string;
let remove: () => void;
beforeEach(() => ({ dir, remove } = tempDir()));
afterEach(() => remove());

describe('output names', () => {
  it('keeps ordinary names and subfolders', () => {
    expect(safeRelativePath('comparison.md')).toBe('comparison.md');
    expect(safeRelativePath('templates/自贡市-2025.xlsx')).toBe('templates/自贡市-2025.xlsx');
  });

  it('drops parent references, absolute roots and control characters', () => {
    expect(safeRelativePath('../../etc/passwd')).toBe('etc/passwd');
    expect(safeRelativePath('/abs/x.md')).toBe('abs/x.md');
    expect(safeRelativePath('a\u0007b.md')).toBe('ab.md');
    expect(safeRelativePath('..\\..\\win.md')).toBe('win.md');
  });

  it('never leaves the output folder', () => {
    for (const nasty of ['../x', '../../..', 'a/../../b', '..', '/', 'x/..\u0000/y']) {
      try {
        expect(targetPath(dir, nasty).startsWith(`${dir}/`)).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
      }
    }
  });
});

describe('atomic writes', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const path = join(dir, 'report.md');
    writeFileSync(path, 'old');
    await writeFileAtomically(path, 'new content');
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('a failed write keeps the old file and removes the temporary one', async () => {
    const path = join(dir, 'report.md');
    writeFileSync(path, 'old');
    // A folder where the file should go makes the final rename fail after the data is written.
    const blocked = join(dir, 'blocked.md');
    mkdirSync(join(blocked, 'inner'), { recursive: true });
    await expect(writeFileAtomically(blocked, 'x')).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked.md', 'report.md']);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });

  it('creates folders and refuses to overwrite inputs', async () => {
    const input = join(dir, 'out', 'plan.txt');
    mkdirSync(join(dir, 'out'));
    writeFileSync(input, '规划');
    await expect(writeOutputs(join(dir, 'out'), [{ name: 'plan.txt', content: 'x' }], { inputs: [input] })).rejects.toThrow(/refusing to overwrite/);
    expect(readFileSync(input, 'utf8')).toBe('规划');
    await writeOutputs(join(dir, 'out'), [{ name: 'sub/a.md', content: 'a' }]);
    expect(readFileSync(join(dir, 'out', 'sub', 'a.md'), 'utf8')).toBe('a');
  });
});

describe('staleness', () => {
  it('reports missing and stale files and writes nothing', async () => {
    writeFileSync(join(dir, 'same.md'), 'same');
    writeFileSync(join(dir, 'old.md'), 'old');
    const result = await findStale(dir, [
      { name: 'same.md', content: 'same' },
      { name: 'old.md', content: 'new' },
      { name: 'gone.xlsx', content: Buffer.from([1, 2]) },
    ]);
    expect(result).toEqual({ missing: ['gone.xlsx'], stale: ['old.md'] });
    expect(existsSync(join(dir, 'gone.xlsx'))).toBe(false);
    expect(readFileSync(join(dir, 'old.md'), 'utf8')).toBe('old');
  });
});
