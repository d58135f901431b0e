/**
 * Wording for synthetic plans, harvested once from the seed documents: prose paragraphs and
 * "N.名称。说明" items. Place names of the seeds are replaced with a placeholder so the generator
 * can put in the synthetic region's own name. Structure (tables, boxes) is never copied from here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface TextPool {
  /** Prose paragraphs, each with `{PLACE}` where a seed named itself. */
  paragraphs: string[];
  /** Items: name (before the first 。) and the rest of the sentence. */
  items: { name: string; text: string }[];
}

export const PLACE = '{PLACE}';

const SEED_PLACES = /重庆市巴南区|巴南区|巴南|巫山县|巫山|自贡市|自贡|碑林区|碑林|乐山市|乐山|四川省|四川|重庆市|重庆|陕西省|陕西|西安市|西安/g;
// Lines that look like structure (tables, boxes, duty lines, headings) are not prose.
const STRUCTURE = /\t|专栏|责任单位|牵头单位|印发|通知|^#|^[（(]?[一二三四五六七八九十]+[）)、]|^第[一二三四五六七八九十]+[章节]/;
const ITEM = /^\s*\d{1,2}[.．、]\s*([^。\t]{4,30})。(.{10,})$/;

export function defaultSeedDir(): string {
  return fileURLToPath(new URL('../../seeds/', import.meta.url));
}

let cached: TextPool | null = null;

export function loadTextPool(seedDir = defaultSeedDir()): TextPool {
  if (cached) return cached;
  const paragraphs = new Set<string>();
  const items = new Map<string, string>();
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(`${seedDir}/${file}`, 'utf8');
    for (const rawLine of text.split(/\r?\n/)) {
      const line = rawLine.replace(/\*\*/g, '').trim().replace(SEED_PLACES, PLACE);
      if (line.length < 40 || STRUCTURE.test(line) || line.includes('\ufffd')) continue;
      const item = ITEM.exec(line);
      if (item) items.set(item[1]!, item[2]!);
      else if (!/^\d/.test(line)) paragraphs.add(line);
    }
  }
  cached = {
    paragraphs: [...paragraphs],
    items: [...items].map(([name, rest]) => ({ name, text: rest })),
  };
  return cached;
}
