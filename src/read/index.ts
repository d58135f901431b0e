import type { Diagnostic, InputFormat, SourceText } from '../model/types.js';
import { decodeBytes } from './decode.js';
import { declaredHtmlCharset, detectByteFormat, detectTextFormat, SUPPORTED_LIST } from './detect-format.js';
import { readDiagnostic } from './diagnostic.js';
import { expandPaths, readFileBytes } from './files.js';

export { MAX_FILE_BYTES } from './files.js';
export { SUPPORTED_LIST } from './detect-format.js';

export interface ReadResult {
  text: SourceText | null;
  diagnostics: Diagnostic[];
}

function sourceText(source: string, format: InputFormat, encoding: string | null, text: string,
  lineMap: readonly number[] | null): SourceText {
  return { source, format, encoding, text, lineMap };
}

/**
 * Bytes → `SourceText`: format from content (then extension), encoding detected, HTML/DOCX/
 * Markdown flattened to lines with a map back to the original lines. Touches no file system;
 * async only because the .docx converter is. Never throws: problems become diagnostics.
 */
export async function readDocument(path: string, bytes: Uint8Array): Promise<ReadResult> {
  try {
    return await readBytes(path, bytes);
  } catch (error) {
    const reason = failureReason(error);
    return { text: null, diagnostics: [readDiagnostic('error', path, 'read/failed', `could not be read (${reason})`, { reason })] };
  }
}

/** Why reading failed, in the user's terms: a stack overflow is structure nested too deeply to walk. */
function failureReason(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'its elements are nested too deeply';
  return error instanceof Error ? error.message : String(error);
}

async function readBytes(path: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength === 0) {
    return { text: null, diagnostics: [readDiagnostic('error', path, 'read/empty', 'empty file (0 bytes)')] };
  }
  const byteFormat = detectByteFormat(path, bytes);
  if (byteFormat.kind === 'unsupported') {
    const message = `unsupported format (${byteFormat.name}); supported: ${SUPPORTED_LIST}`;
    return { text: null, diagnostics: [readDiagnostic('error', path, 'read/unsupported-format', message, { format: byteFormat.name })] };
  }
  if (byteFormat.kind === 'docx') {
    // Converters load on first use: a plain-text run never pays for mammoth, parse5 or remark.
    const { docxToText } = await import('./docx.js');
    const docx = await docxToText(path, bytes);
    if (docx.text === null) return { text: null, diagnostics: docx.diagnostics };
    if (!hasHanzi(docx.text)) return noText(path, 'document');
    return { text: sourceText(path, 'docx', null, docx.text, null), diagnostics: docx.diagnostics };
  }

  const decoded = decodeBytes(bytes, path, declaredHtmlCharset(bytes));
  if (decoded.text === null) return { text: null, diagnostics: decoded.diagnostics };
  const diagnostics = [...decoded.diagnostics];
  const format = detectTextFormat(path, decoded.text);
  if (format === 'html') {
    const { htmlToLines } = await import('./html.js');
    const page = htmlToLines(decoded.text);
    if (page.textLength === 0) return noText(path, 'page', diagnostics);
    return { text: sourceText(path, 'html', decoded.encoding, page.lines.join('\n'), page.lineMap), diagnostics };
  }
  if (format === 'markdown') {
    const { markdownToLines } = await import('./markdown.js');
    const markdown = await markdownToLines(decoded.text);
    if (markdown.tooDeep) {
      diagnostics.push(readDiagnostic('warning', path, 'read/markdown-too-deep',
        `${markdown.tooDeep.reason}; the Markdown tables were left as written`, {}, markdown.tooDeep.line));
    }
    return { text: sourceText(path, 'markdown', decoded.encoding, markdown.lines.join('\n'), markdown.lineMap), diagnostics };
  }
  return { text: sourceText(path, 'text', decoded.encoding, decoded.text, null), diagnostics };
}

const hasHanzi = (text: string): boolean => /[\u3400-\u9fff]/.test(text);

function noText(path: string, what: string, earlier: Diagnostic[] = []): ReadResult {
  return { text: null, diagnostics: [...earlier, readDiagnostic('error', path, 'read/no-text', `no Chinese text found in the ${what}`)] };
}

/**
 * The I/O: expands folders (sorted, recursive, supported extensions only), reads each file and
 * hands it to `readDocument`. A missing or unreadable file becomes a diagnostic; the rest go on.
 */
export async function readDocuments(paths: readonly string[]): Promise<{ texts: SourceText[]; diagnostics: Diagnostic[] }> {
  const expanded = await expandPaths(paths);
  const texts: SourceText[] = [];
  const diagnostics = [...expanded.diagnostics];
  for (const file of expanded.files) {
    const read = await readFileBytes(file);
    if (read.bytes === null) {
      diagnostics.push(...read.diagnostics);
      continue;
    }
    const result = await readDocument(file, read.bytes);
    diagnostics.push(...result.diagnostics);
    if (result.text) texts.push(result.text);
  }
  return { texts, diagnostics };
}
