import type { Format, RenderedFile, RenderInput } from './report.js';
import { safeFileStem } from './file-names.js';

export interface RenderOptions {
  /** File name without extension ("comparison"); CSV appends "-<table>". */
  baseName: string;
  /** Date stamped into containers that need one (xlsx); fixed by default for reproducible bytes. */
  now?: Date;
}

export type Renderer = (input: RenderInput, options: RenderOptions) => Promise<RenderedFile[]>;

/**
 * One renderer per format. Each loads its module on first use, so a command that only
 * prints JSON never pays for exceljs or unified.
 */
export const renderers: Record<Format, Renderer> = {
  md: async (input, options) => (await import('./markdown.js')).renderMarkdown(input, options),
  csv: async (input, options) => (await import('./csv.js')).renderCsv(input, options),
  json: async (input, options) => (await import('./json.js')).renderJson(input, options),
  xlsx: async (input, options) => (await import('./xlsx.js')).renderXlsx(input, options),
};

/** Renders one input in several formats, in the order given, with a sanitised base name. */
export async function renderAll(input: RenderInput, formats: readonly Format[], options: RenderOptions): Promise<RenderedFile[]> {
  const safe: RenderOptions = { ...options, baseName: safeFileStem(options.baseName) };
  const files: RenderedFile[] = [];
  for (const format of formats) files.push(...(await renderers[format](input, safe)));
  return files;
}
