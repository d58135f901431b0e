import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { expandPaths, readFileBytes, readFileBytesSync } from '../../src/read/files.js';
import { readDocuments } from '../../src/read/index.js';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-diff-files-'));
  await mkdir(join(dir, 'b-county'));
  await mkdir(join(dir, '.git'));
  await writeFile(join(dir, 'z-city.txt'), '一、总体目标\n');
  await writeFile(join(dir, 'a-province.md'), '# 规划\n');
  await writeFile(join(dir, 'b-county', 'plan.htm'), iconv.encode('<html><body><p>二、主要任务</p></body></html>', 'gbk'));
  await writeFile(join(dir, 'notes.json'), '{"残疾人": 1}');
  await writeFile(join(dir, '.git', 'HEAD.txt'), '不应读取');
  await writeFile(join(dir, 'plan.text'), '三、保障措施\n');
});

/** Runs `test` with a fresh folder of its own, removed afterwards. */
async function inTempDir(prefix: string, test: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  try {
    await test(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readDocuments', () => {
  it('walks folders in sorted order, recursing, skipping hidden entries and other extensions', async () => {
    const { texts, diagnostics } = await readDocuments([dir]);
    expect(texts.map((t) => t.source)).toEqual([
      join(dir, 'a-province.md'), join(dir, 'b-county', 'plan.htm'), join(dir, 'z-city.txt'),
    ]);
    expect(texts.map((t) => t.format)).toEqual(['markdown', 'html', 'text']);
    expect(texts[1]!.text).toBe('二、主要任务');
    expect(diagnostics.every((d) => d.level === 'info')).toBe(true);
  });

  it('reads a file named explicitly whatever its extension, and reports a missing one', async () => {
    const missing = join(dir, 'no-such-plan.txt');
    const { texts, diagnostics } = await readDocuments([missing, join(dir, 'plan.text')]);
    expect(texts.map((t) => t.text)).toEqual(['三、保障措施\n']);
    const errors = diagnostics.filter((d) => d.level === 'error');
    expect(errors).toEqual([expect.objectContaining({ code: 'read/missing', file: missing })]);
    expect(errors[0]!.message).toBe(`${missing}: cannot read (no such file or directory)`);
  });

  it('refuses files above the size limit with the sizes in the message', async () => {
    const big = join(dir, 'big.txt');
    await writeFile(big, Buffer.alloc(3 * 1024 * 1024, 0x41));
    const result = await readFileBytes(big, 1024 * 1024);
    expect(result.bytes).toBeNull();
    expect(result.diagnostics.map((d) => d.message)).toEqual([`${big}: too large (3 MB; the limit is 1 MB)`]);
  });

  it('expands more paths than are stat\'ed at once in the order given, folders in place, repeats once', async () => {
    const named = join(dir, 'z-city.txt');
    const missing = join(dir, 'gone.txt');
    // 600 paths: more than one batch of stats, with the folder and a missing path inside the later ones.
    const paths = [...Array.from({ length: 600 }, () => named), join(dir, 'b-county'), missing, named, join(dir, 'plan.text')];
    const { files, diagnostics } = await expandPaths(paths);
    expect(files).toEqual([named, join(dir, 'b-county', 'plan.htm'), join(dir, 'plan.text')]);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['read/missing', missing]]);
  });

  it('follows symbolic links to files and folders, each folder walked once, a broken link skipped', async () => {
    await inTempDir('plan-diff-links-', async (linked) => {
      await mkdir(join(linked, 'real'));
      await writeFile(join(linked, 'real', 'county.txt'), '一、总体目标\n');
      await symlink(join(dir, 'z-city.txt'), join(linked, 'city-link.txt'));
      await symlink(join(linked, 'real'), join(linked, 'real-link'));
      await symlink(linked, join(linked, 'real', 'loop'));
      await symlink(join(linked, 'gone.txt'), join(linked, 'broken.txt'));
      const { files, diagnostics } = await expandPaths([linked]);
      expect(files).toEqual([join(linked, 'city-link.txt'), join(linked, 'real', 'county.txt')]);
      expect(diagnostics).toEqual([]);
    });
  });

  it('walks a folder once when a link to it comes before it in the walk', async () => {
    await inTempDir('plan-diff-links-', async (linked) => {
      await mkdir(join(linked, 'real'));
      await writeFile(join(linked, 'real', 'county.txt'), '某县规划');
      await symlink(join(linked, 'real'), join(linked, 'a-link'));
      const { files } = await expandPaths([linked]);
      expect(files).toHaveLength(1);
      expect(files[0]!.endsWith('county.txt')).toBe(true);
    });
  });

  it('reports a named folder that holds no plan document, not one that holds some', async () => {
    await inTempDir('plan-diff-empty-', async (empty) => {
      await mkdir(join(empty, 'inner'));
      await writeFile(join(empty, 'notes.json'), '{}');
      const { files, diagnostics } = await expandPaths([empty, dir]);
      expect(files).toContain(join(dir, 'z-city.txt'));
      expect(files.some((f) => f.startsWith(empty))).toBe(false);
      expect(diagnostics.map((d) => [d.level, d.code, d.file, d.message])).toEqual([
        ['error', 'read/no-documents', empty, `${empty}: no plan documents in this folder (supported: .txt, .md, .html/.htm, .docx)`],
      ]);
    });
  });
});

describe('readFileBytesSync', () => {
  it('reads and refuses as readFileBytes does: a file, a folder, a missing path, a large file, a named pipe', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    for (const [path, limit] of [[join(dir, 'z-city.txt'), 1024], [join(dir, 'b-county'), 1024], [join(dir, 'none.txt'), 1024],
      [join(dir, 'z-city.txt'), 4], [fifo, 1024]] as const) {
      expect(readFileBytesSync(path, limit)).toEqual(await readFileBytes(path, limit));
    }
    await rm(fifo);
  });
});
