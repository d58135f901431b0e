import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Catalogue } from '../normalize/catalogue.js';
import type { DataFileError } from '../normalize/data-file.js';
import type { DepartmentTable } from '../normalize/department-table.js';
import type { CliContext } from './context.js';
import { InputError } from './errors.js';

/**
 * --indicators / --departments: an analyst's own catalogue or department table in place of
 * the ones under templates/. Loaded and validated before any document is read, so a bad
 * file stops the run at once (exit 2) with one line: the file and its first problem.
 */

export interface DataFileOptions {
  indicators?: string;
  departments?: string;
}

/** What compare() accepts in place of its defaults. */
export interface DataTables {
  catalogue?: Catalogue;
  departments?: DepartmentTable;
}

export function addDataFileOptions(command: Command): Command {
  return command
    .option('--indicators <file>', 'indicator catalogue (YAML) to use instead of templates/indicators.yaml')
    .option('--departments <file>', 'department table (YAML) to use instead of templates/departments.yaml');
}

async function readText(ctx: CliContext, path: string): Promise<string> {
  try {
    return await readFile(ctx.resolvePath(path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file or directory', path);
    if (code === 'EISDIR') throw new InputError('is a folder; expected a YAML file', path);
    throw new InputError(`cannot read (${code ?? String(error)})`, path);
  }
}

/** The first problem on one line (YAML syntax errors come with a multi-line code frame). */
function firstProblem(error: DataFileError): string {
  const first = (error.problems[0] ?? 'invalid').split('\n')[0]!.trim().replace(/:$/, '');
  const more = error.problems.length - 1;
  return more > 0 ? `${first} (and ${more} more problem${more === 1 ? '' : 's'})` : first;
}

async function loadTable<T>(ctx: CliContext, path: string, parse: (text: string, file: string) => T): Promise<T> {
  const text = await readText(ctx, path);
  // Imported here: --help and parse never load the YAML reader.
  const { DataFileError } = await import('../normalize/data-file.js');
  try {
    return parse(text, path);
  } catch (error) {
    if (error instanceof DataFileError) throw new InputError(firstProblem(error), path);
    throw error;
  }
}

export async function loadDataFiles(ctx: CliContext, options: DataFileOptions): Promise<DataTables> {
  const tables: DataTables = {};
  if (options.indicators !== undefined) {
    const { parseCatalogue } = await import('../normalize/catalogue.js');
    tables.catalogue = await loadTable(ctx, options.indicators, parseCatalogue);
    ctx.detail(`indicator catalogue: ${options.indicators} (${tables.catalogue.entries.length} entries)`);
  }
  if (options.departments !== undefined) {
    const { parseDepartmentTable } = await import('../normalize/department-table.js');
    tables.departments = await loadTable(ctx, options.departments, parseDepartmentTable);
    ctx.detail(`department table: ${options.departments} (${tables.departments.departments.length} departments)`);
  }
  return tables;
}
