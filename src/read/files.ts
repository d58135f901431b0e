import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Diagnostic } from '../model/types.js';
import { SUPPORTED_EXTENSIONS, SUPPORTED_LIST, unsupportedByExtension } from './detect-format.js';
import { readDiagnostic } from './diagnostic.js';

/** Larger inputs are refused: no plan is this big, and decoding it would exhaust memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const SUPPORTED = new Set<string>(SUPPORTED_EXTENSIONS);

/** Paths stat'ed at the same time by expandPaths. */
const STATS_AT_ONCE = 256;

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** What a folder entry is; a symbolic link is what it points to (null: broken). */
async function kindOf(entry: Dirent, path: string): Promise<'file' | 'folder' | null> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return 'file';
  if (info?.isDirectory()) return 'folder';
  return null;
}

/**
 * Each folder is walked once, by its real path, whether reached through a link or not: a link
 * to a folder above it would otherwise loop, and a link to a folder beside it would read that
 * folder's documents twice.
 */
async function filesUnder(folder: string, out: string[], diagnostics: Diagnostic[], seen = new Set<string>()): Promise<void> {
  let entries;
  try {
    const real = await realpath(folder);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    diagnostics.push(readDiagnostic('error', folder, 'read/unreadable', `cannot list folder (${reasonOf(error)})`));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    const kind = await kindOf(entry, path);
    if (kind === 'folder') await filesUnder(path, out, diagnostics, seen);
    else if (kind === 'file' && SUPPORTED.has(extname(name).toLowerCase())) out.push(path);
    else if (kind === 'file') skippedDocument(path, diagnostics);
  }
}

/** A PDF or .doc in a folder is probably a plan the user expected to be read: say it was not. */
function skippedDocument(path: string, diagnostics: Diagnostic[]): void {
  const format = unsupportedByExtension(path);
  if (format === null || /image|archive/i.test(format)) return;
  diagnostics.push(readDiagnostic('warning', path, 'read/skipped',
    `skipped: unsupported format (${format}); supported: ${SUPPORTED_LIST}`, { format }));
}

/**
 * Paths as the user gave them → files to read. Folders are walked (sorted, recursive, hidden
 * entries and unsupported extensions skipped); a file named explicitly is always read.
 */
export async function expandPaths(paths: readonly string[]): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  // The stats run side by side (thousands of paths named one by one would otherwise wait for
  // each other); the walk keeps the order the paths were given in.
  for (let start = 0; start < paths.length; start += STATS_AT_ONCE) {
    const chunk = paths.slice(start, start + STATS_AT_ONCE);
    const infos = await Promise.all(chunk.map((path) => stat(path).catch((error: unknown) => error as Error)));
    for (const [i, path] of chunk.entries()) {
      const info = infos[i]!;
      if (info instanceof Error) diagnostics.push(readDiagnostic('error', path, 'read/missing', `cannot read (${reasonOf(info)})`));
      else if (info.isDirectory()) {
        const [before, reported] = [files.length, diagnostics.length];
        await filesUnder(path, files, diagnostics);
        // A folder that could not be listed has said so already.
        const unlisted = diagnostics.slice(reported).some((d) => d.code === 'read/unreadable' && d.file === path);
        if (files.length === before && !unlisted) {
          diagnostics.push(readDiagnostic('error', path, 'read/no-documents', `no plan documents in this folder (supported: ${SUPPORTED_LIST})`));
        }
      }
      else files.push(path);
    }
  }
  return { files: [...new Set(files)], diagnostics };
}

type FileRead = { bytes: Buffer | null; diagnostics: Diagnostic[] };

/** Why a file is not read, from its stat: not a regular file, or too large; null when it may be read. */
function refusal(path: string, info: Stats, maxBytes: number): FileRead | null {
  if (!info.isFile()) {
    return { bytes: null, diagnostics: [readDiagnostic('error', path, 'read/not-a-file', 'not a regular file')] };
  }
  if (info.size > maxBytes) {
    const mb = (size: number): string => `${Math.round(size / 1024 / 1024)} MB`;
    const message = `too large (${mb(info.size)}; the limit is ${mb(maxBytes)})`;
    return { bytes: null, diagnostics: [readDiagnostic('error', path, 'read/too-large', message, { size: info.size, limit: maxBytes })] };
  }
  return null;
}

const missing = (path: string, error: unknown): FileRead =>
  ({ bytes: null, diagnostics: [readDiagnostic('error', path, 'read/missing', `cannot read (${reasonOf(error)})`)] });

export async function readFileBytes(path: string, maxBytes = MAX_FILE_BYTES): Promise<FileRead> {
  try {
    return refusal(path, await stat(path), maxBytes) ?? { bytes: await readFile(path), diagnostics: [] };
  } catch (error) {
    return missing(path, error);
  }
}

/** Opened without blocking: a named pipe must be refused (not a regular file), not waited on. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * readFileBytes without the promise round trips: for worker threads, whose only job is to read
 * and parse (a local file's stat and read cost less than handing them to the I/O pool). The
 * file is opened once and stat'ed through its descriptor (one path lookup, not two); what
 * cannot be opened takes the path-based way, so its diagnostic is the one that way gives.
 */
export function readFileBytesSync(path: string, maxBytes = MAX_FILE_BYTES): FileRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch {
    return readFileBytesByPath(path, maxBytes);
  }
  try {
    return refusal(path, fstatSync(fd), maxBytes) ?? { bytes: readFileSync(fd), diagnostics: [] };
  } catch (error) {
    return missing(path, error);
  } finally {
    closeSync(fd);
  }
}

function readFileBytesByPath(path: string, maxBytes: number): FileRead {
  try {
    return refusal(path, statSync(path), maxBytes) ?? { bytes: readFileSync(path), diagnostics: [] };
  } catch (error) {
    return missing(path, error);
  }
}
