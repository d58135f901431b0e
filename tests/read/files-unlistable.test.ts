// A folder that cannot be listed is reported once, as unlistable, not also as holding no documents.
// (Permissions cannot take a folder away from root, so listing it is made to fail.)
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const denied = (path: unknown): boolean => String(path).endsWith('locked');
  return {
    ...fs,
    readdir: ((path: string, options: never) => (denied(path)
      ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' }))
      : fs.readdir(path, options))) as typeof fs.readdir,
  };
});
const { expandPaths } = await import('../../src/read/files.js');

const root = await mkdtemp(join(tmpdir(), 'plan-diff-unlistable-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describe('expandPaths on a folder it cannot list', () => {
  it('says so once', async () => {
    const locked = join(root, 'locked');
    await mkdir(locked);
    const { files, diagnostics } = await expandPaths([locked]);
    expect(files).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['read/unreadable', `${locked}: cannot list folder (permission denied)`]]);
  });
});
