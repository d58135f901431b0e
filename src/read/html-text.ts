/**
 * Text measures shared by the HTML reader and the direct .docx reader, in a module of their own
 * so that reading a .docx does not load the HTML parser.
 */

const HTML_SPACE = /[ \t\r\n\f]/;
const LINE_BREAK = /[\r\n]/;
const WRAP_BETWEEN_HANZI = /([\u3000-\u9fff\uff00-\uffef])[ \t\f]*[\r\n][ \t\r\n\f]*(?=[\u3000-\u9fff\uff00-\uffef])/g;
const SPACE_RUN = /[ \t\r\n\f]+/g;

/** Collapse HTML whitespace; a line break between two hanzi is a source wrap, not a space. */
export function collapseWhitespace(text: string): string {
  // The replacements only act on HTML whitespace (the first only on a line break): most
  // paragraphs of Chinese text have none, and skip both.
  if (!HTML_SPACE.test(text)) return text.trim();
  const unwrapped = LINE_BREAK.test(text) ? text.replace(WRAP_BETWEEN_HANZI, '$1') : text;
  return unwrapped.replace(SPACE_RUN, ' ').trim();
}

/** Characters in U+3400–U+9FFF and U+F900–U+FAFF. */
export function cjkInText(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) count++;
  }
  return count;
}
