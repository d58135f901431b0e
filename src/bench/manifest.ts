/** The corpus manifest (`manifest.json`): read by the bench tools without loading the generator. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusManifest {
  version: number;
  seed: number;
  count: number;
  /** File names relative to the corpus directory, in index order. */
  files: { file: string; truth: string; bytes: number }[];
  totalBytes: number;
}

export const manifestPath = (dir: string): string => join(dir, 'manifest.json');

/** The corpus manifest in `dir`, or null when there is none. */
export function readManifest(dir: string): CorpusManifest | null {
  const path = manifestPath(dir);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as CorpusManifest) : null;
}
