/**
 * Inline tasks of implementation plans: a numbered paragraph followed by a line
 * "责任单位：A、B，C…" (or 牵头单位：… / 责任部门：…), or a paragraph that ends with
 * "（牵头单位：A；责任单位：B）". The task is the paragraph; its line is the paragraph's first line.
 */
import type { Diagnostic, Task } from '../model/types.js';
import { codeTable, isWhiteSpace, trimmedEnd } from './chars.js';
import { parseDiagnostic } from './diagnostic.js';
import type { Line } from './lines.js';
import { isHeading, numberedItem } from './shapes.js';
import { LABEL, readUnitLabels, type Units } from './unit-labels.js';
import { splitMarkedLeads, type LeadConvention } from './unit-lists.js';
import type { LineNumbers } from './tables.js';

const LABEL_LINE = new RegExp(`^[（(]?${LABEL}\\s*[:：]`);
// The characters a LABEL_LINE can open with, by code: a cheap test before it, on every line.
const OPENS_LABEL = codeTable('（(牵责主配协参');
const isLabelLine = (text: string): boolean => text.length > 0 && OPENS_LABEL[text.charCodeAt(0)] === 1 && LABEL_LINE.test(text);
const LABEL_SUFFIX = new RegExp(`[（(]\\s*${LABEL}\\s*[:：](?:[^（）()]|[（(][^（）()]*[)）])+[)）]\\s*[。.]?\\s*$`);
// A closing bracket without labels that marks its lead: "（县人社局牵头，县残联、县财政局配合）".
const BRACKET_SUFFIX = /[（(](?:[^（）()]|[（(][^（）()]*[)）])+[)）]\s*[。.]?\s*$/;

function suffixOf(text: string): string | undefined {
  return endsInBracket(text) ? bracketSuffix(text) : undefined;
}

/** suffixOf a text known to end in a bracket. */
function bracketSuffix(text: string): string | undefined {
  return LABEL_SUFFIX.exec(text)?.[0] ?? markedSuffix(text);
}

// Both suffix patterns end in `[)）]\s*[。.]?\s*$`: a cheap test first (by code, no trimmed copies).
function endsInBracket(text: string): boolean {
  // Never read past the text (chars.ts says why).
  let end = text.length;
  if (end === 0) return false;
  let c = text.charCodeAt(end - 1);
  // Most lines end in a Han character, or in 。 after one: settled without a call.
  if (c >= 0x4e00 && c <= 0x9fff) return false;
  if (isWhiteSpace(c)) {
    end = trimmedEnd(text, end - 1);
    if (end === 0) return false;
    c = text.charCodeAt(end - 1);
  }
  if (c === 0x3002 || c === 0x2e) { // 。 or .
    if (end < 2) return false;
    c = text.charCodeAt(end - 2);
    if (c >= 0x4e00 && c <= 0x9fff) return false;
    end = trimmedEnd(text, end - 1);
    if (end === 0) return false;
    c = text.charCodeAt(end - 1);
  }
  return c === 0x29 || c === 0xff09; // ) or ）
}

function markedSuffix(text: string): string | undefined {
  const found = BRACKET_SUFFIX.exec(text)?.[0];
  if (found === undefined || !/牵头/.test(found)) return undefined;
  const body = found.replace(/^[（(]/, '').replace(/[)）]\s*[。.]?\s*$/, '');
  const marked = splitMarkedLeads(body);
  // Only a list of unit names: a sentence in brackets that mentions 牵头 is not one.
  const units = marked ? [...marked.lead, ...marked.co] : [];
  return units.length > 0 && units.every((u) => u.length <= 24 && !/[。：:]/.test(u)) ? found : undefined;
}

/**
 * The paragraph a label belongs to: back to its numbered first line, never past a heading, a
 * table or another task. Without a numbered line, only the paragraph right above is the task.
 */
function paragraphBefore(lines: readonly Line[], index: number, tableLines: LineNumbers): Line[] {
  const found: Line[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i] as Line;
    if (line.text === '') continue;
    if (tableLines.has(line.no) || isHeading(line) || isLabelLine(line.text) || suffixOf(line.text) !== undefined) break;
    found.unshift(line);
    if (numberedItem(line.text) !== null) return found;
  }
  return found.slice(-1);
}

function taskFrom(paragraph: readonly Line[], suffix: string, units: Units): Task | null {
  const first = paragraph[0];
  if (first === undefined) return null;
  const joined = paragraph.map((l) => l.text).join('').replace(suffix, '').trim();
  const item = numberedItem(joined);
  return { no: item?.no ?? null, text: item ? item.rest : joined, lead: units.lead, co: units.co, source: { line: first.no } };
}

/** Lines of the task whose units close `line` with a "（责任单位：…）" suffix. */
function paragraphEndingAt(lines: readonly Line[], index: number, tableLines: LineNumbers): Line[] {
  const line = lines[index] as Line;
  if (numberedItem(line.text) !== null) return [line];
  const above = paragraphBefore(lines, index, tableLines);
  return above[0] && numberedItem(above[0].text) !== null ? [...above, line] : [line];
}

function previousNonBlank(lines: readonly Line[], index: number): number {
  let i = index - 1;
  while (i >= 0 && (lines[i] as Line).text === '') i--;
  return i;
}

export function parseInlineTasks(
  lines: readonly Line[],
  tableLines: LineNumbers,
  file: string,
  conventionOf: () => LeadConvention | null,
): { tasks: Task[]; diagnostics: Diagnostic[] } {
  const tasks: Task[] = [];
  const diagnostics: Diagnostic[] = [];
  let reportedUnresolved = false;
  // The label line that made the last task: "牵头单位：A" and "责任单位：B" on the lines right
  // after each other name the units of one task.
  let lastLabel: { index: number; task: Task } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = line.text;
    // A blank line holds no units (and is not read past its end: see endsInBracket).
    if (text.length === 0) continue;
    // Both tests by code first, inline: they run on every line.
    const labelLine = OPENS_LABEL[text.charCodeAt(0)] === 1 && LABEL_LINE.test(text);
    const suffix = labelLine ? null : endsInBracket(text) ? bracketSuffix(text) : undefined;
    if ((!labelLine && suffix === undefined) || tableLines.has(line.no)) continue;
    const units = readUnitLabels(suffix ?? line.text, conventionOf());
    if (suffix === null && lastLabel !== null && previousNonBlank(lines, i) === lastLabel.index) {
      lastLabel.task.lead.push(...units.lead);
      lastLabel.task.co.push(...units.co);
      lastLabel.index = i;
      continue;
    }
    const paragraph = suffix ? paragraphEndingAt(lines, i, tableLines) : paragraphBefore(lines, i, tableLines);
    const task = taskFrom(paragraph, suffix ?? '', units);
    if (task === null || task.text === '') {
      diagnostics.push(parseDiagnostic('warning', file, line.no, 'parse/task-without-text',
        'A responsible-unit line follows no task paragraph.', { text: line.text }));
      continue;
    }
    if (units.unresolved && !reportedUnresolved) {
      reportedUnresolved = true;
      diagnostics.push(parseDiagnostic('info', file, line.no, 'parse/task-lead-convention-missing',
        'Responsible units are listed without a stated lead; all are listed as co-responsible.'));
    }
    tasks.push(task);
    lastLabel = suffix === null ? { index: i, task } : null;
  }
  return { tasks, diagnostics };
}
