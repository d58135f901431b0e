import { CommanderError } from 'commander';
import { CliContext } from './context.js';
import { InputError, OutputError, UsageError } from './errors.js';
import { exitCode, isUsageOrInputError } from './exit-code.js';
import type { CliIo } from './io.js';
import type { CommonOptions } from './options.js';
import { buildProgram, type RunCommand } from './program.js';

export type { CliIo } from './io.js';

// Help is wrapped at a fixed width so it reads the same in every terminal and in the golden file.
const HELP_WIDTH = 80;

/** Entry point of the command-line tool: parses argv, runs one command, returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // Known before parsing, so even a parse error honours them.
  const verbose = argv.includes('--verbose');
  // "plan-diff check | head": the reader left; stop quietly like other Unix tools, no crash.
  io.stdout.on('error', ignoreBrokenPipe);
  const colour = !argv.includes('--no-color');
  const chosen: { run: RunCommand | null } = { run: null };
  const program = buildProgram((run) => (chosen.run = run));
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined, // our handler prints errors, in one format
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
    });
  for (const command of program.commands) {
    command.exitOverride().configureOutput(program.configureOutput());
  }
  let contextOptions: CommonOptions = { color: colour, verbose };
  try {
    await program.parseAsync([...argv], { from: 'user' });
    const run = chosen.run;
    if (!run) return exitCode({ kind: 'done', findings: 0, inputErrors: 0 });
    // Lets the end-to-end tests reach the internal-failure path (exit 3) without a real bug.
    if (io.env.PLAN_DIFF_TEST_INTERNAL_ERROR === '1') throw new Error('simulated internal failure (PLAN_DIFF_TEST_INTERNAL_ERROR=1)');
    const result = await run((options) => {
      contextOptions = options;
      return new CliContext(io, options);
    });
    return exitCode({ kind: 'done', ...result });
  } catch (error) {
    const shown = explainCommanderError(error, argv, program.commands.map((c) => c.name()));
    reportError(new CliContext(io, contextOptions), shown, verbose);
    return exitCode({ kind: 'failed', error: shown });
  }
}

function ignoreBrokenPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}

/** commander reports "plan-diff foo" as too many arguments; users mean an unknown command. */
function explainCommanderError(error: unknown, argv: readonly string[], commands: string[]): unknown {
  if (!(error instanceof CommanderError) || error.code !== 'commander.excessArguments') return error;
  const first = argv.find((a) => !a.startsWith('-'));
  if (first && !commands.includes(first)) {
    return new UsageError(`unknown command '${first}'; commands are ${commands.join(', ')}`);
  }
  return error;
}

/** The single top-level handler: one line per error; a stack trace only with --verbose. */
function reportError(ctx: CliContext, error: unknown, verbose: boolean): void {
  if (error instanceof CommanderError && error.exitCode === 0) return; // --help, --version
  const red = ctx.chalk.red;
  let line: string;
  if (error instanceof InputError) line = `${red('error')} ${error.location}: ${error.message}`;
  else if (error instanceof OutputError) line = `${red('error')} ${error.file}: ${error.message}`;
  else if (error instanceof CommanderError) line = `${red('error')} ${error.message.replace(/^error: /, '')} (see plan-diff --help)`;
  else if (error instanceof UsageError) line = `${red('error')} ${error.message} (see plan-diff --help)`;
  else {
    const message = error instanceof Error ? error.message : String(error);
    line = `${red('internal error')} ${message}${verbose ? '' : ' (rerun with --verbose for details)'}`;
  }
  ctx.io.stderr.write(`plan-diff: ${line}\n`);
  if (verbose && error instanceof Error && !isUsageOrInputError(error) && error.stack) {
    ctx.io.stderr.write(`${error.stack}\n`);
  }
}
