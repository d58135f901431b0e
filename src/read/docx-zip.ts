/**
 * The few zip entries a .docx reading needs, inflated by Node's zlib. Only plain archives are
 * read (no zip64, encryption, prepended data or spanning); anything else declines, and the
 * mammoth path opens the file with its own zip reader.
 */
import { inflateRawSync } from 'node:zlib';
import { decline } from './docx-xml.js';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export interface ZipEntries {
  /** Every entry name in the central directory. */
  names: Set<string>;
  /** Contents of the wanted entries that exist. */
  files: Map<string, Uint8Array>;
}

export function readZipEntries(bytes: Uint8Array, wanted: ReadonlySet<string>): ZipEntries {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new Set<string>();
  const files = new Map<string, Uint8Array>();
  for (const { at, name } of directoryEntries(view, bytes)) {
    names.add(name);
    // JSZip opens every entry's local header when it loads the package: damage anywhere fails mammoth.
    const data = entryData(view, bytes, at);
    if (wanted.has(name)) files.set(name, inflated(data, view, at));
  }
  return { names, files };
}

/** Central directory entries: offset and name of each, checked as far as walking them needs. */
export function* directoryEntries(view: DataView, bytes: Uint8Array): Generator<{ at: number; name: string }> {
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  // Directory right before its end record: no prepended data, no zip64, one disk.
  if (at + size !== end || view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count) decline('unusual zip directory');
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) decline('bad zip directory entry');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > end) decline('bad zip directory entry');
    yield { at, name: entryName(view, bytes, at, nameLength, extraLength) };
    at = next;
  }
}

function findEndOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    if (at + 22 + view.getUint16(at + 20, true) !== view.byteLength) decline('zip comment mismatch');
    return at;
  }
  return decline('no zip directory');
}

/** The entry's stored bytes, checked as JSZip checks every entry on loading (else declined). */
export function entryData(view: DataView, bytes: Uint8Array, entry: number): Uint8Array {
  const flags = view.getUint16(entry + 8, true);
  const method = view.getUint16(entry + 10, true);
  const compressedSize = view.getUint32(entry + 20, true);
  const size = view.getUint32(entry + 24, true);
  const local = view.getUint32(entry + 42, true);
  if ((flags & 1) !== 0 || compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) decline('encrypted or zip64 entry');
  if (method !== 0 && method !== 8) decline('unsupported compression');
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) decline('bad local header');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + compressedSize > view.byteLength) decline('truncated entry');
  return bytes.subarray(start, start + compressedSize);
}

/** A wanted entry's contents. */
function inflated(data: Uint8Array, view: DataView, entry: number): Uint8Array {
  const method = view.getUint16(entry + 10, true);
  const size = view.getUint32(entry + 24, true);
  if (method === 0 && data.byteLength === size) return data;
  if (method !== 8) decline('stored entry size mismatch');
  const out = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
  if (out.byteLength !== size) decline('entry size mismatch');
  return out;
}

/**
 * The entry's name as JSZip (mammoth's zip reader) gives it: UTF-8 decoded (Buffer's decoder,
 * which JSZip uses under Node), then "." and ".." segments and empty inner segments resolved
 * ("word/./styles.xml" is word/styles.xml to mammoth). An Info-ZIP Unicode path field, which
 * JSZip may read instead of the name, is not modelled: declined.
 */
function entryName(view: DataView, bytes: Uint8Array, entry: number, nameLength: number, extraLength: number): string {
  const start = entry + 46;
  let ascii = true;
  for (let i = start; i < start + nameLength; i++) if (bytes[i]! >= 0x80) ascii = false;
  const raw = ascii ? latin1(bytes, start, nameLength) : Buffer.from(bytes.buffer, bytes.byteOffset + start, nameLength).toString('utf8');
  if ((view.getUint16(entry + 8, true) & 0x0800) === 0) {
    const extraEnd = start + nameLength + extraLength;
    for (let at = start + nameLength; at + 4 < extraEnd; at += 4 + view.getUint16(at + 2, true)) {
      if (view.getUint16(at, true) === 0x7075) decline('unicode path field');
    }
  }
  return raw.startsWith('.') || raw.includes('/.') || raw.includes('//') ? resolvePath(raw) : raw;
}

/** JSZip's utils.resolve. */
function resolvePath(path: string): string {
  const parts = path.split('/');
  const result: string[] = [];
  parts.forEach((part, index) => {
    if (part === '.' || (part === '' && index !== 0 && index !== parts.length - 1)) return;
    if (part === '..') result.pop();
    else result.push(part);
  });
  return result.join('/');
}

function latin1(bytes: Uint8Array, start: number, length: number): string {
  let text = '';
  for (let i = start; i < start + length; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}
