/**
 * The document model: what `parse` produces and every later stage consumes.
 * The JSON output contract (`schema/plan-diff.schema.json`) mirrors these types;
 * change both together and bump SCHEMA_VERSION on a breaking change.
 */

export const SCHEMA_VERSION = 1 as const;

/** 1-based line number in the original input file (for HTML/DOCX: of the file as read). */
export interface SourceRef {
  line: number;
}

export type Comparator = '=' | '>' | '>=' | '<' | '<=';
export type ValueOp = Comparator | 'qualitative';

/**
 * A figure as the document states it. `text` keeps the original wording.
 * `value` is null only for qualitative values ("与地区生产总值增长基本同步").
 * `relativeTo: 'baseline'` marks a delta ("提高5个百分点" → op '>=' value 5 relative to the baseline).
 */
export interface Value {
  op: ValueOp;
  value: number | null;
  text: string;
  relativeTo?: 'baseline';
}

export type IndicatorAttribute = 'binding' | 'expected';

/** One row of the main-indicator table (专栏1 主要指标). */
export interface Indicator {
  /** Row number as printed, or null when the table has none. */
  no: number | null;
  /** Name without its unit suffix: "残疾人基本康复服务覆盖率". */
  name: string;
  /** Unit from "(%)", "(户)", "人次"…; null when none is stated. */
  unit: string | null;
  /** 2020 baseline; null when the table has no baseline column or the cell is "—". */
  baseline: Value | null;
  /** 2025 target; null only if the cell is empty. */
  target: Value | null;
  /** 约束性 → binding, 预期性 → expected. */
  attribute: IndicatorAttribute | null;
  source: SourceRef;
}

/** One item of a key-project box (专栏N …重点项目). */
export interface Project {
  box: number;
  boxTitle: string;
  /** Sub-group heading inside the box (资金类, 一、无障碍设施 …), or null. */
  group: string | null;
  no: number | null;
  /** Item name: the text before the first 。 ("盲人按摩提升项目"). */
  name: string;
  /** Full item text, continuation paragraphs joined. */
  text: string;
  source: SourceRef;
}

/** One row of the task-allocation table, or one inline 责任单位 block of an implementation plan. */
export interface Task {
  no: number | null;
  text: string;
  /** 牵头单位, as written in the document (normalisation happens later). */
  lead: string[];
  /** 责任单位 / 配合单位. */
  co: string[];
  source: SourceRef;
}

/** A quantitative figure stated in prose: a target (future) or an achievement (past). */
export interface ProseFigure {
  /** The clause the figure was found in. */
  text: string;
  /** The thing measured, as written ("残疾人基本康复服务覆盖率"). */
  subject: string;
  value: Value;
  unit: string | null;
  /** Year the figure applies to; for targets the plan's end year unless the sentence says otherwise. */
  year: number | null;
  /** Title of the enclosing section, if any. */
  section: string | null;
  source: SourceRef;
}

export interface Heading {
  /** 1 = top level (第一章 / 一、 / #), deeper numbers nest. */
  level: number;
  /** The numbering as printed ("第一章", "一、", "（一）", "1.") or null for unnumbered (Markdown) headings. */
  numbering: string | null;
  title: string;
  line: number;
  children: Heading[];
}

export type RegionLevel = 'province' | 'city' | 'county' | 'district';

export interface Region {
  name: string | null;
  level: RegionLevel | null;
  province: string | null;
  /** GB/T 2260 code when the region was found in the division table. */
  code: string | null;
}

export type PlanKind = 'plan' | 'implementation-plan';
export type PlanStatus = 'final' | 'draft';

export interface Plan {
  /** ASCII slug, unique within a run ("zigong-shi"). */
  id: string;
  /** The path as the user gave it. */
  source: string;
  region: Region;
  title: string | null;
  kind: PlanKind;
  status: PlanStatus;
  /** 发文字号 of this document (not of documents it cites). */
  docNumber: string | null;
  issuer: string | null;
  /** YYYY-MM-DD or null. */
  issuedOn: string | null;
  period: { start: number | null; end: number | null };
  headings: Heading[];
  indicators: Indicator[];
  projects: Project[];
  tasks: Task[];
  targets: ProseFigure[];
  achievements: ProseFigure[];
}

export type DiagnosticLevel = 'error' | 'warning' | 'info';

/**
 * Something a stage could not read cleanly. `code` is stable ("parse/table-missing-cells");
 * `message` is one human sentence; `args` carries the data behind it.
 */
export interface Diagnostic {
  level: DiagnosticLevel;
  file: string;
  line: number | null;
  code: string;
  message: string;
  args?: Record<string, unknown>;
}

export type InputFormat = 'text' | 'markdown' | 'html' | 'docx';

/** What the read stage hands to the parser: decoded text plus how its lines map to the original file. */
export interface SourceText {
  source: string;
  format: InputFormat;
  encoding: string | null;
  text: string;
  /** lineMap[i] = original 1-based line of text line i+1; null when they coincide. */
  lineMap: readonly number[] | null;
}

export interface ParseResult {
  plan: Plan;
  diagnostics: Diagnostic[];
}

/** A parsed plan together with its text lines, for stages that look at prose (text reuse). */
export interface PlanDocument {
  plan: Plan;
  /** Text lines as parsed (index 0 = line 1 of the parsed text). */
  lines: readonly string[];
  /** Maps a parsed-text line to the original file line. */
  lineMap: readonly number[] | null;
}

/** The machine-readable output of `plan-diff parse --json`. */
export interface ParseOutput {
  schemaVersion: typeof SCHEMA_VERSION;
  plans: Plan[];
  diagnostics: Diagnostic[];
}
