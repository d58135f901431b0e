/** The benchmark's printed report: one table of timings per corpus size, growth, targets, accuracy. */
import type { BenchResult, SizeResult, Timing } from './bench.js';

const TARGET_PARSE_MBPS = 40;
const TARGET_COMPARE_MS = 20_000;
const TARGET_RSS_MB = 1536;

const mbps = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);
const secs = (ms: number): string => (ms / 1000).toFixed(2);
const pct = (a: number, b: number): string => (b === 0 ? '100.00%' : `${((100 * a) / b).toFixed(2)}%`);

function cell(t: Timing, floor: Timing, bytes: number | null): string {
  const rate = bytes === null ? '' : `, ${mbps(bytes, t.ms).toFixed(1)} MB/s`;
  return `${secs(t.ms)}${rate} ×${(t.ms / floor.ms).toFixed(1)} (cpu ${secs(t.cpuMs)})`;
}

function row(s: SizeResult): string {
  return `| ${s.plans} | ${(s.bytes / 1e6).toFixed(1)} | ${cell(s.floor, s.floor, s.bytes)} | ${cell(s.parse, s.floor, s.bytes)} `
    + `| ${cell(s.compare, s.floor, null)} | ${cell(s.workbook, s.floor, null)}, ${(s.workbookBytes / 1e6).toFixed(1)} MB | ${s.peakRssAfterParseMb.toFixed(0)} → ${s.peakRssMb.toFixed(0)} |`;
}

/** Time per plan at each size relative to the smallest: 1.00 everywhere is linear growth. */
function growth(sizes: readonly SizeResult[], pick: (s: SizeResult) => number): string {
  const base = sizes[0]!;
  return sizes.map((s) => `${s.plans}: ${((pick(s) / s.plans) / (pick(base) / base.plans)).toFixed(2)}`).join(', ');
}

export function formatBench(result: BenchResult): string {
  const largest = result.sizes[result.sizes.length - 1]!;
  const a = result.accuracy;
  const parseMbps = mbps(largest.bytes, largest.parse.ms);
  // If the machine were ours alone: CPU time spread over every core (an upper bound).
  const idleMbps = mbps(largest.bytes, largest.parse.cpuMs / Math.min(result.threads, result.cores));
  const peak = Math.max(...result.sizes.map((s) => s.peakRssMb));
  const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  const lines = [
    `plan-diff bench — ${result.threads} parsing threads (the main thread and ${result.threads - 1} worker${result.threads === 2 ? '' : 's'}) on ${result.cores} cores; load average before the run ${result.loadBefore.toFixed(2)}`,
    '',
    '| plans | MB | floor: read+decode+split | parse: read+parse, fresh process | compare | workbook (streamed) | peak RSS MB (after parse → end) |',
    '|---|---|---|---|---|---|---|',
    ...result.sizes.map(row),
    '',
    'wall s, throughput, ×floor = wall time as a multiple of the floor\'s, cpu = CPU seconds of all threads',
    `parse: the median of ${largest.parseRuns.length} fresh-process run${largest.parseRuns.length === 1 ? '' : 's'} per size; at ${largest.plans} plans `
      + `${largest.parseRuns.map((t) => `${secs(t.ms)} s (${mbps(largest.bytes, t.ms).toFixed(1)} MB/s)`).join(', ')}`,
    `growth of wall time per plan (1.00 = linear): parse ${growth(result.sizes, (s) => s.parse.ms)}`,
    `                                              compare ${growth(result.sizes, (s) => s.compare.ms)}`,
    `                                              workbook ${growth(result.sizes, (s) => s.workbook.ms)}`,
    '',
    `targets: parse ≥ ${TARGET_PARSE_MBPS} MB/s: ${parseMbps.toFixed(1)} MB/s wall (${idleMbps.toFixed(1)} MB/s from CPU time on an idle machine) `
      + `${verdict(parseMbps >= TARGET_PARSE_MBPS)}; compare of ${largest.plans} < 20 s: ${secs(largest.compare.ms)} s `
      + `${verdict(largest.compare.ms < TARGET_COMPARE_MS)}; peak RSS < 1.5 GB: ${peak.toFixed(0)} MB ${verdict(peak < TARGET_RSS_MB)}`,
    `compare of ${largest.plans} without text reuse: ${secs(result.compareWithoutTextReuse.ms)} s (cpu ${secs(result.compareWithoutTextReuse.cpuMs)})`,
    '',
    `accuracy on ${a.files} files (target ≥ 99% of rows): rows met ${a.rows.met}/${a.rows.expected} = ${pct(a.rows.met, a.rows.expected)} `
      + `${verdict(a.rows.met >= 0.99 * a.rows.expected)}; extra rows ${a.rows.extra}; files exact ${a.exactFiles}/${a.files}; no plan ${a.missingPlans}`,
    ...Object.entries(a.byCategory).map(([k, t]) => `  ${k}: ${t.met}/${t.expected} = ${pct(t.met, t.expected)}, extra ${t.extra}`),
    ...Object.entries(a.byLayout).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, t]) =>
      `  layout ${k}: ${t.files} files, rows ${pct(t.met, t.expected)}, extra ${t.extra}, exact files ${t.exactFiles}`),
    `  sampled rows exact: ${a.samples.met}/${a.samples.checked} = ${pct(a.samples.met, a.samples.checked)}`,
    ...a.samples.failures.slice(0, 8).map((f) => `    ${f}`),
    '',
    'one thread, first 400 files: where read + parse time goes',
    ...result.breakdown.map((r) => `  ${r.stage.padEnd(26)} ${String(r.files).padStart(4)} files ${(r.bytes / 1e6).toFixed(1).padStart(6)} MB `
      + `${secs(r.ms).padStart(6)} s ${mbps(r.bytes, r.ms).toFixed(1).padStart(7)} MB/s`),
  ];
  return `${lines.join('\n')}\n`;
}
