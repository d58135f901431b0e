/**
 * Files pasted together from parts in different encodings (UTF-8 and GB18030) are decoded line
 * by line; files in one encoding, including GB18030 lines that happen to be valid UTF-8, are not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => [f, readFileSync(new URL(f, seedDir), 'utf8')] as const);

/** The first `cut` lines of `text` in one encoding, the rest in the other. */
function halves(text: string, cut: number, first: string, second: string): Buffer {
  const lines = text.split('\n');
  return Buffer.concat([iconv.encode(`${lines.slice(0, cut).join('\n')}\n`, first), iconv.encode(lines.slice(cut).join('\n'), second)]);
}

/** 1-based number of the first line from `from` (0-based) that is not ASCII only. */
function firstNonAscii(text: string, from: number): number {
  const lines = text.split('\n');
  let i = from;
  while (!/[^\x00-\x7f]/.test(lines[i]!)) i++;
  return i + 1;
}

describe('decodeBytes on mixed encodings', () => {
  it.each(seeds)('%s: UTF-8 then GB18030, half and half, reads back exactly and warns where it switches', (_f, text) => {
    const half = text.split('\n').length >> 1;
    const result = decodeBytes(halves(text, half, 'utf-8', 'gb18030'), 'half.txt');
    expect(result.text).toBe(text);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({
      level: 'warning', code: 'read/mixed-encoding', line: firstNonAscii(text, half),
      message: expect.stringContaining('mixed encodings'),
    }));
  });

  it.each(seeds)('%s: GB18030 then UTF-8, half and half, reads back exactly and warns where it switches', (_f, text) => {
    const half = text.split('\n').length >> 1;
    const result = decodeBytes(halves(text, half, 'gb18030', 'utf-8'), 'half.txt');
    expect(result.text).toBe(text);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({
      level: 'warning', code: 'read/mixed-encoding', line: firstNonAscii(text, half),
    }));
  });

  it('a GB18030 file with CR line breaks and a UTF-8 part: lines counted as the text counts them', () => {
    const lines = ['一、总体目标', '残疾人基本康复服务覆盖率达到85%。', '二、主要任务', '完善残疾人社会保障制度。', '三、保障措施', '加强组织领导。'];
    const bytes = Buffer.concat([iconv.encode(`${lines.slice(0, 3).join('\r')}\r`, 'gb18030'), Buffer.from(lines.slice(3).join('\r\n'))]);
    const result = decodeBytes(bytes, 'cr.txt');
    expect(result.text).toBe(`${lines.slice(0, 3).join('\r')}\r${lines.slice(3).join('\r\n')}`);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'read/mixed-encoding', line: 4 }));
  });

  it.each(seeds)('%s in GB18030, GBK, UTF-16 and UTF-8 reads back unchanged, without a mixed-encoding warning', (_f, text) => {
    for (const encoding of ['gb18030', 'gbk', 'utf-16le', 'utf-16be', 'utf-8']) {
      const bytes = iconv.encode(text, encoding);
      // GBK lacks a few characters (• in seed 004 becomes "?"); the others represent every one.
      const original = encoding === 'gbk' ? iconv.decode(bytes, 'gbk') : text;
      expect(iconv.decode(bytes, encoding), encoding).toBe(original);
      const result = decodeBytes(bytes, 'plan.txt');
      expect(result.text, encoding).toBe(original);
      expect(result.diagnostics.map((d) => d.code), encoding).toEqual(['read/encoding']);
    }
  });

  it('a GB18030 file whose short lines happen to be valid UTF-8 stays GB18030', () => {
    // Each of these lines in GBK is also valid UTF-8 (一为 = d2bb ceaa → "һΪ"), which reads as rare letters.
    const lookalikes = ['一为', '为学', '一十', '一时', '为要', '一同', '为说', '一之'];
    expect(lookalikes.every((l) => new TextDecoder('utf-8', { fatal: false }).decode(iconv.encode(l, 'gbk')) !== l)).toBe(true);
    const lines = seeds[3]![1].split('\n');
    const text = lines.flatMap((line, i) => (i % 4 === 0 ? [line, lookalikes[(i / 4) % lookalikes.length]!] : [line])).join('\n');
    const result = decodeBytes(iconv.encode(text, 'gb18030'), 'gb.txt');
    expect(result.text).toBe(text);
    expect(result.encoding).toBe('GB18030');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['read/encoding']);
  });
});
