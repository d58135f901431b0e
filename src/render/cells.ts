/**
 * Formula neutralisation for every spreadsheet-bound cell (CSV and xlsx).
 *
 * Excel, LibreOffice and Google Sheets treat a cell that starts with = + - @ (or a
 * tab / carriage return that they trim first) as a formula. Text that comes from
 * documents must never run as one, so such text gets a leading apostrophe — the
 * OWASP recommendation, and the marker spreadsheets themselves use for "this is text".
 * Plain numbers ("-5", "+3.5%") are not formulas and stay as they are, so signed
 * figures read normally.
 */

const FORMULA_START = /^[\s]*[=+\-@]/;
const LEADING_CONTROL = /^[\t\r\n]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*%?$/;

/** True when a spreadsheet could read `text` as a formula. */
export function looksLikeFormula(text: string): boolean {
  if (PLAIN_NUMBER.test(text)) return false;
  return FORMULA_START.test(text) || LEADING_CONTROL.test(text);
}

/** The text with an apostrophe in front when it could be read as a formula. */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** A report value ready for a spreadsheet cell: numbers stay numbers, text is neutralised. */
export function safeCellValue(value: string | number | null): string | number | null {
  if (typeof value === 'string') return neutraliseFormula(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}
