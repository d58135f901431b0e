import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { safeFileStem } from '../render/file-names.js';
import { UsageError, writeFailure } from './errors.js';

/** A file to write, named relative to the output folder ("comparison.md", "templates/自贡市.xlsx"). */
export interface OutputFile {
  name: string;
  content: string | Buffer;
}

/**
 * Names come partly from document content (region, department, table names), so each
 * path segment is sanitised: no separators, no "..", no control characters, bounded length.
 */
export function safeRelativePath(name: string): string {
  const segments = name.split(/[/\\]+/).filter((s) => s !== '' && s !== '.' && s !== '..');
  if (segments.length === 0) throw new UsageError(`invalid output file name ${JSON.stringify(name)}`);
  return segments
    .map((segment, i) => {
      if (i < segments.length - 1) return safeFileStem(segment);
      const ext = extname(segment).replace(/[^.a-zA-Z0-9]/g, '').slice(0, 10);
      return `${safeFileStem(segment.slice(0, segment.length - extname(segment).length))}${ext}`;
    })
    .join('/');
}

/** Absolute target of `name` under `outDir`; guaranteed to stay inside it. */
export function targetPath(outDir: string, name: string): string {
  const root = resolve(outDir);
  const target = resolve(root, safeRelativePath(name));
  if (!target.startsWith(root + sep)) throw new UsageError(`output file ${JSON.stringify(name)} would leave ${outDir}`);
  return target;
}

/**
 * Writes to a temporary file beside the target and renames it into place: rename is
 * atomic within a folder, so an interrupted run leaves either the old file or the new
 * one, never half of one. No fsync: it guards against power loss, not interruption,
 * and cost seconds per run on a slow disk for seventeen small files.
 */
export async function writeFileAtomically(path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // A hidden name in the same folder (same file system, so rename stays atomic).
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(content);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

export interface WriteOptions {
  /** Absolute paths of the run's inputs: never overwritten, whatever the output names. */
  inputs?: readonly string[];
}

/** Writes every file under `outDir`; returns the absolute paths written, in order. */
export async function writeOutputs(outDir: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<string[]> {
  const inputs = new Set((options.inputs ?? []).map((p) => resolve(p)));
  const targets = files.map((file) => targetPath(outDir, file.name));
  const clash = targets.find((t) => inputs.has(t));
  if (clash) throw new UsageError(`refusing to overwrite the input ${clash}; choose another --out folder`);
  for (const [i, file] of files.entries()) {
    const target = targets[i] as string;
    await writeFileAtomically(target, file.content).catch((error: unknown) => { throw writeFailure(error, target); });
  }
  return targets;
}

export interface Staleness {
  missing: string[];
  stale: string[];
}

/** For --check: which files under `outDir` differ from what this run would write. Reads only. */
export async function findStale(outDir: string, files: readonly OutputFile[]): Promise<Staleness> {
  const result: Staleness = { missing: [], stale: [] };
  for (const file of files) {
    const target = targetPath(outDir, file.name);
    let existing: Buffer;
    try {
      existing = await readFile(target);
    } catch {
      result.missing.push(safeRelativePath(file.name));
      continue;
    }
    const wanted = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    if (!existing.equals(wanted)) result.stale.push(safeRelativePath(file.name));
  }
  return result;
}
