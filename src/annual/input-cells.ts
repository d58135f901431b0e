/** Reading one returned cell: exceljs value → primitive → validated input value or a problem. */
import type ExcelJS from 'exceljs';
import type { InputKind, StatusCode, Wording } from './config.js';
import type { ProblemCode } from './problems.js';

export type Raw = string | number | null;

/** The value a person sees in the cell: formula results, rich text joined, dates as ISO text. */
export function rawValue(value: ExcelJS.CellValue): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return rawValue(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return rawValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return rawValue(value.text);
  if ('error' in value) return value.error;
  return null;
}

export type Parsed =
  | { ok: true; value: number | StatusCode | string | null }
  | { ok: false; code: ProblemCode; args: Record<string, string | number> };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function toNumber(raw: Raw): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (raw === null) return null;
  const text = raw.trim().replace(/[,，]/g, '');
  return NUMBER.test(text) ? Number(text) : null;
}

/** Validates a non-empty raw value for an input column. `percentUnit`: the indicator's unit is %. */
export function parseInput(kind: InputKind, raw: Raw, percentUnit: boolean, statuses: Wording['statuses']): Parsed {
  if (raw === null) return { ok: true, value: null };
  switch (kind) {
    case 'decimal': {
      const n = toNumber(raw);
      if (n === null) return { ok: false, code: 'not-a-number', args: { value: raw } };
      if (percentUnit && (n < 0 || n > 100)) return { ok: false, code: 'out-of-range', args: { value: n, min: 0, max: 100 } };
      return { ok: true, value: n };
    }
    case 'percent': {
      const n = toNumber(raw);
      if (n === null) return { ok: false, code: 'not-a-number', args: { value: raw } };
      if (!Number.isInteger(n)) return { ok: false, code: 'not-whole', args: { value: n } };
      if (n < 0 || n > 100) return { ok: false, code: 'out-of-range', args: { value: n, min: 0, max: 100 } };
      return { ok: true, value: n };
    }
    case 'status': {
      const text = String(raw).trim();
      const status = statuses.find((s) => s.value === text);
      if (!status) return { ok: false, code: 'bad-status', args: { value: text, allowed: statuses.map((s) => s.value).join(' / ') } };
      return { ok: true, value: status.code };
    }
    case 'text':
      return { ok: true, value: String(raw) };
  }
}
