import type { PlanDocument } from '../model/types.js';
import type { Format } from '../render/report.js';
import { UsageError } from './errors.js';
import type { OutputFile } from './write-files.js';

/**
 * The heavy stages, each loaded only by the commands that need them. Until a stage lands,
 * it answers with a clear usage error instead of a crash.
 */

export const notYet = (what: string): UsageError => new UsageError(`${what} is not yet available in this build`);

/** compare → report → rendered files named "comparison.*". */
export async function comparisonFiles(_documents: readonly PlanDocument[], _formats: readonly Format[]): Promise<OutputFile[]> {
  throw notYet('compare');
}

/** Annual-report template workbooks for every plan and department. */
export async function templateFiles(_documents: readonly PlanDocument[], _options: { year?: number }): Promise<OutputFile[]> {
  throw notYet('template');
}
