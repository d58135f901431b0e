/**
 * Loads and validates the analyst-editable template data in templates/annual/
 * (column layout and Chinese wording). Loaded once per process.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';

export const COLUMN_KEYS = {
  indicators: ['no', 'name', 'unit', 'baseline', 'target', 'attribute', 'responsible', 'earlierActual', 'actual', 'status', 'explanation'],
  tasks: ['no', 'text', 'lead', 'co', 'status', 'progress', 'done', 'problems'],
  projects: ['box', 'boxTitle', 'name', 'responsible', 'status', 'progress', 'done'],
} as const;

export type SheetKind = keyof typeof COLUMN_KEYS;
export type InputKind = 'decimal' | 'status' | 'percent' | 'text';
/** A reporter field: the department dropdown, free text (kept as typed: phone numbers keep their leading 0) or a date. */
export type ReporterInput = 'department' | 'text' | 'date';
export type StatusCode = 'done' | 'on-track' | 'behind' | 'not-started';

export interface ColumnSpec {
  key: string;
  header: string;
  width?: number;
  input?: InputKind;
  required?: boolean;
}

export interface Layout {
  sheets: Record<SheetKind | 'instructions' | 'lists' | 'meta', string>;
  indicators: ColumnSpec[];
  tasks: ColumnSpec[];
  projects: ColumnSpec[];
}

export interface Wording {
  title: string;
  stages: { annual: string; midterm: string; final: string };
  allDepartments: string;
  instructions: { heading: string; text: string }[];
  deadline: string;
  reporterFields: { label: string; input: ReporterInput }[];
  statuses: { code: StatusCode; value: string; definition: string }[];
  statusHeading: string;
  validation: Record<'title' | 'decimal' | 'percentRange' | 'status' | 'progress' | 'department' | 'date', string>;
}

export interface AnnualConfig {
  layout: Layout;
  wording: Wording;
}

const column = (keys: readonly string[]) => ({
  type: 'object',
  required: ['key', 'header'],
  additionalProperties: false,
  properties: {
    key: { enum: keys },
    header: { type: 'string', minLength: 1 },
    width: { type: 'number', minimum: 1, maximum: 255 },
    input: { enum: ['decimal', 'status', 'percent', 'text'] },
    required: { type: 'boolean' },
  },
});
const sheetName = { type: 'string', minLength: 1, maxLength: 31, pattern: '^[^\\\\/?*\\[\\]:]+$' };
const columns = (keys: readonly string[]) => ({ type: 'array', minItems: 1, items: column(keys) });

const layoutSchema = {
  type: 'object',
  required: ['sheets', 'indicators', 'tasks', 'projects'],
  properties: {
    sheets: {
      type: 'object',
      required: ['instructions', 'indicators', 'tasks', 'projects', 'lists', 'meta'],
      additionalProperties: sheetName,
    },
    indicators: columns(COLUMN_KEYS.indicators),
    tasks: columns(COLUMN_KEYS.tasks),
    projects: columns(COLUMN_KEYS.projects),
  },
};

const text = { type: 'string', minLength: 1 };
const wordingSchema = {
  type: 'object',
  required: ['title', 'stages', 'allDepartments', 'instructions', 'deadline', 'reporterFields', 'statuses', 'statusHeading', 'validation'],
  properties: {
    title: text,
    stages: { type: 'object', required: ['annual', 'midterm', 'final'], additionalProperties: text },
    allDepartments: text,
    instructions: { type: 'array', items: { type: 'object', required: ['heading', 'text'], properties: { heading: text, text } } },
    deadline: text,
    reporterFields: {
      type: 'array',
      items: { type: 'object', required: ['label', 'input'], properties: { label: text, input: { enum: ['department', 'text', 'date'] } } },
    },
    statuses: {
      type: 'array',
      minItems: 4,
      maxItems: 4,
      items: {
        type: 'object',
        required: ['code', 'value', 'definition'],
        properties: { code: { enum: ['done', 'on-track', 'behind', 'not-started'] }, value: text, definition: text },
      },
    },
    statusHeading: text,
    validation: {
      type: 'object',
      required: ['title', 'decimal', 'percentRange', 'status', 'progress', 'department', 'date'],
      additionalProperties: text,
    },
  },
};

const ajv = new Ajv({ allErrors: true });
const validateLayout = ajv.compile<Layout>(layoutSchema);
const validateWording = ajv.compile<Wording>(wordingSchema);

/** Parses and validates the two template files; throws with the file name and the schema errors on bad data. */
export function parseAnnualConfig(layoutYaml: string, wordingYaml: string): AnnualConfig {
  const layout: unknown = parseYaml(layoutYaml);
  if (!validateLayout(layout)) throw new Error(`templates/annual/layout.yaml: ${ajv.errorsText(validateLayout.errors)}`);
  const wording: unknown = parseYaml(wordingYaml);
  if (!validateWording(wording)) throw new Error(`templates/annual/wording.yaml: ${ajv.errorsText(validateWording.errors)}`);
  const names = Object.values(layout.sheets);
  if (new Set(names).size !== names.length) throw new Error('templates/annual/layout.yaml: sheet names must differ');
  const codes = new Set(wording.statuses.map((s) => s.code));
  if (codes.size !== 4) throw new Error('templates/annual/wording.yaml: statuses must use each code once');
  return { layout, wording };
}

let cached: AnnualConfig | undefined;

/** The shipped template data (templates/annual/ next to src/ or dist/). */
export function loadAnnualConfig(): AnnualConfig {
  if (!cached) {
    const dir = new URL('../../templates/annual/', import.meta.url);
    cached = parseAnnualConfig(readFileSync(new URL('layout.yaml', dir), 'utf8'), readFileSync(new URL('wording.yaml', dir), 'utf8'));
  }
  return cached;
}
