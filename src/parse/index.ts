/**
 * parsePlan: text of one plan document → the structured model, with provenance and diagnostics.
 * Pure: no file system, never throws. Line numbers are computed on the parsed text and mapped
 * to the original file through `lineMap` once, at the end.
 */
import type { Diagnostic, Heading, Plan, ParseResult } from '../model/types.js';
import { isWhiteSpace } from './chars.js';
import { checkConsistency } from './consistency.js';
import { parseDiagnostic } from './diagnostic.js';
import { parseHeadings } from './headings.js';
import { parseIndicators } from './indicators.js';
import { splitText, type Line } from './lines.js';
import { parseMetadata } from './metadata.js';
import { extractProse } from './prose/index.js';
import { parseProjects } from './projects.js';
import { findTables, tableLineSet } from './tables.js';
import { parseTasks } from './tasks.js';

export interface ParseOptions {
  lineMap?: readonly number[] | null;
}

// Text a decoder made of a binary file: NULs, C0 controls, or mostly U+FFFD.
const BAD = /[\ufffd\u0001-\u0008\u000e-\u001f]/g;

/**
 * Whether a text that holds NUL or one of BAD's characters (splitText tells, so clean text, nearly
 * every document, is settled without a scan of its own) is binary data.
 */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const bad = text.match(BAD)?.length ?? 0;
  return bad >= 4 && bad / visibleCount(text) > 0.05;
}

/** Code points that are not whitespace (what /\s/ matches), as `for…of` would count them. */
function visibleCount(text: string): number {
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhiteSpace(c)) continue;
    visible++;
    // A surrogate pair is one code point.
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return visible;
}

function emptyPlan(lines: readonly Line[], source: string): Plan {
  const { metadata } = parseMetadata(lines, source);
  return { ...metadata, source, headings: [], indicators: [], projects: [], tasks: [], targets: [], achievements: [] };
}

function mapHeadings(headings: readonly Heading[], map: (n: number) => number): Heading[] {
  return headings.map((h) => ({ ...h, line: map(h.line), children: mapHeadings(h.children, map) }));
}

/** Every `source.line` and diagnostic line moved from parsed-text lines to original file lines. */
function mapLines(result: ParseResult, lineMap: readonly number[] | null | undefined): ParseResult {
  if (!lineMap) return result;
  const map = (n: number) => lineMap[n - 1] ?? n;
  const withSource = <T extends { source: { line: number } }>(rows: readonly T[]): T[] =>
    rows.map((r) => ({ ...r, source: { ...r.source, line: map(r.source.line) } }));
  const { plan } = result;
  return {
    plan: {
      ...plan,
      headings: mapHeadings(plan.headings, map),
      indicators: withSource(plan.indicators),
      projects: withSource(plan.projects),
      tasks: withSource(plan.tasks),
      targets: withSource(plan.targets),
      achievements: withSource(plan.achievements),
    },
    diagnostics: result.diagnostics.map((d) => (d.line === null ? d : { ...d, line: map(d.line) })),
  };
}

function parseLines(lines: Line[], source: string): ParseResult {
  const { metadata, diagnostics: metadataDiagnostics } = parseMetadata(lines, source);
  const diagnostics: Diagnostic[] = [...metadataDiagnostics];
  const { tables, diagnostics: tableDiagnostics } = findTables(lines, source);
  const tableLines = tableLineSet(tables);
  const indicators = parseIndicators(tables, source);
  const projects = parseProjects(lines, tables, tableLines, source);
  const tasks = parseTasks(lines, tables, tableLines, source);
  const headings = parseHeadings(lines);
  const prose = extractProse(lines, headings, metadata.period);
  diagnostics.push(...tableDiagnostics, ...indicators.diagnostics, ...projects.diagnostics, ...tasks.diagnostics);
  diagnostics.push(...prose.diagnostics.map((d) => ({ ...d, file: source })));
  // The metadata's fields written out, in its order (what a spread gives): a spread followed by
  // more properties is a generic copy and a chain of map transitions for every plan.
  const plan: Plan = {
    id: metadata.id,
    region: metadata.region,
    title: metadata.title,
    kind: metadata.kind,
    status: metadata.status,
    docNumber: metadata.docNumber,
    issuer: metadata.issuer,
    issuedOn: metadata.issuedOn,
    period: metadata.period,
    source,
    headings,
    indicators: indicators.indicators,
    projects: projects.projects,
    tasks: tasks.tasks,
    targets: prose.targets,
    achievements: prose.achievements,
  };
  return { plan, diagnostics };
}

/** Parses one plan document. Empty or binary input gives an empty plan and one diagnostic. */
export function parsePlan(text: string, source: string, options: ParseOptions = {}): ParseResult {
  const { lines, blank, suspect } = splitText(text);
  if (suspect && looksBinary(text)) {
    return {
      plan: emptyPlan([], source),
      diagnostics: [parseDiagnostic('error', source, null, 'parse/binary-input', 'The input looks like binary data, not text; nothing was parsed.')],
    };
  }
  if (blank) {
    return {
      plan: emptyPlan([], source),
      diagnostics: [parseDiagnostic('warning', source, null, 'parse/empty-input', 'The input is empty.')],
    };
  }
  try {
    const { plan, diagnostics } = mapLines(parseLines(lines, source), options.lineMap);
    // Consistency runs on the mapped plan so both lines it cites are original-file lines.
    const findings = checkConsistency(plan).map((d) => ({ ...d, file: source }));
    return { plan, diagnostics: [...diagnostics, ...findings] };
  } catch (error) {
    // Last line of defence for the no-throw contract: one bad document must not stop a run.
    return {
      plan: emptyPlan([], source),
      diagnostics: [parseDiagnostic('error', source, null, 'parse/internal-error',
        `The parser failed on this document: ${error instanceof Error ? error.message : String(error)}`)],
    };
  }
}
