import type { CliContext } from '../context.js';
import type { OutputOptions } from '../options.js';
import type { CommandResult } from '../program.js';
import { notYet } from '../stages.js';

/** report <workbooks…>: validate returned templates and write the progress report. */
export async function runReport(_ctx: CliContext, _workbooks: string[], _options: OutputOptions & { plans?: string[] }): Promise<CommandResult> {
  throw notYet('report');
}
