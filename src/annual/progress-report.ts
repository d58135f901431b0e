/** Progress → format-neutral Report (the annual progress report, in Chinese): behind-schedule first. */
import type { CellMark, Report, ReportCell, ReportSection } from '../render/report.js';
import { loadAnnualConfig, type AnnualConfig } from './config.js';
import type { IndicatorStatus } from './evaluate.js';
import { problemMessage, type Problem } from './problems.js';
import { ITEM_STATUSES, type DepartmentProgress, type ItemProgress, type ItemStatus, type Progress } from './progress.js';

const INDICATOR_ORDER: readonly IndicatorStatus[] = ['behind', 'not-met', 'conflict', 'missing', 'manual', 'on-track', 'met'];
const INDICATOR_LABEL: Record<IndicatorStatus, string> = {
  behind: '滞后', 'not-met': '未达标', conflict: '填报冲突', missing: '未填报', manual: '需人工判断', 'on-track': '进度正常', met: '已达标',
};
const INDICATOR_MARK: Partial<Record<IndicatorStatus, CellMark>> = { behind: 'behind', 'not-met': 'behind', conflict: 'problem', missing: 'missing', manual: 'uncertain', met: 'met' };
const ITEM_MARK: Partial<Record<ItemStatus, CellMark>> = { behind: 'behind', 'not-started': 'behind', conflict: 'problem', missing: 'missing', done: 'met' };

const pct = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 10);
const cell = (value: string | number | null, extra: Omit<ReportCell, 'value'> = {}): ReportCell => ({ value, ...extra });
const joined = (xs: string[]): string | null => (xs.length > 0 ? xs.join('\n') : null);
/** One reporter field of a department, from each form it returned (a second form's value on its own line). */
const reporterValues = (d: DepartmentProgress, label: string): string | null =>
  joined(d.reporters.flatMap((fields) => fields.filter((f) => f.label === label && f.value !== null).map((f) => f.value!)));

function itemLabels(config: AnnualConfig): Record<ItemStatus, string> {
  const labels = { missing: '未填报', conflict: '填报冲突' } as Record<ItemStatus, string>;
  for (const s of config.wording.statuses) labels[s.code] = s.value;
  return labels;
}

const counted = <K extends string>(order: readonly K[], label: Record<K, string>, count: (k: K) => number): string =>
  order.filter((k) => count(k) > 0).map((k) => `${label[k]} ${count(k)} 项`).join('，');

function itemSection(title: string, numberHeader: string, items: ItemProgress[], labels: Record<ItemStatus, string>): ReportSection {
  const sorted = items.map((t, i) => ({ t, i })).sort((a, b) => ITEM_STATUSES.indexOf(a.t.status) - ITEM_STATUSES.indexOf(b.t.status) || a.i - b.i);
  return {
    title,
    paragraphs: [`共 ${items.length} 项：${counted(ITEM_STATUSES, labels, (s) => items.filter((t) => t.status === s).length) || '无'}。`],
    table: {
      name: title,
      columns: [{ header: numberHeader, kind: 'number' }, { header: '内容' }, { header: '牵头单位' }, { header: '状态' }, { header: '完成进度', kind: 'percent' }, { header: '完成情况' }, { header: '存在问题' }],
      rows: sorted.map(({ t }) => {
        const mark = ITEM_MARK[t.status];
        return [cell(t.no, { note: `line ${t.line}` }), cell(t.text), cell(t.responsible.join('、')), cell(labels[t.status], mark ? { mark } : {}), cell(t.progress), cell(joined(t.done)), cell(joined(t.problems))];
      }),
      keyColumns: 2,
    },
  };
}

/** `problems`: those readReturns found (the merge problems are already in `progress`). */
export function progressReport(progress: Progress, problems: readonly Problem[] = [], options: { config?: AnnualConfig } = {}): Report {
  const config = options.config ?? loadAnnualConfig();
  const labels = itemLabels(config);
  const reporterLabels = config.wording.reporterFields.map((f) => f.label);
  const { reporting } = progress;
  const allProblems = [...problems, ...progress.problems];
  // Earlier years' values (final evaluation), only for years some form reported.
  const years = [...new Set(progress.indicators.flatMap((x) => Object.keys(x.earlier).filter((y) => x.earlier[y] !== null)))].sort();
  const ind = progress.indicators.map((x, i) => ({ x, i })).sort((a, b) => INDICATOR_ORDER.indexOf(a.x.status) - INDICATOR_ORDER.indexOf(b.x.status) || a.i - b.i);
  const summary = [
    `报送情况：应报 ${reporting.sent} 个部门，已报 ${reporting.returned} 个，报送率 ${reporting.rate === null ? '—' : `${pct(reporting.rate)}%`}。` +
      (progress.notReturned.length > 0 ? `未报送：${progress.notReturned.join('、')}。` : ''),
    `主要指标 ${progress.indicators.length} 项：${counted(INDICATOR_ORDER, INDICATOR_LABEL, (s) => progress.indicators.filter((x) => x.status === s).length) || '无'}。`,
    `重点任务 ${progress.tasks.length} 项：${counted(ITEM_STATUSES, labels, (s) => progress.taskCounts[s]) || '无'}。`,
    ...(allProblems.length > 0 ? [`填报问题 ${allProblems.length} 条，见“填报问题”。`] : []),
  ];
  const sections: ReportSection[] = [
    {
      title: '主要指标',
      paragraphs: ['滞后和未达标的指标列在前面。进度 = (实际值 − 基期值) / (目标值 − 基期值)；应达进度为截至本年度规划期已过的比例。'],
      table: {
        name: '主要指标',
        columns: [
          { header: '序号', kind: 'number' }, { header: '指标' }, { header: '单位' }, { header: '基期值' }, { header: '目标值' }, { header: '实际值', kind: 'number' },
          { header: '进度', kind: 'percent' }, { header: '应达进度', kind: 'percent' }, { header: '评估' }, { header: '部门自评' }, { header: '责任单位' }, { header: '情况说明' },
          ...years.map((y) => ({ header: `${y}年实际值`, kind: 'number' as const })),
        ],
        rows: ind.map(({ x }) => {
          const mark = INDICATOR_MARK[x.status];
          return [
            cell(x.no, { note: `line ${x.line}` }), cell(x.name), cell(x.unit), cell(x.baseline?.text ?? null), cell(x.targetText), cell(x.actual),
            cell(pct(x.progress)), cell(pct(x.expected)), cell(INDICATOR_LABEL[x.status], mark ? { mark } : {}),
            cell(x.reported === null ? null : labels[x.reported]), cell(x.responsible.join('、')), cell(joined(x.explanation)),
            ...years.map((y) => cell(x.earlier[y] ?? null)),
          ];
        }),
        keyColumns: 2,
      },
    },
    itemSection('重点任务', '序号', progress.tasks, labels),
    ...(progress.projects.length > 0 ? [itemSection('重点项目', '专栏', progress.projects, labels)] : []),
    {
      title: '部门报送情况',
      paragraphs: progress.notReturned.length > 0 ? [`未报送的部门：${progress.notReturned.join('、')}。`] : ['所有应报部门均已报送。'],
      table: {
        name: '部门报送情况',
        columns: [
          { header: '部门' }, { header: '已发送' }, { header: '已报送' }, ...reporterLabels.map((header) => ({ header })),
          ...ITEM_STATUSES.map((s) => ({ header: `任务${labels[s]}`, kind: 'number' as const })), { header: '文件' },
        ],
        rows: progress.departments.map((d) => [
          cell(d.department), cell(d.sent ? '是' : '否'), cell(d.returned ? '是' : '否', d.sent && !d.returned ? { mark: 'missing' } : {}),
          ...reporterLabels.map((label) => cell(reporterValues(d, label))),
          ...ITEM_STATUSES.map((s) => cell(d.tasks[s])), cell(d.files.join('\n') || null),
        ]),
      },
    },
  ];
  if (allProblems.length > 0) {
    sections.push({
      title: '填报问题',
      paragraphs: ['以下单元格未能采用，请核实后重新报送。'],
      table: {
        name: '填报问题',
        columns: [{ header: '文件' }, { header: '位置' }, { header: '问题' }],
        rows: allProblems.map((p) => [cell(p.file), cell(p.sheet === null ? null : `${p.sheet}${p.cell ? `!${p.cell}` : ''}`), cell(problemMessage(p), { mark: 'problem' })]),
      },
    });
  }
  const stage = config.wording.stages[progress.stage];
  return { title: `${progress.title ?? progress.region ?? progress.planId} ${progress.year}年度实施情况${stage}报告`, summary, sections };
}
