import type { Format } from './report.js';

/** Every output format, derived from the Format type so the CLI's choices can't drift from it. */
export const FORMATS = Object.keys({
  md: true,
  xlsx: true,
  csv: true,
  json: true,
} satisfies Record<Format, true>) as Format[];

export function isFormat(value: string): value is Format {
  return (FORMATS as string[]).includes(value);
}
