/** Worker-thread entry for the parallel loader: a batch of paths → loaded files (structured-clone data, text moved as bytes). */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { loadPartsFromBytes, readInputSync, type LoadedParts } from './load-one.js';
import { sentText } from './plan-document.js';

export interface ParseBatch {
  paths: string[];
  maxBytes?: number;
}

/**
 * Reads each file synchronously: a worker has nothing else to do while it waits, and a sync stat
 * and read of a local file cost less CPU than the promise round trips through the I/O pool.
 * The texts are moved to the main thread, not copied (plan-document.ts).
 */
export default async function parseBatch(batch: ParseBatch): Promise<LoadedParts[]> {
  const out: LoadedParts[] = [];
  const moved: ArrayBuffer[] = [];
  const { paths, maxBytes } = batch;
  for (const path of paths) {
    const loaded = await loadPartsFromBytes(path, readInputSync(path, maxBytes));
    if (loaded.parts && typeof loaded.parts.text === 'string') {
      const bytes = sentText(loaded.parts.text);
      moved.push(bytes.buffer as ArrayBuffer);
      loaded.parts = { ...loaded.parts, text: bytes };
    }
    out.push(loaded);
  }
  // The pool sends the value and transfers the listed buffers.
  return move({ [transferableSymbol]: moved, [valueSymbol]: out }) as unknown as LoadedParts[];
}
