/** Worker-thread entry for the parallel loader: a batch of paths → loaded files (structured-clone data, text unsplit). */
import { loadPartsFromBytes, readInputSync, type LoadedParts } from './load-one.js';

export interface ParseBatch {
  paths: string[];
  maxBytes?: number;
}

/**
 * Reads each file synchronously: a worker has nothing else to do while it waits, and a sync stat
 * and read of a local file cost less CPU than the promise round trips through the I/O pool.
 */
export default async function parseBatch(batch: ParseBatch): Promise<LoadedParts[]> {
  const out: LoadedParts[] = [];
  const { paths, maxBytes } = batch;
  for (const path of paths) out.push(await loadPartsFromBytes(path, readInputSync(path, maxBytes)));
  return out;
}
