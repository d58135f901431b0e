/** Worker-thread entry for the parallel loader: a batch of paths → loaded files (structured-clone data). */
import { loadFromBytes, readInput, type LoadedFile } from './load-one.js';

export interface ParseBatch {
  paths: string[];
  maxBytes?: number;
}

/** Reads one file ahead: the next file's I/O runs while this one is parsed. */
export default async function parseBatch(batch: ParseBatch): Promise<LoadedFile[]> {
  const out: LoadedFile[] = [];
  const { paths, maxBytes } = batch;
  let next = paths.length > 0 ? readInput(paths[0]!, maxBytes) : null;
  for (let i = 0; i < paths.length; i++) {
    const read = await next!;
    next = i + 1 < paths.length ? readInput(paths[i + 1]!, maxBytes) : null;
    out.push(await loadFromBytes(paths[i]!, read));
  }
  return out;
}
