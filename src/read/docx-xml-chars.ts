/** Characters and references of the XML subset the .docx tokenizer accepts. */
import { decline } from './docx-decline.js';

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entity and character references resolved; an unknown or unsafe one declines (xmldom errors on it). */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  if (raw.replace(ENTITY, '').includes('&')) decline('unknown entity');
  return raw.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) => {
    if (name) return NAMED[name]!;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    const allowed = code === 0x9 || code === 0xa || (code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff));
    return allowed ? String.fromCodePoint(code) : decline(`character reference ${code}`);
  });
}

// Name characters accepted here: ASCII letters, digits, "_", ".", "-", ":".
// Exported for loops that test it inline (a helper is not inlined in a parallel load).
export const NAME_CHAR = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-:') NAME_CHAR[c.charCodeAt(0)] = 1;
export const isNameChar = (c: number): boolean => c < 128 && NAME_CHAR[c] === 1;
export const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9;
