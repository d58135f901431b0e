import { describe, expect, it } from 'vitest';
import { partFileStem, safeFileStem } from '../../src/render/file-names.js';
import { uniqueNames } from '../../src/render/unique-names.js';
import { sheetNames } from '../../src/render/xlsx-sheet-name.js';

describe('safeFileStem', () => {
  it('removes separators, parent references and control characters', () => {
    expect(safeFileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileStem('a/b\\c')).toBe('a-b-c');
    expect(safeFileStem('x\u0000y\u001fz')).toBe('xyz');
    expect(safeFileStem('..')).toBe('untitled');
    expect(safeFileStem('  ')).toBe('untitled');
    expect(safeFileStem('a..b')).toBe('a.b');
  });

  it('keeps CJK and caps the length', () => {
    expect(safeFileStem('自贡市残疾人规划')).toBe('自贡市残疾人规划');
    expect([...safeFileStem('长'.repeat(500))].length).toBe(80);
  });

  it('avoids names Windows reserves', () => {
    expect(safeFileStem('CON')).toBe('_CON');
  });

  it('never yields a path component', () => {
    for (const nasty of ['/', '\\', '..', '.', '../x', 'a/../b', ':', '\n']) {
      const stem = partFileStem(nasty, nasty);
      expect(stem).not.toMatch(/[/\\]|^\.\.?$|\.\./);
    }
  });
});

describe('unique names', () => {
  it('suffixes case-insensitive duplicates', () => {
    expect(uniqueNames(['a', 'A', 'a'])).toEqual(['a', 'A-2', 'a-3']);
  });

  it('makes valid, unique Excel sheet names', () => {
    const names = sheetNames(['x'.repeat(40), 'x'.repeat(40), 'a[1]:b', 'summary', 'History'], ['Summary']);
    expect(names[0]).toHaveLength(31);
    expect(names[1]).toHaveLength(31);
    expect(names[0]).not.toBe(names[1]);
    expect(names[2]).toBe('a 1 b');
    expect(names[3]?.toLowerCase()).not.toBe('summary');
    expect(names[4]).not.toBe('History');
  });
});
