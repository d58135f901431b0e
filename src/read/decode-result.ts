import type { Diagnostic } from '../model/types.js';
import { readDiagnostic } from './diagnostic.js';

/** What decoding produced, and the diagnostics that say how (or why nothing was produced). */

export interface DecodeResult {
  /** Decoded text (BOM removed, line breaks untouched), or null for binary data. */
  text: string | null;
  /** Encoding used ("UTF-8", "GB18030", "UTF-16LE" …), or null when nothing fitted. */
  encoding: string | null;
  diagnostics: Diagnostic[];
}

export type Method = 'bom' | 'utf-8' | 'declared' | 'detected';

export function decoded(text: string, encoding: string, method: Method, file: string): DecodeResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const info = readDiagnostic('info', file, 'read/encoding', `decoded as ${encoding} (${method})`, { encoding, method });
  return { text: clean, encoding, diagnostics: [info] };
}

export function binary(file: string, reason: string): DecodeResult {
  const error = readDiagnostic('error', file, 'read/binary', 'not a text document (binary data)', { reason });
  return { text: null, encoding: null, diagnostics: [error] };
}

const DISPLAY: Record<string, string> = {
  'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030',
  gbk: 'GBK', gb2312: 'GB2312', big5: 'Big5', 'shift_jis': 'Shift_JIS', 'euc-jp': 'EUC-JP', 'euc-kr': 'EUC-KR',
};

export function displayName(name: string): string {
  return DISPLAY[name] ?? name;
}
