import { type Command, InvalidArgumentError, Option } from 'commander';
import { FORMATS } from '../render/formats.js';
import type { Format } from '../render/report.js';

/** Options every command accepts, parsed from the command's own position on the line. */
export interface CommonOptions {
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color: boolean;
}

/** Options of commands that write reports. */
export interface OutputOptions extends CommonOptions {
  out: string;
  format?: Format[];
  check?: boolean;
}

export function addCommonOptions(command: Command): Command {
  return command
    .option('--json', 'machine-readable JSON on stdout')
    .option('-q, --quiet', 'print nothing but errors and requested data')
    .option('--verbose', 'more detail on stderr; stack traces for internal errors')
    .option('--no-color', 'no colours (also NO_COLOR=1); colour is only used on a TTY');
}

/**
 * "--format md,xlsx" or "--format md --format xlsx". A comma list rather than a variadic
 * option, so "--format md a.txt" never swallows the file name.
 */
export function parseFormats(value: string, previous: Format[] | undefined): Format[] {
  const formats = [...(previous ?? [])];
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    if (!(FORMATS as string[]).includes(part)) {
      throw new InvalidArgumentError(`unsupported format "${part}"; expected one of ${FORMATS.join(', ')}`);
    }
    if (!formats.includes(part as Format)) formats.push(part as Format);
  }
  return formats;
}

export function addOutputOptions(command: Command, defaultOut = 'out'): Command {
  return command
    .addOption(
      new Option('-f, --format <formats>', `output formats, comma-separated or repeated: ${FORMATS.join(', ')} (default: all)`).argParser(parseFormats),
    )
    .option('-o, --out <dir>', 'output folder, relative to the current folder; "-" prints one text format to stdout', defaultOut)
    .option('--check', 'regenerate in memory and exit 1 if files under the output folder are stale or missing; writes nothing');
}
