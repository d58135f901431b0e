/**
 * MinHash signatures of character-shingle sets and LSH banding: sentences whose shingle sets are
 * similar land in a shared bucket with high probability, so candidate pairs are found in time
 * linear in the number of sentences instead of comparing every pair.
 */

/** Character k-grams of a normalised string; strings shorter than k yield themselves. */
export function shingles(text: string, size: number): Set<string> {
  const chars = [...text];
  const set = new Set<string>();
  if (chars.length === 0) return set;
  if (chars.length < size) return set.add(text);
  for (let i = 0; i + size <= chars.length; i++) set.add(chars.slice(i, i + size).join(''));
  return set;
}

/**
 * The same set as `shingles`, as sorted distinct 32-bit hashes: a twentieth of the memory of a
 * Set of strings, and Jaccard becomes a merge of two sorted arrays. Equal to the string set's
 * similarity unless two shingles of the pair collide in 32 bits.
 */
export function shingleHashes(text: string, size: number): Uint32Array {
  const chars = [...text];
  if (chars.length === 0) return new Uint32Array(0);
  if (chars.length < size) return Uint32Array.of(fnv1a(text));
  const out = new Uint32Array(chars.length - size + 1);
  for (let i = 0; i + size <= chars.length; i++) {
    let gram = chars[i]!;
    for (let j = 1; j < size; j++) gram += chars[i + j]!;
    out[i] = fnv1a(gram);
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/** Jaccard similarity of two sorted distinct hash arrays (from `shingleHashes`). */
export function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) { shared++; i++; j++; } else if (x < y) i++; else j++;
  }
  return shared / (a.length + b.length - shared);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash of a shingle. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: mixes a seeded value into a well-spread 32-bit hash. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Fixed seeds, so signatures (and every result built on them) are the same on every run.
function seeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = mix(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15));
  return out;
}

export interface LshParams {
  bands: number;
  rows: number;
}

/**
 * MinHash signature: per seeded hash function, the minimum over the set. The k functions are
 * h_i(x) = fmix(h(x) xor seed_i) over the shingles' base hashes h(x) (from `shingleHashes`).
 */
export function signature(bases: Uint32Array, hashSeeds: Uint32Array): Uint32Array {
  const n = bases.length;
  const sig = new Uint32Array(hashSeeds.length);
  for (let i = 0; i < hashSeeds.length; i++) {
    const seed = hashSeeds[i];
    let min = 0xffffffff;
    for (let j = 0; j < n; j++) {
      const h = mix(bases[j] ^ seed);
      if (h < min) min = h;
    }
    sig[i] = min;
  }
  return sig;
}

/**
 * Groups items whose signatures agree on all rows of at least one band. With 32 bands of 4 rows
 * a pair at Jaccard 0.6 collides with probability ≈ 0.99, a pair at 0.3 with ≈ 0.23.
 */
export function lshBuckets(sets: readonly Uint32Array[], params: LshParams): number[][] {
  const hashSeeds = seeds(params.bands * params.rows);
  // One table per band, keyed by a hash of the band's rows: a collision only adds a candidate
  // pair, which the caller verifies exactly anyway.
  const tables = Array.from({ length: params.bands }, () => new Map<number, number[]>());
  sets.forEach((set, id) => {
    if (set.length === 0) return;
    const sig = signature(set, hashSeeds);
    for (let band = 0; band < params.bands; band++) {
      let key = band;
      for (let r = band * params.rows; r < (band + 1) * params.rows; r++) key = mix(key ^ sig[r]);
      const table = tables[band];
      const bucket = table.get(key);
      if (bucket) bucket.push(id);
      else table.set(key, [id]);
    }
  });
  return tables.flatMap((table) => [...table.values()].filter((b) => b.length > 1));
}
