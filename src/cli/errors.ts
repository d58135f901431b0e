/**
 * The errors the CLI distinguishes. Anything else that reaches the top-level handler
 * is a bug (exit 3). Messages are one line and say what, where, and what was expected.
 */

/** The command line itself is wrong: unknown option, bad value, missing argument, clash of options. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An input can't be used: missing file, unreadable or unsupported content. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly file: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }

  /** "seeds/a.txt:12: message", the form editors and CI annotate. */
  get location(): string {
    return this.line === null ? this.file : `${this.file}:${this.line}`;
  }
}

/** An output can't be written where the user asked: a file in the way, no permission, disk full. */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

const WRITE_FAILURES: Readonly<Record<string, string>> = {
  ENOTDIR: 'a file stands where a folder is needed',
  // mkdir's answer when the output folder itself is a file.
  EEXIST: 'a file stands where a folder is needed',
  EISDIR: 'a folder stands where the file would go',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'name too long',
};

/** A file system error on writing `file` as the user's problem (OutputError), or itself when it is not one. */
export function writeFailure(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = code === undefined ? undefined : WRITE_FAILURES[code];
  return reason === undefined ? error : new OutputError(`cannot write: ${reason} (${code})`, file);
}

/** Shortens quoted input for messages so one bad line never floods the terminal. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
