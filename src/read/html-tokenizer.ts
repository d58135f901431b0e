import { Tokenizer, type TokenHandler, type TokenizerOptions } from 'parse5';

/**
 * parse5's tokenizer, taking a run of plain text in one step instead of one code point per
 * state call (each call reads the code point through the preprocessor, checks hibernation and
 * dispatches on the state: about a microsecond per character without inlining).
 *
 * After a text state has emitted a code point, the characters that follow it and would be
 * emitted the same way are consumed at once: the same character token, extended over the same
 * input slice, with the preprocessor where it would stand after reading them one by one. Taken
 * in bulk are only characters whose reading moves nothing but the position: no line break
 * (the line count), no surrogate (gaps), no '<', '&' or NUL (state changes, errors); a run
 * never switches between text and whitespace tokens. With a parse-error handler every
 * character is checked, so then nothing is taken in bulk.
 */

const SPACE = 0x20;
const TAB = 0x09;
const FORM_FEED = 0x0c;

/** A character that a text state emits as non-whitespace text, moving only the position. */
function isPlainText(code: number): boolean {
  return code > SPACE && code !== 0x3c && code !== 0x26 && (code < 0xd800 || code > 0xdfff);
}

/** Whitespace that a text state emits as whitespace text, moving only the position (not a line break). */
function isPlainSpace(code: number): boolean {
  return code === SPACE || code === TAB || code === FORM_FEED;
}

const QUOTATION_MARK = 0x22;
const APOSTROPHE = 0x27;

/** A character that a quoted attribute value appends as is, moving only the position. */
function isPlainValue(code: number, quote: number): boolean {
  return code !== quote && code !== 0x26 && code !== 0 && code !== 0x0a && code !== 0x0d && (code < 0xd800 || code > 0xdfff);
}

export class TextRunTokenizer extends Tokenizer {
  private readonly bulk: boolean;

  constructor(options: TokenizerOptions, handler: TokenHandler) {
    super(options, handler);
    this.bulk = !handler.onParseError;
  }

  protected override _stateData(cp: number): void {
    super._stateData(cp);
    this.takeRun(cp);
  }

  protected override _stateRcdata(cp: number): void {
    super._stateRcdata(cp);
    this.takeRun(cp);
  }

  protected override _stateRawtext(cp: number): void {
    super._stateRawtext(cp);
    this.takeRun(cp);
  }

  protected override _stateScriptData(cp: number): void {
    super._stateScriptData(cp);
    this.takeRun(cp);
  }

  protected override _stateAttributeValueDoubleQuoted(cp: number): void {
    super._stateAttributeValueDoubleQuoted(cp);
    if (this.bulk && cp >= 0 && isPlainValue(cp, QUOTATION_MARK)) this.takeValueRun(QUOTATION_MARK);
  }

  protected override _stateAttributeValueSingleQuoted(cp: number): void {
    super._stateAttributeValueSingleQuoted(cp);
    if (this.bulk && cp >= 0 && isPlainValue(cp, APOSTROPHE)) this.takeValueRun(APOSTROPHE);
  }

  /** After `cp` was appended to a value quoted with `quote`: appends the following characters that read as themselves. */
  private takeValueRun(quote: number): void {
    const preprocessor = this.preprocessor;
    const html = preprocessor.html;
    const start = preprocessor.pos + 1;
    let end = start;
    for (let code = 0; end < html.length; end++) {
      code = html.charCodeAt(end);
      if (code === quote || code === 0x26 || code === 0 || code === 0x0a || code === 0x0d || (code >= 0xd800 && code <= 0xdfff)) break;
    }
    this.skipTo(start, end);
  }

  /** After `cp` was emitted as text: consumes the following characters of its kind. */
  private takeRun(cp: number): void {
    if (!this.bulk) return;
    const space = isPlainSpace(cp);
    if (!space && !isPlainText(cp)) return;
    const preprocessor = this.preprocessor;
    const html = preprocessor.html;
    const start = preprocessor.pos + 1;
    let end = start;
    // The tests of isPlainSpace and isPlainText written out: helpers are not inlined in a parallel load.
    if (space) {
      for (let code = 0; end < html.length; end++) {
        code = html.charCodeAt(end);
        if (code !== SPACE && code !== TAB && code !== FORM_FEED) break;
      }
    } else {
      for (let code = 0; end < html.length; end++) {
        code = html.charCodeAt(end);
        if (code <= SPACE || code === 0x3c || code === 0x26 || (code >= 0xd800 && code <= 0xdfff)) break;
      }
    }
    this.skipTo(start, end);
  }

  /** Consumes [start, end) as if each character had been read by advance() and appended by _extendRun(). */
  private skipTo(start: number, end: number): void {
    if (end === start) return;
    this.preprocessor.pos = end - 1;
    this.runEnd = end;
    this.consumedAfterSnapshot += end - start;
  }
}
