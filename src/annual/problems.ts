/**
 * Problems found while reading returned forms and merging them: data first,
 * sentences only in formatProblem.
 */
export type ProblemCode =
  | 'file-too-large' | 'too-many-rows' | 'not-a-workbook' | 'not-a-form' | 'form-version'
  | 'wrong-plan' | 'wrong-year' | 'rows-altered' | 'plan-changed'
  | 'not-a-number' | 'out-of-range' | 'not-whole' | 'bad-status' | 'required'
  | 'conflict' | 'duplicate-return';

export interface Problem {
  code: ProblemCode;
  /** Name of the returned file, as given. */
  file: string;
  sheet: string | null;
  /** A1 address within `sheet`. */
  cell: string | null;
  args: Record<string, string | number | null>;
}

export function problem(code: ProblemCode, file: string, args: Problem['args'] = {}, sheet: string | null = null, cell: string | null = null): Problem {
  return { code, file, sheet, cell, args };
}

const q = (v: unknown): string => JSON.stringify(String(v ?? ''));

/** The sentence alone, without file and cell. */
export function problemMessage(p: Problem): string {
  const a = p.args;
  switch (p.code) {
    case 'file-too-large': return `file is ${a.size} bytes; the limit is ${a.limit} bytes — refused`;
    case 'too-many-rows': return `sheet has ${a.rows} rows; the limit is ${a.limit} — refused`;
    case 'not-a-workbook': return `not a readable xlsx workbook (${a.reason})`;
    case 'not-a-form': return `no ${q(a.sheet)} sheet: not a form made by plan-diff template`;
    case 'form-version': return `form version ${a.found} is not supported (expected ${a.expected})`;
    case 'wrong-plan': return `form is for plan ${q(a.found)}, expected ${q(a.expected)} — rejected`;
    case 'wrong-year': return `form is for year ${a.found}, expected ${a.expected} — rejected`;
    case 'rows-altered': return `plan rows were altered (found ${q(a.found)}, the form had ${q(a.expected)}) — rejected`;
    case 'plan-changed': return 'form was made from a different version of the plan (fingerprint differs) — rejected; send a new form';
    case 'not-a-number': return `${q(a.value)} is not a number`;
    case 'out-of-range': return `${a.value} is outside ${a.min}–${a.max}`;
    case 'not-whole': return `${a.value} is not a whole number`;
    case 'bad-status': return `${q(a.value)} is not a status (${a.allowed})`;
    case 'required': return `${q(a.column)} is empty but required`;
    case 'conflict': return `${q(a.column)} of ${q(a.row)} is ${q(a.value)} here but ${q(a.other)} in ${a.otherFile} (${a.otherCell}); neither value is used`;
    case 'duplicate-return': return `a second form from ${q(a.department)} (first: ${a.otherFile})`;
  }
}

/** `returns/民政局.xlsx: 指标!H5: "约90" is not a number` */
export function formatProblem(p: Problem): string {
  const where = p.sheet === null ? '' : `${p.sheet}${p.cell === null ? '' : `!${p.cell}`}: `;
  return `${p.file}: ${where}${problemMessage(p)}`;
}
