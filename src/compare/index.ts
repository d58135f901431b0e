/**
 * compare(): any set of parsed plans → indicator matrix, responsibility matrix, project
 * alignment, text reuse and findings. Pure: the catalogue and department table are passed
 * in or loaded once from templates/.
 */
import type { Diagnostic, PlanDocument } from '../model/types.js';
import { defaultCatalogue, type Catalogue } from '../normalize/catalogue.js';
import { defaultDepartmentTable, type DepartmentTable } from '../normalize/departments.js';
import { collectFindings } from './findings.js';
import { buildIndicatorMatrix } from './indicators.js';
import { compareProjects } from './projects.js';
import { buildResponsibilityMatrix } from './responsibility.js';
import { textReuseOfDocuments, type TextReuseOptions } from './text-reuse.js';
import { planRefs } from './plan-ref.js';
import type { Comparison, NearMiss } from './types.js';

export type * from './types.js';
export { comparisonReport } from './report.js';

export interface CompareOptions {
  catalogue?: Catalogue;
  departments?: DepartmentTable;
  /** Text-reuse analysis (on by default); false skips it, an object tunes it. */
  textReuse?: boolean | TextReuseOptions;
}

function nearMissDiagnostic(nm: NearMiss): Diagnostic {
  return {
    level: 'warning',
    file: nm.source,
    line: nm.lines[0] ?? null,
    code: 'normalize/department-near-miss',
    message: `"${nm.written}" is not a known department name; merged into ${nm.canonical} (edit distance ${nm.distance} from "${nm.matched}").`,
    args: { written: nm.written, department: nm.key, canonical: nm.canonical, matched: nm.matched, distance: nm.distance, lines: nm.lines },
  };
}

/** Plans keep the caller's order (it becomes the column order); ids must be unique. */
export function compare(docs: readonly PlanDocument[], options: CompareOptions = {}): Comparison {
  const catalogue = options.catalogue ?? defaultCatalogue();
  const departments = options.departments ?? defaultDepartmentTable();
  const plans = planRefs(docs);
  const indicators = buildIndicatorMatrix(docs, catalogue);
  const responsibility = buildResponsibilityMatrix(docs, departments);
  const projects = compareProjects(docs);
  const reuseOptions = options.textReuse ?? true;
  const textReuse = reuseOptions !== false && docs.length > 1 ? textReuseOfDocuments(docs, reuseOptions === true ? {} : reuseOptions) : null;
  const diagnostics: Diagnostic[] = responsibility.nearMisses.map(nearMissDiagnostic);
  for (const row of indicators.rows) {
    for (const c of row.cells.filter((x) => x.match === 'uncertain')) {
      diagnostics.push({
        level: 'info', file: c.source, line: c.line, code: 'normalize/indicator-uncertain',
        message: `"${c.name}" resembles catalogue indicator ${row.name} (similarity ${c.matchConfidence}) but was not matched with confidence.`,
        args: { name: c.name, indicator: row.key, confidence: c.matchConfidence, origin: c.origin },
      });
    }
  }
  const sourceOf = new Map(docs.map((d) => [d.plan.id, d.plan.source]));
  for (const u of indicators.unmatched) {
    const file = sourceOf.get(u.plan) ?? u.plan;
    diagnostics.push({ level: 'info', file, line: u.line, code: 'normalize/indicator-unmatched', message: `Indicator "${u.name}" matches no catalogue entry.`, args: { name: u.name, candidate: u.candidate, confidence: u.confidence } });
  }
  const findings = collectFindings(plans, indicators, responsibility, projects, textReuse);
  return { plans, indicators, responsibility, projects, textReuse, findings, diagnostics };
}
