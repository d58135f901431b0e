/**
 * Display width of text in monospace / spreadsheet columns: East Asian wide and
 * full-width characters take two cells, everything else one. Used for aligned
 * Markdown tables and for xlsx column widths (exceljs has no auto-fit).
 */

// East Asian Width W/F blocks that occur in practice (Hangul, CJK, kana, full-width forms).
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}
