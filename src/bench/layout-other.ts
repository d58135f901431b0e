/**
 * The two layouts without tables: an implementation plan with inline 责任单位 lines (seed 003)
 * and a Markdown draft of prose and bold numbered measures (seed 002).
 */
import type { Block, LaidOut } from './blocks.js';
import { chineseNumeral, dutyText, itemMarker } from './layout-parts.js';
import type { Rng } from './prng.js';
import type { SynthPlan } from './synthetic-plan.js';

export function implementationTitle(plan: SynthPlan): string {
  return `${plan.region.name}惠残助残行动计划实施方案`;
}

/** Tasks are numbered across sections; each is followed by its 责任单位 line (lead units before the comma). */
export function layoutImplementationPlan(rng: Rng, plan: SynthPlan): LaidOut {
  const marker = itemMarker(rng);
  const colon = rng.pick(['：', ':']);
  const out: Block[] = [
    { kind: 'para', text: implementationTitle(plan) },
    { kind: 'para', text: '（2023—2025年）' },
    ...plan.preamble.map((text): Block => ({ kind: 'para', text })),
    { kind: 'para', text: '一、总体目标' }, { kind: 'para', text: plan.sections[0]!.paragraphs[0]! },
    { kind: 'para', text: '二、主要措施' },
  ];
  const perSection = Math.ceil(plan.tasks.length / plan.sections.length);
  const stated = rng.chance(0.6);
  plan.tasks.forEach((task, i) => {
    if (i % perSection === 0) {
      const s = i / perSection;
      out.push({ kind: 'para', text: `（${chineseNumeral(s + 1)}）实施${plan.sections[s]!.title}行动。` });
    }
    const note = i === 0 && stated ? '（逗号前为牵头单位，下同）' : '';
    out.push({ kind: 'para', text: `${marker(task.no)}${task.text}` });
    out.push({ kind: 'para', text: `责任单位${colon}${dutyText(task)}${note}` });
  });
  out.push({ kind: 'para', text: '三、保障措施' }, { kind: 'para', text: plan.preamble[1]! });
  return { blocks: out, dutyConvention: stated ? 'stated' : 'unstated' };
}

export function layoutProseDraft(rng: Rng, plan: SynthPlan): Block[] {
  const h = (level: number, text: string): Block => ({ kind: 'heading', level, text, markdown: true });
  const out: Block[] = [
    h(1, `关于${plan.title} 征求意见建议的通知`),
    { kind: 'para', text: '各相关单位：' },
    { kind: 'para', text: `${plan.region.name}残疾人工作委员会办公室` },
    h(1, plan.title), h(2, '(征求意见稿)'),
    ...plan.preamble.map((text): Block => ({ kind: 'para', text })),
  ];
  plan.sections.forEach((section, s) => {
    out.push(h(rng.int(2, 4), `（${chineseNumeral(s + 1)}）${section.title}`));
    out.push(...section.paragraphs.map((text): Block => ({ kind: 'para', text })));
    section.measures.forEach((m, i) => out.push({ kind: 'para', text: `**${i + 1}. ${m.name}。**${m.text}` }));
  });
  return out;
}
