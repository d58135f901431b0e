import iconv from 'iconv-lite';

/**
 * Characters that make up almost all running Chinese text: GB2312 level 1 (3,755 simplified
 * hanzi) and Big5's frequent range (5,401 traditional hanzi). Text decoded with the wrong
 * encoding is full of valid but rare characters, so the share of these separates a right
 * decoding from mojibake. Built once from the decoders' own tables, so no data file is needed.
 */
let commonHanzi: Set<number> | null = null;

/** Decodes every lead/trail pair in one call (one call per pair takes half a second). */
function addDecoded(set: Set<number>, encoding: string, pairs: number[]): void {
  for (const char of iconv.decode(Buffer.from(pairs), encoding)) {
    const code = char.codePointAt(0);
    if (code !== undefined && code >= 0x3400 && code !== 0xfffd) set.add(code);
  }
}

export function commonHanziSet(): Set<number> {
  if (commonHanzi) return commonHanzi;
  const set = new Set<number>();
  const gb: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) gb.push(lead, trail);
  }
  addDecoded(set, 'gb18030', gb);
  const big5: number[] = [];
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail <= 0x7e || trail >= 0xa1) big5.push(lead, trail);
    }
  }
  addDecoded(set, 'big5', big5);
  commonHanzi = set;
  return set;
}
