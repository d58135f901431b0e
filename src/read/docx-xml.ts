/**
 * The tokenizer as mammoth's XML reader presents a part: mc:AlternateContent replaced by the
 * children of its first mc:Fallback. Plus the reading helpers the .docx readers share.
 */
import { decline } from './docx-decline.js';
import { CLOSE, OPEN, XmlTokenizer, type Token } from './docx-xml-tokenizer.js';

export { Decline, decline } from './docx-decline.js';
export { CLOSE, OPEN, TEXT, type Token } from './docx-xml-tokenizer.js';

export class XmlScanner extends XmlTokenizer {
  /** Depths of the mc:Fallback elements whose children are being read in place. */
  private readonly fallbacks: number[] = [];

  /**
   * The next token, with mc:AlternateContent replaced by the children of its first mc:Fallback,
   * as mammoth's XML reader does for every part before reading it.
   */
  next(): Token {
    for (;;) {
      const token = this.token();
      const fallback = this.fallbacks[this.fallbacks.length - 1];
      if (token === CLOSE && fallback !== undefined && this.stack.length === fallback - 1) {
        this.fallbacks.pop();
        this.skipToEndOfAlternateContent();
        continue;
      }
      if (token !== OPEN || this.name !== 'mc:AlternateContent') return token;
      // mammoth leaves alternate content nested in a fallback uncollapsed; not modelled.
      if (fallback !== undefined) decline('nested alternate content');
      for (let t = this.token(); t !== CLOSE; t = this.token()) {
        if (t !== OPEN) continue;
        if (this.isNamed('mc:Fallback')) {
          this.fallbacks.push(this.stack.length);
          break;
        }
        this.skipTokens();
      }
    }
  }

  private isNamed(name: string): boolean {
    return this.name === name;
  }

  private skipToEndOfAlternateContent(): void {
    for (let t = this.token(); t !== CLOSE; t = this.token()) if (t === OPEN) this.skipTokens();
  }

  private skipTokens(): void {
    for (let depth = 1; depth > 0;) {
      const t = this.token();
      depth += t === OPEN ? 1 : t === CLOSE ? -1 : 0;
    }
  }

  /** Consumes the rest of the element just opened, still checking that it is well formed. */
  skip(): void {
    for (let depth = 1; depth > 0;) {
      const token = this.next();
      if (token === OPEN) depth++;
      else if (token === CLOSE) depth--;
    }
  }

  /** The element just opened must hold only text (mammoth's `element.text()` throws otherwise). */
  textContent(): string {
    let text = '';
    for (let token = this.next(); token !== CLOSE; token = this.next()) {
      if (token === OPEN) decline('element inside a text element');
      text += this.text;
    }
    return text;
  }
}
