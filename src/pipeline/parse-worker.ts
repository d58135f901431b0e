/** Worker-thread entry for the parallel loader: a batch of paths → loaded files (structured-clone data). */
import { loadOneFile, type LoadedFile } from './load-one.js';

export interface ParseBatch {
  paths: string[];
  maxBytes?: number;
}

export default async function parseBatch(batch: ParseBatch): Promise<LoadedFile[]> {
  const out: LoadedFile[] = [];
  for (const path of batch.paths) out.push(await loadOneFile(path, batch.maxBytes));
  return out;
}
