import { stableJson } from '../render/json.js';
import type { CliContext } from './context.js';
import { UsageError } from './errors.js';
import { findStale, safeRelativePath, writeOutputs, type OutputFile } from './write-files.js';

export interface EmitOptions {
  /** Output folder as the user gave it (relative to the working directory), or "-" for stdout. */
  out: string;
  check?: boolean;
  /** Absolute input paths, which must never be overwritten. */
  inputs: readonly string[];
}

/** Files under the output folder, plus their display form ("out/comparison.md"). */
const shown = (ctx: CliContext, out: string, name: string): string => {
  const folder = ctx.displayPath(ctx.resolvePath(out));
  return `${folder.replace(/[/\\]+$/, '')}/${safeRelativePath(name)}`;
};

/**
 * The last step of every writing command: print to stdout ("-o -"), compare with what is
 * on disk (--check; writes nothing, stale or missing files are findings), or write atomically.
 * Returns the number of findings (stale or missing files under --check).
 */
export async function emitOutputs(ctx: CliContext, files: readonly OutputFile[], options: EmitOptions): Promise<number> {
  if (options.out === '-') {
    if (options.check) throw new UsageError('--check compares with files on disk; it cannot be used with -o -');
    const [only] = files;
    if (files.length !== 1 || !only) {
      throw new UsageError(`-o - prints one file, but this run makes ${files.length} (${files.map((f) => f.name).join(', ')}); choose one text format with --format`);
    }
    if (typeof only.content !== 'string') throw new UsageError(`${only.name} is binary and can't go to stdout; give a folder with -o`);
    ctx.io.stdout.write(only.content);
    return 0;
  }
  const folder = ctx.resolvePath(options.out);
  if (options.check) {
    const { missing, stale } = await findStale(folder, files);
    if (ctx.json) ctx.out(stableJson({ checked: files.length, missing: missing.map((n) => shown(ctx, options.out, n)), stale: stale.map((n) => shown(ctx, options.out, n)) }));
    else {
      for (const name of stale) ctx.out(`stale    ${shown(ctx, options.out, name)}`);
      for (const name of missing) ctx.out(`missing  ${shown(ctx, options.out, name)}`);
      const problems = stale.length + missing.length;
      ctx.info(problems === 0 ? `${files.length} file(s) up to date` : `${problems} of ${files.length} file(s) out of date; run without --check to regenerate`);
    }
    return stale.length + missing.length;
  }
  await writeOutputs(folder, files, { inputs: options.inputs });
  if (ctx.json) ctx.out(stableJson({ written: files.map((f) => shown(ctx, options.out, f.name)) }));
  else if (!ctx.options.quiet) {
    ctx.out(`wrote ${files.length} file(s):`);
    for (const file of files) ctx.out(`  ${shown(ctx, options.out, file.name)}`);
  }
  return 0;
}
