/**
 * Ground truth written beside every generated file, from what the generator put in
 * (never from the parser): expected counts and a few exact rows.
 */
import type { PlanKind, PlanStatus, RegionLevel } from '../model/types.js';
import type { DutyConvention } from './blocks.js';
import type { Rng } from './prng.js';
import type { SynthPlan } from './synthetic-plan.js';

export type CorpusLayout = 'markdown-tabbed' | 'plain-tabbed' | 'cell-per-line' | 'inline-duty' | 'prose-draft';
export type CorpusFormat = 'text' | 'markdown' | 'html' | 'docx';

export interface GroundTruth {
  file: string;
  layout: CorpusLayout;
  format: CorpusFormat;
  encoding: string;
  width: string;
  dutyConvention: DutyConvention;
  region: { name: string; level: RegionLevel; province: string; code: string };
  kind: PlanKind;
  status: PlanStatus;
  counts: {
    indicators: number;
    tasks: number;
    projects: number;
    /** Box number → item count. */
    projectsPerBox: Record<string, number>;
  };
  samples: {
    indicators: { no: number; name: string; unit: string | null; target: string }[];
    tasks: { no: number; lead: string[]; co: string[] }[];
  };
}

export interface TruthInput {
  /** 'unstated': 责任单位 lists lead units before a comma but the document never says so. */
  dutyConvention: DutyConvention;
  file: string;
  layout: CorpusLayout;
  format: CorpusFormat;
  encoding: string;
  width: string;
}

export function groundTruth(rng: Rng, plan: SynthPlan, input: TruthInput): GroundTruth {
  const tables = input.layout !== 'inline-duty' && input.layout !== 'prose-draft';
  const hasTasks = input.layout !== 'prose-draft';
  const indicators = tables ? plan.indicators : [];
  const boxes = tables ? plan.boxes : [];
  const tasks = hasTasks ? plan.tasks : [];
  const projectsPerBox: Record<string, number> = {};
  for (const box of boxes) projectsPerBox[String(box.no)] = box.groups.reduce((n, g) => n + g.items.length, 0);
  const r = plan.region;
  return {
    ...input,
    region: { name: r.name, level: r.level, province: r.province, code: r.code },
    kind: input.layout === 'inline-duty' ? 'implementation-plan' : 'plan',
    status: input.layout === 'prose-draft' ? 'draft' : 'final',
    counts: {
      indicators: indicators.length,
      tasks: tasks.length,
      projects: Object.values(projectsPerBox).reduce((a, b) => a + b, 0),
      projectsPerBox,
    },
    samples: {
      indicators: rng.sample(indicators, 2).map((i) => ({ no: i.no, name: i.name, unit: i.unit, target: i.target })),
      tasks: rng.sample(tasks, 2).map((t) => ({ no: t.no, lead: t.lead, co: t.co })),
    },
  };
}
