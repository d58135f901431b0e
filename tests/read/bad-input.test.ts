/**
 * One bad file in a run: a one-line error naming it, no throw, and the good files still load.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, PlanDocument } from '../../src/model/types.js';
import { loadPlans } from '../../src/pipeline/load.js';

const seedText = readFileSync(new URL('../../seeds/000_21f4ce37752d4b1d.txt', import.meta.url), 'utf8');

function garbage(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 42;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = (state >> 16) & 0xff;
  }
  return bytes;
}

const notFoundPage = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>
<div class="nav"><a href="/">首页</a></div>
<div class="error-box"><p>抱歉，您访问的页面不存在或已被删除。</p><p>请检查网址是否正确，或稍后再试。</p></div>
<footer>版权所有 某市人民政府</footer></body></html>`;

const bad: Record<string, Buffer> = {
  'garbage.txt': garbage(4096),
  'empty.docx': Buffer.alloc(0),
  'no-document.docx': Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
  'not-found.html': Buffer.from(notFoundPage),
  'scan.pdf': Buffer.from('%PDF-1.5\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
};

let dir = '';
let result: { documents: PlanDocument[]; diagnostics: Diagnostic[] };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plan-diff-bad-'));
  await writeFile(join(dir, 'a-good.txt'), seedText);
  await writeFile(join(dir, 'z-good.txt'), seedText);
  for (const [name, bytes] of Object.entries(bad)) await writeFile(join(dir, name), bytes);
  result = await loadPlans([dir, join(dir, 'missing.txt'), join(dir, 'scan.pdf')]);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bad input in a run', () => {
  it('still loads the good files, sorted, with unique ids', () => {
    expect(result.documents.map((d) => d.plan.source)).toEqual([join(dir, 'a-good.txt'), join(dir, 'z-good.txt')]);
    expect(new Set(result.documents.map((d) => d.plan.id)).size).toBe(2);
  });

  it('warns that a PDF met while walking the folder was skipped', () => {
    const warnings = result.diagnostics.filter((d) => d.file === join(dir, 'scan.pdf') && d.level === 'warning');
    expect(warnings.map((d) => d.code)).toEqual(['read/skipped']);
  });

  it.each([
    ['garbage.txt', 'read/binary', 'not a text document (binary data)'],
    ['empty.docx', 'read/empty', 'empty file (0 bytes)'],
    ['no-document.docx', 'read/unsupported-format', 'unsupported format (ZIP archive without word/document.xml); supported: .txt, .md, .html/.htm, .docx'],
    ['scan.pdf', 'read/unsupported-format', 'unsupported format (PDF); supported: .txt, .md, .html/.htm, .docx'],
    ['missing.txt', 'read/missing', 'cannot read (no such file or directory)'],
  ])('%s: one error naming the file', (name, code, detail) => {
    // scan.pdf is named explicitly (an error) and also met in the folder (a warning, see below).
    const errors = result.diagnostics.filter((d) => d.file === join(dir, name) && d.level === 'error');
    expect(errors).toEqual([expect.objectContaining({ code, message: `${join(dir, name)}: ${detail}` })]);
  });

  it('not-found.html: a page without a plan gives one error naming the file', () => {
    const errors = result.diagnostics.filter((d) => d.file === join(dir, 'not-found.html') && d.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('load/no-plan');
    expect(errors[0]!.message.startsWith(`${join(dir, 'not-found.html')}: `)).toBe(true);
  });

  it('keeps every message on one line', () => {
    for (const diagnostic of result.diagnostics) expect(diagnostic.message).not.toMatch(/\n/);
  });
});
