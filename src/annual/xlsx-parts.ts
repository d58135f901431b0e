/**
 * Reading a few cells of one sheet straight from the xlsx parts (SpreadsheetML), without
 * exceljs: the sheet list, the shared strings a sheet uses, and the cell values of its rows.
 * Enough for the small key/value sheets plan-diff writes; not a general reader.
 */
import { readZipEntry, zipEntries, type ZipEntry } from './zip-entries.js';

export interface SheetRef {
  name: string;
  state: string;
  /** Path of the sheet part inside the archive ("xl/worksheets/sheet6.xml"). */
  part: string;
}

const attributes = (tag: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]!] = decodeXml(m[2]!);
  return out;
};

export function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

/** Text of a shared-string item or inline string: its <t> runs, phonetic guides (<rPh>) left out. */
const runText = (xml: string): string =>
  decodeXml([...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join(''));

export class XlsxParts {
  private constructor(private readonly zip: Buffer, private readonly entries: Map<string, ZipEntry>, private readonly limit: number) {}

  /** Null when `zip` is not a zip archive. `limit`: most bytes any one part may inflate to. */
  static open(zip: Buffer, limit: number): XlsxParts | null {
    const entries = zipEntries(zip);
    return entries && new XlsxParts(zip, new Map(entries.map((e) => [e.name.replace(/^\//, ''), e])), limit);
  }

  part(path: string): string | null {
    const entry = this.entries.get(path);
    return entry ? readZipEntry(this.zip, entry, this.limit) : null;
  }

  /** The workbook's sheets in order, or null without a readable xl/workbook.xml. */
  sheets(): SheetRef[] | null {
    const workbook = this.part('xl/workbook.xml');
    if (workbook === null) return null;
    const targets = new Map<string, string>();
    for (const m of (this.part('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
      const a = attributes(m[0]);
      if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
    }
    return [...workbook.matchAll(/<sheet\b[^>]*>/g)].flatMap((m) => {
      const a = attributes(m[0]);
      const id = Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
      const part = id === undefined ? undefined : targets.get(id);
      return a.name === undefined || part === undefined ? [] : [{ name: a.name, state: a.state ?? 'visible', part }];
    });
  }

  /**
   * Cell values of the first `maxRows` rows of a sheet, by A1 address; strings and numbers
   * as the cell holds them. Null when the part is missing or unreadable.
   */
  cells(sheet: SheetRef, maxRows: number): Map<string, string | number> | null {
    const xml = this.part(sheet.part);
    if (xml === null) return null;
    const raw: { ref: string; type: string; body: string }[] = [];
    let rows = 0;
    for (const row of xml.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      if (++rows > maxRows) break;
      for (const c of (row[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const a = attributes(c[1]!);
        if (a.r) raw.push({ ref: a.r, type: a.t ?? 'n', body: c[2] ?? '' });
      }
    }
    const wanted = raw.filter((c) => c.type === 's').map((c) => Number(/<v>(\d+)<\/v>/.exec(c.body)?.[1] ?? -1));
    const shared = wanted.length > 0 ? this.sharedStrings(Math.max(...wanted)) : [];
    const out = new Map<string, string | number>();
    for (const c of raw) {
      const v = /<v>([^<]*)<\/v>/.exec(c.body)?.[1];
      const value = c.type === 's' ? shared[Number(v)] : c.type === 'inlineStr' ? runText(c.body) : v === undefined ? undefined : c.type === 'n' ? Number(v) : decodeXml(v);
      if (value !== undefined && value !== '') out.set(c.ref, value);
    }
    return out;
  }

  /** Shared strings 0…`last` (the table is read only as far as needed). */
  private sharedStrings(last: number): string[] {
    const xml = this.part('xl/sharedStrings.xml') ?? '';
    const out: string[] = [];
    for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) {
      out.push(runText(m[1] ?? ''));
      if (out.length > last) break;
    }
    return out;
  }
}
