/**
 * The part of a measure name that tells measures apart. Nearly every measure of a disability plan
 * says 残疾人 and …率, so two names can share most of their bigrams and still measure different
 * things (托养照护服务覆盖率 vs 基本康复服务覆盖率); the key strips the words they all share.
 */

// Longest first: 覆盖率 is stripped before 率 so "服务率" and "服务覆盖率" both become "服务".
const COMMON_WORDS = [
  '残疾人', '城乡居民', '符合条件的', '有需求的', '有需求', '覆盖率', '落实率', '比例', '残疾',
  '阶段', '适龄', '全市', '全区', '全县', '持证', '率', '的',
];
const NOISE = /[\s\p{P}\p{S}\d]/gu;
const NOISE_CHARACTER = /^[\s\p{P}\p{S}\d]$/u;
const UNIT_SUFFIX = /[（(][^）)]*[）)]\s*$/;

// By code unit: bit k set when COMMON_WORDS[k] opens with it. Stripping a word only removes
// characters, so a word whose first character the name lacks never needs looking for.
const OPENS_WORDS = new Uint32Array(0x10000);
if (COMMON_WORDS.length > 32) throw new Error('measure-key: OPENS_WORDS holds one bit per common word, 32 at most');
COMMON_WORDS.forEach((word, k) => (OPENS_WORDS[word.charCodeAt(0)]! |= 1 << k));

// By code unit: 0 not known yet, 1 kept, 2 NOISE. Filled as characters are met.
const NOISE_OF = new Uint8Array(0x10000);

/** Whether `key` holds a character NOISE removes (surrogates are left to the pattern itself). */
function holdsNoise(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
    let known = NOISE_OF[c] as number;
    if (known === 0) NOISE_OF[c] = known = NOISE_CHARACTER.test(String.fromCharCode(c)) ? 2 : 1;
    if (known === 2) return true;
  }
  return false;
}

/** Whether UNIT_SUFFIX can match: the name ends, before any white space, in a closing bracket. */
function endsInBracket(name: string): boolean {
  const trimmed = name.trimEnd();
  if (trimmed === '') return false;
  const c = trimmed.charCodeAt(trimmed.length - 1);
  return c === 0xff09 || c === 0x29;
}

/** `text.split(word).join('')`, without the array; `text` itself when the word is not in it. */
function without(text: string, word: string): string {
  let at = text.indexOf(word);
  if (at < 0) return text;
  let kept = '';
  let from = 0;
  while (at >= 0) {
    kept += text.slice(from, at);
    from = at + word.length;
    at = text.indexOf(word, from);
  }
  return kept + text.slice(from);
}

/** "残疾人基本康复服务覆盖率(%)" → "基本康复服务". */
export function measureKey(name: string): string {
  let key = endsInBracket(name) ? name.replace(UNIT_SUFFIX, '') : name;
  let words = 0;
  for (let i = 0; i < key.length; i++) words |= OPENS_WORDS[key.charCodeAt(i)] as number;
  for (let k = 0; words !== 0; k++, words >>>= 1) if (words & 1) key = without(key, COMMON_WORDS[k] as string);
  return holdsNoise(key) ? key.replace(NOISE, '') : key;
}
