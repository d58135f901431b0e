import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { CliContext } from './context.js';
import { addDataFileOptions, type DataFileOptions } from './data-files.js';
import { EXIT_CODES_HELP } from './exit-code.js';
import { addCommonOptions, addOutputOptions, type CommonOptions, type OutputOptions } from './options.js';

/** What a command reports back; exit-code.ts turns it into the exit code. */
export interface CommandResult {
  /** Things the user asked to fail on (check --strict warnings, stale files, invalid returns). */
  findings: number;
  /** Inputs that could not be used at all. */
  inputErrors: number;
}

export type RunCommand = (makeContext: (options: CommonOptions) => CliContext) => Promise<CommandResult>;

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const FILES_HELP = 'plan documents or folders (.txt, .md, .html, .docx); default: the bundled seeds';

/**
 * The command tree. Every action imports its implementation only when it runs, so
 * `--help` and `parse --json` never load exceljs, unified or the comparison code.
 * `onRun` receives the chosen command; main() runs it inside the one error handler.
 */
export function buildProgram(onRun: (run: RunCommand) => void): Command {
  const program = new Command('plan-diff')
    .description('Parse, cross-compare and monitor Chinese local 十四五 disability-protection plans.\n' +
      'Without a command: parse the bundled seeds, compare them, and write every report and template under out/.')
    .version(version, '-V, --version')
    .enablePositionalOptions()
    .addHelpText('after', `\n${EXIT_CODES_HELP}\n`);
  addDataFileOptions(addOutputOptions(addCommonOptions(program))).action((options: OutputOptions & DataFileOptions) => {
    onRun(async (ctx) => (await import('./commands/run-all.js')).runAll(ctx(options), options));
  });

  addCommonOptions(program.command('parse').description('parse plan documents; print a summary, or the document model with --json'))
    .argument('<files...>', 'plan documents or folders')
    .option('-o, --out <file>', 'write the JSON to this file instead of stdout ("-" = stdout)')
    .action((files: string[], options: CommonOptions & { out?: string }) => {
      onRun(async (ctx) => (await import('./commands/parse.js')).runParse(ctx(options), files, options));
    });

  addDataFileOptions(addCommonOptions(program.command('check').description('lint plan documents: every diagnostic with file:line, grouped by severity')))
    .argument('[files...]', FILES_HELP)
    .option('--strict', 'exit 1 on warnings too (errors always exit 1)')
    .action((files: string[], options: CommonOptions & DataFileOptions & { strict?: boolean }) => {
      onRun(async (ctx) => (await import('./commands/check.js')).runCheck(ctx(options), files, options));
    });

  addDataFileOptions(addOutputOptions(addCommonOptions(program.command('compare').description('cross-compare plans: indicators, departments, projects, text reuse'))))
    .argument('[files...]', FILES_HELP)
    .action((files: string[], options: OutputOptions & DataFileOptions) => {
      onRun(async (ctx) => (await import('./commands/compare.js')).runCompare(ctx(options), files, options));
    });

  addOutputOptions(addCommonOptions(program.command('template').description('write annual-report template workbooks per plan and department')), 'out/templates')
    .argument('[files...]', FILES_HELP)
    .option('--year <year>', 'reporting year (default: the latest ended year of the plan period)')
    .option('--by-department', 'one workbook per lead department, holding only its rows')
    .action((files: string[], options: OutputOptions & { year?: string; byDepartment?: boolean }) => {
      onRun(async (ctx) => (await import('./commands/template.js')).runTemplate(ctx(options), files, options));
    });

  addOutputOptions(addCommonOptions(program.command('report').description('read returned template workbooks, validate them and report progress')), 'out/progress')
    .argument('<workbooks...>', 'returned .xlsx workbooks or folders')
    .option('--plans <path>', 'plan document or folder the templates were made from; repeatable (default: the seeds)',
      (value: string, previous: string[] = []) => [...previous, value])
    .option('--year <year>', 'reporting year of the forms (default: for each plan, the latest year its returned forms carry)')
    .action((workbooks: string[], options: OutputOptions & { plans?: string[]; year?: string }) => {
      onRun(async (ctx) => (await import('./commands/report.js')).runReport(ctx(options), workbooks, options));
    });

  return program;
}
