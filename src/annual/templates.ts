/** `plan-diff template`: plans → one workbook (and its Markdown twin) per plan or per lead department. */
import type { Plan } from '../model/types.js';
import { safeFileStem } from '../render/file-names.js';
import { uniqueNames } from '../render/unique-names.js';
import { loadAnnualConfig, type AnnualConfig } from './config.js';
import { makeForm } from './form.js';
import { formMarkdown } from './markdown.js';
import { defaultYear, departmentCanon, formDepartments, planRows } from './rows.js';
import { formWorkbook } from './workbook.js';

export interface TemplateOptions {
  /** Report year; default: the latest year of each plan's period that has ended as of `now`. */
  year?: number;
  /** One workbook per lead department holding only the rows it leads. */
  byDepartment?: boolean;
  now: Date;
  /** Replaces the deadline sentence of wording.yaml. */
  deadline?: string;
  /** Template data; default: templates/annual/. */
  config?: AnnualConfig;
}

export interface TemplateFile {
  name: string;
  content: Buffer;
}

/** Canonical departments that get a form in `--by-department` mode: what `buildProgress` expects as `sent`. */
export function departmentsSent(plan: Plan): string[] {
  return formDepartments(planRows(plan));
}

export async function buildTemplates(plans: readonly Plan[], options: TemplateOptions): Promise<TemplateFile[]> {
  const config = options.config ?? loadAnnualConfig();
  const files: TemplateFile[] = [];
  const sorted = [...plans].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const plan of sorted) {
    const year = options.year ?? defaultYear(plan, options.now);
    const canon = departmentCanon(plan);
    const rows = planRows(plan, canon);
    const departments: (string | null)[] = options.byDepartment ? formDepartments(rows) : [null];
    if (departments.length === 0) departments.push(null);
    const base = `${safeFileStem(plan.id, 'plan')}-${year}`;
    const stems = uniqueNames(departments.map((d) => (d === null ? base : `${base}-${safeFileStem(d, 'department')}`)));
    for (const [index, department] of departments.entries()) {
      const spelled = department === null ? [] : [...new Set(plan.tasks.flatMap((t) => t.lead).filter((n) => canon(n) === department))];
      const addressee = spelled.length > 0 ? spelled.join('、') : department;
      const form = makeForm(plan, year, department, rows, config, {
        ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
        ...(addressee !== null ? { addressee } : {}),
      });
      const stem = stems[index]!;
      files.push({ name: `${stem}.xlsx`, content: await formWorkbook(form) });
      files.push({ name: `${stem}.md`, content: Buffer.from(formMarkdown(form), 'utf8') });
    }
  }
  return files;
}
