import type { RenderedFile, RenderInput } from './report.js';
import type { RenderOptions } from './registry.js';

/**
 * Object keys sorted by code point at every depth, so the bytes depend only on the
 * data and not on the order in which some stage happened to build its objects.
 * Array order is kept: stages sort their rows on purpose.
 */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) sorted[key] = sortKeysDeep(child);
    }
    return sorted;
  }
  return value;
}

export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
}

export function renderJson(input: RenderInput, options: RenderOptions): RenderedFile[] {
  return [{ name: `${options.baseName}.json`, content: stableJson(input.data) }];
}
