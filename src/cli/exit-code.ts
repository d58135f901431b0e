import { CommanderError } from 'commander';
import { InputError, OutputError, UsageError } from './errors.js';

/**
 * The one place that decides the exit code (documented in --help and the README):
 *   0  success
 *   1  the run worked but found what the user asked to fail on
 *      (check --strict warnings, report validation problems, --check staleness)
 *   2  usage or input error (unknown option, missing file, unreadable input, unwritable output)
 *   3  internal failure (a bug)
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

export type Outcome =
  /** The command ran; `findings` counts what the user asked to fail on. */
  | { kind: 'done'; findings: number; inputErrors: number }
  | { kind: 'failed'; error: unknown };

export function isUsageOrInputError(error: unknown): boolean {
  return error instanceof UsageError || error instanceof InputError || error instanceof OutputError || (error instanceof CommanderError && error.exitCode !== 0);
}

export function exitCode(outcome: Outcome): number {
  if (outcome.kind === 'done') {
    // An input that could not be used outweighs findings in the ones that could.
    if (outcome.inputErrors > 0) return EXIT.usage;
    return outcome.findings > 0 ? EXIT.findings : EXIT.ok;
  }
  const { error } = outcome;
  // --help and --version end commander "with an error" whose exit code is 0.
  if (error instanceof CommanderError && error.exitCode === 0) return EXIT.ok;
  return isUsageOrInputError(error) ? EXIT.usage : EXIT.internal;
}

export const EXIT_CODES_HELP = `Exit codes:
  0  success
  1  the run worked but found what you asked to fail on
     (check --strict warnings, report validation problems, --check staleness)
  2  usage or input error (unknown option, missing file, unreadable input,
     an output that cannot be written)
  3  internal failure (please report it; rerun with --verbose for a stack trace)`;
