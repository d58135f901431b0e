import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { wholeLines } from '../../src/read/byte-signals.js';
import { decodeIfCleanStart, readsCleanly } from '../../src/read/clean-legacy.js';

const paragraph = '全市残疾人基本康复服务覆盖率达到90%以上，困难残疾人生活补贴按每人每月不低于110元标准发放。\n';
const gb = (text: string): Buffer => iconv.encode(text, 'gb18030');

/** The check as first written: the sample decoded on its own, then the whole file. */
function separately(bytes: Buffer): string | null {
  if (!readsCleanly(iconv.decode(Buffer.from(wholeLines(bytes, 16 * 1024)), 'gb18030'))) return null;
  const text = iconv.decode(bytes, 'gb18030');
  return text.includes('\ufffd') ? null : text;
}

describe('decodeIfCleanStart', () => {
  it('decodes a long GB18030 file to the text iconv-lite gives for the whole', () => {
    const bytes = gb(paragraph.repeat(400));
    expect(bytes.length).toBeGreaterThan(16 * 1024);
    expect(decodeIfCleanStart(bytes, 'gb18030')).toBe(paragraph.repeat(400));
  });

  it.each([
    ['a lead byte before the line feed that ends the sample', [0x81]],
    ['a four-byte sequence cut by that line feed', [0x81, 0x30]],
    ['three bytes of a four-byte sequence', [0x81, 0x30, 0x81]],
    ['a lone 0x80 and 0xff', [0x80, 0xff]],
  ])('agrees with decoding the sample separately around %s', (_name, junk) => {
    for (let shift = 0; shift < 6; shift++) {
      const head = gb(`${'甲'.repeat(shift)}${paragraph.repeat(160)}`);
      // Junk placed at the end of the sample's last line, and again later in the file.
      const cut = head.lastIndexOf(0x0a, 16 * 1024);
      const bytes = Buffer.concat([head.subarray(0, cut), Buffer.from(junk), head.subarray(cut), Buffer.from(junk), gb(paragraph)]);
      expect(decodeIfCleanStart(bytes, 'gb18030')).toBe(separately(bytes));
      const clean = Buffer.concat([head, Buffer.from(junk), Buffer.from([0x0a]), gb(paragraph)]);
      expect(decodeIfCleanStart(clean, 'gb18030')).toBe(separately(clean));
    }
  });

  it('accepts a file whose only trouble comes after the sample only if the whole is clean', () => {
    const start = gb(paragraph.repeat(200));
    expect(decodeIfCleanStart(Buffer.concat([start, Buffer.from([0x81, 0x0a])]), 'gb18030')).toBeNull();
    expect(decodeIfCleanStart(Buffer.concat([start, gb('尾')]), 'gb18030')).toBe(`${paragraph.repeat(200)}尾`);
  });

  it('decodes a file without an early line feed on its own, as before', () => {
    const bytes = gb('残疾人'.repeat(4000));
    expect(decodeIfCleanStart(bytes, 'gb18030')).toBe(separately(bytes));
    expect(decodeIfCleanStart(gb(paragraph), 'gb18030')).toBe(paragraph);
  });

  it('counts control characters as controlShare does', () => {
    expect(readsCleanly(paragraph)).toBe(true);
    expect(readsCleanly(`${paragraph}\t\r\f`)).toBe(true);
    expect(readsCleanly(`${paragraph}\x0b`)).toBe(false);
    expect(readsCleanly(`${paragraph}\x85`)).toBe(false);
  });
});
