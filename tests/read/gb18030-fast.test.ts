import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeWellFormedGb18030 } from '../../src/read/gb18030-fast.js';

const viaIconv = (bytes: number[] | Buffer): string => iconv.decode(Buffer.from(bytes), 'gb18030');

describe('decodeWellFormedGb18030', () => {
  it('decodes every two-byte code as iconv-lite does, or declines', () => {
    let decoded = 0;
    for (let lead = 0x80; lead <= 0xff; lead++) {
      for (let trail = 0; trail <= 0xff; trail++) {
        const bytes = [0x41, lead, trail, 0x42];
        const fast = decodeWellFormedGb18030(Uint8Array.from(bytes));
        if (fast !== null) {
          decoded++;
          expect(fast, `${lead.toString(16)} ${trail.toString(16)}`).toBe(viaIconv(bytes));
        }
      }
    }
    // GBK's 21,886 codes plus GB18030's additions in the same two-byte space.
    expect(decoded).toBeGreaterThan(21000);
  });

  it('decodes four-byte codes as iconv-lite does, or declines, across the whole range', () => {
    let decoded = 0;
    for (let b0 = 0x81; b0 <= 0xfe; b0++) {
      for (const b1 of [0x30, 0x31, 0x35, 0x39]) {
        // Fewer new four-byte characters per text than the decoder asks iconv-lite about.
        for (const b2 of [0x81, 0x82, 0x99, 0xa4, 0xd2, 0xfe]) {
          const bytes: number[] = [];
          for (let b3 = 0x30; b3 <= 0x39; b3++) bytes.push(0xb2, 0xd0, b0, b1, b2, b3, 0x0a);
          const fast = decodeWellFormedGb18030(Uint8Array.from(bytes));
          if (fast === null) continue;
          decoded++;
          expect(fast, [b0, b1, b2].map((b) => b.toString(16)).join(' ')).toBe(viaIconv(bytes));
        }
      }
    }
    expect(decoded).toBeGreaterThan(1000);
  });

  it('hands a text with many different four-byte characters to iconv-lite', () => {
    const bytes: number[] = [];
    for (let b3 = 0x30; b3 <= 0x39; b3++) for (let b2 = 0x81; b2 <= 0x8f; b2++) bytes.push(0x95, 0x33, b2, b3);
    expect(decodeWellFormedGb18030(Uint8Array.from(bytes))).toBeNull();
    expect(decodeWellFormedGb18030(Uint8Array.from(bytes.slice(0, 40)))).toBe(viaIconv(bytes.slice(0, 40)));
  });

  it('declines what iconv-lite reads with replacement characters: lone or cut sequences', () => {
    for (const bytes of [[0x80], [0xff], [0x81], [0x81, 0x30], [0x81, 0x30, 0x81], [0x81, 0x0a], [0x81, 0x30, 0x0a, 0x30], [0xa1, 0x7f]]) {
      expect(decodeWellFormedGb18030(Uint8Array.from([0x41, ...bytes]))).toBeNull();
    }
  });

  it('reads ASCII, hanzi and a supplementary character in one text', () => {
    const text = 'Plan 2021：残疾人康复服务覆盖率≥85%，𠀀€\r\n';
    const bytes = iconv.encode(text, 'gb18030');
    expect(decodeWellFormedGb18030(bytes)).toBe(viaIconv(bytes));
    expect(decodeWellFormedGb18030(bytes)).toBe(text);
    expect(decodeWellFormedGb18030(new Uint8Array())).toBe('');
  });

  it('agrees with iconv-lite on random bytes whenever it does not decline', () => {
    let state = 7;
    const random = (): number => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return state >>> 24; };
    let decoded = 0;
    for (let round = 0; round < 3000; round++) {
      const bytes = Array.from({ length: 1 + (random() % 12) }, () => (random() < 128 ? 0x81 + (random() % 126) : random()));
      const fast = decodeWellFormedGb18030(Uint8Array.from(bytes));
      if (fast === null) continue;
      decoded++;
      expect(fast).toBe(viaIconv(bytes));
    }
    expect(decoded).toBeGreaterThan(100);
  });
});
