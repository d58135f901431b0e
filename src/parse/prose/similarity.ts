/**
 * "Is this the same measure?" for the consistency checks: Dice similarity of character bigrams
 * after stripping the words every measure name shares (残疾人, 覆盖率, 城乡居民…). Deliberately
 * simple and documented; the indicator catalogue in src/normalize/ may replace it.
 */
import { dice } from '../../text/bigrams.js';
import { measureKey } from '../../text/measure-key.js';

export { measureKey };

/** Similarity of two measure names after stripping shared words; 1 for identical keys. */
export function measureSimilarity(a: string, b: string): number {
  const [ka, kb] = [measureKey(a), measureKey(b)];
  if (ka === '' || kb === '') return 0;
  return dice(ka, kb);
}
