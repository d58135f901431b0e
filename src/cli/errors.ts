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

/** Shortens quoted input for messages so one bad line never floods the terminal. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
