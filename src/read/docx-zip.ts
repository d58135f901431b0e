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
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  // Directory right before its end record: no prepended data, no zip64, one disk.
  if (at + size !== end || view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count) decline('unusual zip directory');
  const names = new Set<string>();
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) decline('bad zip directory entry');
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    // Names are compared with ASCII part names only, so latin1 decoding cannot make a false match.
    const name = latin1(bytes, at + 46, nameLength);
    names.add(name);
    if (wanted.has(name)) files.set(name, entryData(view, bytes, at));
    at = next;
  }
  return { names, files };
}

function findEndOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    if (at + 22 + view.getUint16(at + 20, true) !== view.byteLength) decline('zip comment mismatch');
    return at;
  }
  return decline('no zip directory');
}

function entryData(view: DataView, bytes: Uint8Array, entry: number): Uint8Array {
  const flags = view.getUint16(entry + 8, true);
  const method = view.getUint16(entry + 10, true);
  const compressedSize = view.getUint32(entry + 20, true);
  const size = view.getUint32(entry + 24, true);
  const local = view.getUint32(entry + 42, true);
  if ((flags & 1) !== 0 || compressedSize === 0xffffffff || size === 0xffffffff) decline('encrypted or zip64 entry');
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) decline('bad local header');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + compressedSize > view.byteLength) decline('truncated entry');
  const data = bytes.subarray(start, start + compressedSize);
  if (method === 0 && compressedSize === size) return data;
  if (method !== 8) decline('unsupported compression');
  const inflated = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
  if (inflated.byteLength !== size) decline('entry size mismatch');
  return inflated;
}

function latin1(bytes: Uint8Array, start: number, length: number): string {
  let text = '';
  for (let i = start; i < start + length; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}
