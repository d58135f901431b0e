/**
 * Plan metadata: id, region, title, kind, status, 发文字号, issuer, date, period. Read from the
 * document's front matter by shape (see metadata-fields.ts); the region is resolved against the
 * GB/T 2260 division table. Ids are documented in plan-id.ts.
 */
import type { Diagnostic, Plan, Region } from '../model/types.js';
import { parseDiagnostic } from './diagnostic.js';
import { resolvePlace } from './division-resolve.js';
import { findPlaces, isParentOf } from './divisions.js';
import type { Line } from './lines.js';
import { findBrokenDate, readDateLine, readFiveYearPlan, readPeriodRange } from './metadata-dates.js';
import { FRONT, findIssuer, findTitleLine } from './metadata-cover.js';
import { findDocNumber, looksDraft, scrapedField } from './metadata-fields.js';
import { findSignature } from './metadata-signature.js';
import { planId } from './plan-id.js';

export type PlanMetadata = Pick<
  Plan,
  'id' | 'region' | 'title' | 'kind' | 'status' | 'docNumber' | 'issuer' | 'issuedOn' | 'period'
>;

export interface MetadataResult {
  metadata: PlanMetadata;
  diagnostics: Diagnostic[];
}

// Place names are looked for in at most this many characters of each text (bounded work on huge lines).
const PLACE_SCAN = 4000;
function findPeriod(lines: readonly Line[], title: { title: string; line: number } | null): Plan['period'] {
  const fromTitle = title ? readPeriodRange(title.title) : null;
  if (fromTitle) return fromTitle;
  // The range nearest the title line; of equally near ones, the first.
  const until = title && title.line > 0 ? title.line + 3 : FRONT;
  let nearest: { range: { start: number; end: number }; distance: number } | null = null;
  for (const l of lines) {
    // Lines are in order: none after `until` is looked at.
    if (l.no > until) break;
    const range = readPeriodRange(l.text);
    const distance = Math.abs(l.no - (title?.line ?? l.no));
    if (range && (nearest === null || distance < nearest.distance)) nearest = { range, distance };
  }
  if (nearest) return nearest.range;
  return readFiveYearPlan(title?.title ?? '') ?? readFiveYearPlan(lines.slice(0, FRONT).map((l) => l.text).join('\n')) ??
    { start: null, end: null };
}

const IMPLEMENTATION_PLAN = /实施方案|行动计划|行动方案|工作方案/;

const NO_REGION: Region = { name: null, level: null, province: null, code: null };

/**
 * The region named first in `texts` (title, issuer, front matter; each made only when those
 * before it name none); the title may open with 郊区. `context` is the whole text.
 */
function findRegion(texts: readonly (() => string)[], context: () => string, file: string): { region: Region; diagnostics: Diagnostic[] } {
  for (let i = 0; i < texts.length; i++) {
    const mentions = findPlaces((texts[i] as () => string)().slice(0, PLACE_SCAN), i === 0);
    const own = mentions.find((m) => !mentions.some((other) => other !== m && isParentOf(m, other)));
    if (!own) continue;
    // The context only decides between same-named divisions: built when there are several.
    const resolved = resolvePlace(own, own.candidates.length > 1 ? context() : '');
    if (resolved.kind === 'resolved') return { region: resolved.region, diagnostics: [] };
    return {
      region: resolved.region,
      diagnostics: [parseDiagnostic('warning', file, null, 'parse/region-ambiguous',
        `The region name ${own.name} matches several divisions and the text does not say which.`,
        { name: own.name, candidates: resolved.candidates })],
    };
  }
  return {
    region: NO_REGION,
    diagnostics: [parseDiagnostic('warning', file, null, 'parse/region-unknown',
      'No administrative division was found in the title or issuer.')],
  };
}

/**
 * A draft marks itself in its title or on a short line of its own ("(征求意见稿)", "附件：《规划》
 * 征求意见稿"); a sentence that mentions some other document's 征求意见稿 does not make it one.
 */
function isDraft(title: string | null, lines: readonly Line[]): boolean {
  if (title && looksDraft(title)) return true;
  for (let i = 0; i < Math.min(lines.length, FRONT); i++) {
    const text = (lines[i] as Line).text;
    if (text.length <= 30 && looksDraft(text) && !/[。；;]/.test(text)) return true;
  }
  return false;
}

/** Metadata of one plan and the diagnostics about what could not be read. Never throws. */
export function parseMetadata(lines: readonly Line[], source: string): MetadataResult {
  const diagnostics: Diagnostic[] = [];
  const titleLine = findTitleLine(lines);
  const title = titleLine?.title ?? null;
  if (!title) diagnostics.push(parseDiagnostic('warning', source, null, 'parse/title-missing', 'No plan title line was found.'));
  const signature = findSignature(lines);
  const issuer = findIssuer(lines, signature.issuer);
  const scrapedDate = scrapedField(lines, '成文日期') ?? scrapedField(lines, '发布日期');
  const issuedOn = (scrapedDate ? readDateLine(scrapedDate.value) : null) ?? signature.issuedOn;
  const broken = findBrokenDate(lines, FRONT);
  if (!issuedOn && broken) {
    diagnostics.push(parseDiagnostic('warning', source, broken.no, 'parse/date-unreadable',
      `The date "${broken.text}" could not be read.`, { text: broken.text }));
  }
  const everything = (): string => lines.map((l) => l.text.slice(0, PLACE_SCAN)).join('\n');
  const { region, diagnostics: regionDiagnostics } = findRegion(
    // Front matter only through its short, sentence-free lines (headers, signatures): a place a
    // sentence mentions is not evidence of whose plan this is.
    [() => title ?? '', () => issuer ?? '', () => lines.slice(0, FRONT).filter((l) => l.text.length <= 40 && !/[。；，,]/.test(l.text)).map((l) => l.text).join('\n')],
    everything,
    source,
  );
  diagnostics.push(...regionDiagnostics);
  const kindText = title ?? lines.slice(0, FRONT).map((l) => l.text).join('');
  return {
    metadata: {
      id: planId(region.name, title, source),
      region,
      title,
      kind: IMPLEMENTATION_PLAN.test(kindText) ? 'implementation-plan' : 'plan',
      status: isDraft(title, lines) ? 'draft' : 'final',
      docNumber: findDocNumber(lines)?.value ?? null,
      issuer,
      issuedOn,
      period: findPeriod(lines, titleLine),
    },
    diagnostics,
  };
}
