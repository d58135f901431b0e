import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { CliContext } from './context.js';
import { InputError } from './errors.js';

export interface ReturnedFile {
  /** As the user typed it (or folder/name), for messages and reports. */
  name: string;
  path: string;
  size: number;
}

/** Returned workbooks: files as named, folders walked for .xlsx (sorted; hidden and lock files skipped). */
export async function findReturnedFiles(ctx: CliContext, paths: readonly string[]): Promise<ReturnedFile[]> {
  const found: ReturnedFile[] = [];
  for (const given of paths) {
    const path = ctx.resolvePath(given);
    const info = await stat(path).catch(() => null);
    if (!info) throw new InputError('no such file or directory', given);
    if (info.isFile()) {
      found.push({ name: given, path, size: info.size });
      continue;
    }
    const names = (await readdir(path)).filter((n) => extname(n).toLowerCase() === '.xlsx' && !n.startsWith('.') && !n.startsWith('~$')).sort();
    for (const name of names) {
      const file = join(path, name);
      found.push({ name: `${given.replace(/[/\\]+$/, '')}/${name}`, path: file, size: (await stat(file)).size });
    }
  }
  return found;
}

/** Reads a file unless it is larger than `limit`; oversized files are never loaded into memory. */
export async function readBounded(file: ReturnedFile, limit: number): Promise<Buffer | null> {
  return file.size > limit ? null : readFile(file.path);
}
