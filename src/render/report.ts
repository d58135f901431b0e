/**
 * A rendered-format-neutral report: what compare and annual produce for humans,
 * and what the md / xlsx / csv renderers consume. JSON output renders the
 * underlying data instead (see RenderInput.data).
 */

/** Why a cell stands out; renderers map marks to fills (xlsx) or markers (md). */
export type CellMark = 'most' | 'least' | 'not-comparable' | 'missing' | 'uncertain' | 'behind' | 'met' | 'problem';

export interface ReportCell {
  value: string | number | null;
  /** Provenance or explanation, e.g. "seeds/zigong.txt:88"; xlsx puts it in a cell note. */
  note?: string;
  mark?: CellMark;
}

export interface ReportColumn {
  header: string;
  kind?: 'text' | 'number' | 'percent';
}

export interface ReportTable {
  /** Sheet / CSV file name: ASCII or CJK, no path separators, at most 31 characters. */
  name: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Leading columns that identify a row (frozen in xlsx). Default 1. */
  keyColumns?: number;
  /** Data for spreadsheets (long form): xlsx and CSV render it, Markdown shows only the section's paragraphs. */
  detail?: boolean;
  /**
   * What Markdown shows instead: a per-plan matrix of many plans is wider than any page. xlsx and
   * CSV keep the full table (frozen panes, filters).
   */
  narrow?: ReportTable;
}

export interface ReportSection {
  title: string;
  paragraphs: string[];
  table?: ReportTable;
}

export interface Report {
  title: string;
  /** Short paragraphs shown first (the findings / summary). */
  summary: string[];
  sections: ReportSection[];
}

export type Format = 'md' | 'xlsx' | 'csv' | 'json';

export interface RenderInput {
  report: Report;
  /** The structured data behind the report; what `--format json` prints. */
  data: unknown;
}

/** A rendered output: one or more named files (CSV renders one file per table). */
export interface RenderedFile {
  /** Relative file name, e.g. "comparison.md" or "comparison-indicators.csv". */
  name: string;
  content: string | Buffer;
}
