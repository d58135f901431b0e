/**
 * One form to send: a plan, a year, a department (or the whole plan), its rows and
 * columns, and the wording with placeholders filled. Rendered by workbook.ts and markdown.ts.
 */
import type { Plan } from '../model/types.js';
import type { AnnualConfig, SheetKind } from './config.js';
import {
  fingerprint, fixedTable, formColumns, rowsFor, stageOf, SHEET_KINDS,
  type FormColumn, type FormIdentity, type FormRows, type Stage,
} from './rows.js';

export interface FormSpec {
  plan: Plan;
  identity: FormIdentity;
  stage: Stage;
  rows: FormRows;
  columns: Record<SheetKind, FormColumn[]>;
  fingerprint: string;
  /** Display names of every unit named in the plan, for the 填报单位 dropdown. */
  departmentList: string[];
  config: AnnualConfig;
  /** Title and instruction paragraphs with placeholders filled. */
  title: string;
  instructions: { heading: string; text: string }[];
}

export function allColumns(config: AnnualConfig, plan: Plan, year: number): Record<SheetKind, FormColumn[]> {
  const out = {} as Record<SheetKind, FormColumn[]>;
  for (const kind of SHEET_KINDS) out[kind] = formColumns(config, kind, plan, year);
  return out;
}

/** The fingerprint a form for this plan, year and department must carry. */
export function expectedFingerprint(identity: FormIdentity, all: FormRows, columns: Record<SheetKind, FormColumn[]>): string {
  return fingerprint(identity, fixedTable(rowsFor(all, identity.department), columns));
}

export function makeForm(
  plan: Plan, year: number, department: string | null, all: FormRows, config: AnnualConfig,
  options: { deadline?: string; addressee?: string } = {},
): FormSpec {
  const identity: FormIdentity = { planId: plan.id, year, department };
  const columns = allColumns(config, plan, year);
  const rows = rowsFor(all, department);
  const stage = stageOf(plan, year);
  const { wording } = config;
  const values: Record<string, string> = {
    plan: plan.title ?? plan.region.name ?? plan.id,
    region: plan.region.name ?? '',
    year: String(year),
    stage: wording.stages[stage],
    department: options.addressee ?? department ?? wording.allDepartments,
    deadline: options.deadline ?? wording.deadline,
  };
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
  const units = plan.tasks.flatMap((t) => [...t.lead, ...t.co]);
  return {
    plan, identity, stage, rows, columns, config,
    fingerprint: fingerprint(identity, fixedTable(rows, columns)),
    departmentList: [...new Set(units)],
    title: fill(wording.title),
    instructions: wording.instructions.map((i) => ({ heading: i.heading, text: fill(i.text) })),
  };
}
