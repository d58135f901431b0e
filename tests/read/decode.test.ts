import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode.js';

const seed = readFileSync(new URL('../../seeds/003_30aace08bb1585e7.txt', import.meta.url), 'utf8');
const sentence = '全市残疾人基本康复服务覆盖率达到90%以上，困难残疾人生活补贴按每人每月不低于110元标准发放。\n';

function withBom(bom: number[], body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(bom), body]);
}

/** Deterministic pseudo-random bytes (a linear congruential generator). */
function garbage(length: number, seed = 1, highOnly = false): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = highOnly ? 0x80 | ((state >> 16) & 0x7f) : (state >> 16) & 0xff;
  }
  return bytes;
}

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from(seed), 'UTF-8', 'utf-8'],
    ['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], Buffer.from(seed)), 'UTF-8', 'bom'],
    ['UTF-16LE with BOM', withBom([0xff, 0xfe], iconv.encode(seed, 'utf-16le')), 'UTF-16LE', 'bom'],
    ['UTF-16BE with BOM', withBom([0xfe, 0xff], iconv.encode(seed, 'utf-16be')), 'UTF-16BE', 'bom'],
    ['UTF-16LE without BOM', iconv.encode(seed, 'utf-16le'), 'UTF-16LE', 'detected'],
    ['UTF-16BE without BOM', iconv.encode(seed, 'utf-16be'), 'UTF-16BE', 'detected'],
    ['GBK', iconv.encode(seed, 'gbk'), 'GB18030', 'detected'],
    ['GB18030', iconv.encode(seed, 'gb18030'), 'GB18030', 'detected'],
  ])('reads %s back to the same text and says which encoding it used', (_name, bytes, encoding, method) => {
    const result = decodeBytes(bytes, 'plan.txt');
    expect(result.text).toBe(seed);
    expect(result.encoding).toBe(encoding);
    expect(result.diagnostics).toEqual([expect.objectContaining({
      level: 'info', code: 'read/encoding', file: 'plan.txt', args: { encoding, method },
    })]);
  });

  it('reads a short GBK sentence (few bytes for the detector) as GB18030', () => {
    expect(decodeBytes(iconv.encode(sentence, 'gbk'), 'short.txt').text).toBe(sentence);
  });

  it('reads traditional Chinese in Big5', () => {
    const traditional = '殘疾人基本康復服務覆蓋率達到百分之九十以上，無障礙環境建設持續推進。\n'.repeat(5);
    const result = decodeBytes(iconv.encode(traditional, 'big5'), 'tw.txt');
    expect(result.text).toBe(traditional);
    expect(result.encoding).toBe('Big5');
  });

  it('keeps CRLF and lone CR line breaks, so line numbers stay those of the file', () => {
    const text = '第一行\r\n第二行\r第三行\n第四行';
    expect(decodeBytes(iconv.encode(text, 'gbk'), 'crlf.txt').text).toBe(text);
    expect(decodeBytes(Buffer.from(text), 'crlf.txt').text).toBe(text);
  });

  it('uses the encoding an HTML page declares when it reads well', () => {
    const page = `<html><head><meta charset="gb2312"></head><body><p>${sentence}</p></body></html>`;
    const result = decodeBytes(iconv.encode(page, 'gb2312'), 'page.html', 'gb2312');
    expect(result.text).toBe(page);
    expect(result.diagnostics[0]?.args).toEqual({ encoding: 'GB2312', method: 'declared' });
  });

  it('reads mostly-UTF-8 text with a pasted GBK line line by line and warns with the line', () => {
    const lines = ['一、总体目标', '残疾人基本康复服务覆盖率达到85%。', '二、主要任务', '完善残疾人社会保障制度。'];
    const bytes = Buffer.concat([
      Buffer.from(`${lines[0]}\n${lines[1]}\n`), iconv.encode(`${lines[2]}\n`, 'gbk'), Buffer.from(lines[3]!),
    ]);
    const result = decodeBytes(bytes, 'mixed.txt');
    expect(result.text).toBe(lines.join('\n'));
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ level: 'warning', code: 'read/mixed-encoding', line: 3 }));
  });

  it.each([
    ['random bytes', garbage(20000, 7)],
    ['random high bytes (valid GB18030 pairs, no NULs)', garbage(20000, 11, true)],
    ['a run of NULs and control bytes', Buffer.from([0, 0, 1, 2, 3, 4, 0, 0, 5, 6, 7, 8, 0x1b, 0x10, 0, 0])],
  ])('refuses %s as binary with one error naming the file', (_name, bytes) => {
    const result = decodeBytes(bytes, 'garbage.txt');
    expect(result.text).toBeNull();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ level: 'error', code: 'read/binary', file: 'garbage.txt' });
    expect(result.diagnostics[0]!.message).toBe('garbage.txt: not a text document (binary data)');
  });

  it('after a UTF-8 BOM, strips one more BOM and replaces invalid bytes as iconv-lite does', () => {
    const doubled = withBom([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], Buffer.from(sentence));
    expect(decodeBytes(doubled, 'bom.txt').text).toBe(sentence);
    const broken = withBom([0xef, 0xbb, 0xbf], Buffer.concat([Buffer.from(sentence), Buffer.from([0xe6, 0xae, 0x0a, 0xff, 0xe6])]));
    expect(decodeBytes(broken, 'bom.txt').text).toBe(iconv.decode(broken, 'utf-8'));
    expect(decodeBytes(broken, 'bom.txt').text).toContain('\ufffd');
  });
});

describe('textScore', () => {
  it('weighs a surrogate pair as one character and a lone surrogate as itself', async () => {
    const { textScore } = await import('../../src/read/text-score.js');
    // a: Latin 0.5; 中: common hanzi 1; lone U+D800: rare 0.2; x: 0.5; 😀: rare 0.2; U+E000: private use -1.
    expect(textScore('a中\ud800x😀\ue000')).toBe((0.5 + 1 + 0.2 + 0.5 + 0.2 - 1) / 6);
    expect(textScore('\udc00\ud83d')).toBe((0.2 + 0.2) / 2);
    expect(textScore('')).toBe(0);
  });
});
