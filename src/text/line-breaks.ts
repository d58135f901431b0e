/** Splitting text into lines at CRLF, CR or LF, as every reader and the parser do. */

const BREAK = /\r\n|\r|\n/;

/** The lines of `text`; the same as `text.split(/\r\n|\r|\n/)`, without the regex when there is no CR. */
export function splitLineBreaks(text: string): string[] {
  return text.includes('\r') ? text.split(BREAK) : text.split('\n');
}
