/**
 * Full plans (规划) laid out like seeds 000 (Markdown, tab tables, caption before),
 * 001 (plain text, 第X章, caption after, task table split across pages with repeated headers)
 * and 004 (one cell per line with blank lines between cells).
 */
import type { Block, LaidOut } from './blocks.js';
import { chineseNumeral, indicatorTable, itemBlocks, itemMarker, taskTable } from './layout-parts.js';
import type { Rng } from './prng.js';
import type { SynthPlan } from './synthetic-plan.js';

export type PlanLayoutName = 'markdown-tabbed' | 'plain-tabbed' | 'cell-per-line';

interface Heading {
  (level: number, n: number, title: string): Block;
}

function headingStyle(rng: Rng, layout: PlanLayoutName): Heading {
  const markdown = layout === 'markdown-tabbed';
  const chapters = layout !== 'markdown-tabbed' && rng.chance(0.7);
  return (level, n, title) => {
    const numbering = chapters
      ? `第${chineseNumeral(n)}${level === 1 ? '章' : '节'}${rng.pick([' ', '  '])}`
      : level === 1 ? `${chineseNumeral(n)}、` : `（${chineseNumeral(n)}）`;
    // Seed 000 uses heading depth loosely: the same level shows up as ## or ### or ####.
    const depth = markdown ? Math.min(6, level + 1 + (rng.chance(0.3) ? 1 : 0)) : level;
    return { kind: 'heading', level: depth, text: `${numbering}${title}`, markdown };
  };
}

function coverLetter(plan: SynthPlan): Block[] {
  const { year, month, day } = plan.issuedOn;
  return [
    { kind: 'para', text: plan.docNumber },
    { kind: 'para', text: `${plan.region.name}人民政府` },
    { kind: 'para', text: `关于印发《${plan.title}》的通知` },
    { kind: 'para', text: '各有关单位：' },
    { kind: 'para', text: `《${plan.title}》已经研究同意，现印发给你们，请认真组织实施。` },
    { kind: 'para', text: `${plan.region.name}人民政府` },
    { kind: 'para', text: `${year}年${month}月${day}日` },
  ];
}

export function layoutPlan(rng: Rng, plan: SynthPlan, layout: PlanLayoutName): LaidOut {
  const heading = headingStyle(rng, layout);
  const marker = itemMarker(rng);
  const tableStyle = layout === 'cell-per-line' ? 'cell-per-line' : 'tabbed';
  const boxLabel = (n: number): string => `专栏${rng.pick(['', ' '])}${n}${rng.pick([' ', '  '])}`;
  const boxHeading = (text: string): Block => layout === 'markdown-tabbed'
    ? { kind: 'heading', level: rng.int(2, 4), text, markdown: true }
    : { kind: 'para', text };
  const out: Block[] = [];
  if (rng.chance(0.7)) out.push(...coverLetter(plan), { kind: 'page-break' });
  out.push({ kind: 'heading', level: 1, text: plan.title, markdown: layout === 'markdown-tabbed' });
  out.push(...plan.preamble.map((text): Block => ({ kind: 'para', text })));
  out.push(heading(1, 1, '规划背景'), { kind: 'para', text: plan.sections[0]!.paragraphs[0]! });
  out.push(heading(1, 2, '总体要求'), heading(2, 1, '主要目标'));
  out.push(indicatorTable(`${boxLabel(1)}“十四五”残疾人保障和发展主要指标`, plan.indicators, {
    numberInName: layout === 'markdown-tabbed' && rng.chance(0.7),
    baseline: rng.chance(layout === 'markdown-tabbed' ? 0.8 : 0.3),
    captionAfter: layout === 'plain-tabbed' && rng.chance(0.6),
    style: tableStyle,
  }));
  out.push(heading(1, 3, '重点任务'));
  plan.sections.forEach((section, s) => {
    out.push(heading(2, s + 1, section.title));
    out.push(...section.paragraphs.map((text): Block => ({ kind: 'para', text })));
    out.push(...itemBlocks(rng, section.measures, marker));
    for (const b of section.boxes) {
      const box = plan.boxes[b]!;
      out.push(boxHeading(`${boxLabel(box.no)}${box.title}`));
      for (const group of box.groups) {
        if (group.title !== null) out.push(boxHeading(group.title));
        out.push(...itemBlocks(rng, group.items, marker, layout === 'cell-per-line' && rng.chance(0.1) ? '  ' : ''));
      }
    }
  });
  out.push(heading(1, 4, '保障措施'), { kind: 'para', text: plan.preamble[1]! });
  if (layout === 'markdown-tabbed') {
    const lastBox = 1 + plan.boxes.length;
    out.push(taskTable(rng, `专栏 ${lastBox + 1} 重点任务分工表`, plan.tasks, { columns: 3, style: tableStyle, repeatHeader: false }));
    // Seed 000 leaves "lead before the comma" unsaid; seed 003 states it. Do both.
    const stated = rng.chance(0.6);
    if (stated) out.push({ kind: 'para', text: '注：责任单位中逗号前为牵头单位，逗号后为配合单位。' });
    return { blocks: out, dutyConvention: stated ? 'stated' : 'unstated' };
  } else {
    out.push({ kind: 'para', text: '附件：重点任务分工' }, { kind: 'page-break' }, { kind: 'para', text: '附件' });
    out.push(taskTable(rng, '重点任务分工', plan.tasks, { columns: 4, style: tableStyle, repeatHeader: tableStyle === 'tabbed' }));
  }
  return { blocks: out, dutyConvention: 'columns' };
}
