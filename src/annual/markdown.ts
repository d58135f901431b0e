/** FormSpec → Markdown: the same form for those who do not use Excel. */
import type { FormSpec } from './form.js';
import { fixedCell, SHEET_KINDS } from './rows.js';

const escapeCell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

function table(headers: string[], rows: string[][]): string[] {
  return [
    `| ${headers.map(escapeCell).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(escapeCell).join(' | ')} |`),
  ];
}

export function formMarkdown(spec: FormSpec): string {
  const { wording, layout } = spec.config;
  const { planId, year, department } = spec.identity;
  const out: string[] = [
    `<!-- plan-diff form: plan=${planId} year=${year} department=${department ?? ''} fingerprint=${spec.fingerprint} -->`,
    '',
    `# ${spec.title}`,
    '',
    `## ${layout.sheets.instructions}`,
    '',
    ...spec.instructions.flatMap((i) => [`**${i.heading}**：${i.text}`, '']),
    `**${wording.statusHeading}**`,
    '',
    ...wording.statuses.map((s) => `- **${s.value}**：${s.definition}`),
    '',
    ...wording.reporterFields.map((f) => `- ${f.label}：`),
  ];
  for (const kind of SHEET_KINDS) {
    const columns = spec.columns[kind];
    const rows = spec.rows[kind].map((row) =>
      columns.map((c) => {
        const v = c.input === null ? fixedCell(kind, c.key, row) : null;
        return v === null ? '' : String(v);
      }),
    );
    out.push('', `## ${layout.sheets[kind]}`, '', ...table(columns.map((c) => c.header), rows));
  }
  return `${out.join('\n')}\n`;
}
