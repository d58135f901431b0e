import type { PageContent, PageElement, PageParent, PageRoot } from './html-tree.js';

/**
 * Finding the document inside a government web page (chrome already left out by parsePage):
 * walk down to the element that holds nearly all of the remaining Chinese text.
 */

// Elements that hold a page's parts; a <p> holding 90% of the text is still content, not a frame.
const CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'center', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

// Share of the text a child must hold for the walk to descend into it.
export const DESCEND_SHARE = 0.9;

// A cell with this much text is page layout, not a table row of the plan.
export const LAYOUT_CELL_CJK = 1000;

/**
 * Old government sites lay pages out with tables: a table with a table inside a cell, or with
 * a cell holding a whole article, is read as blocks rather than as rows.
 */
export function isLayoutTable(table: PageElement): boolean {
  const visit = (node: PageElement, depth: number): boolean => node.children.some((child) => {
    if (child.type !== 'element') return false;
    if (depth > 0 && child.tagName === 'table') return true;
    if (child.tagName === 'td' || child.tagName === 'th') {
      return child.cjk >= LAYOUT_CELL_CJK || visit(child, depth + 1);
    }
    return visit(child, child.tagName === 'table' ? depth + 1 : depth);
  });
  return visit(table, 0);
}

/** The innermost element holding ≥ 90% of the CJK text, or the root when text is spread out. */
export function mainContent(root: PageRoot): PageParent {
  let current: PageParent = root;
  let total = root.cjk;
  for (;;) {
    let next: PageElement | null = null;
    const children: readonly PageContent[] = current.children;
    for (const child of children) {
      if (child.type !== 'element' || !CONTAINERS.has(child.tagName)) continue;
      if (child.tagName === 'table' && !isLayoutTable(child)) continue;
      if (total > 0 && child.cjk >= total * DESCEND_SHARE) next = child;
    }
    if (!next) return current;
    current = next;
    total = next.cjk;
  }
}

/** <h1>/<h2> titles before the main container (gov pages put the title in a separate box). */
export function titlesBefore(root: PageRoot, content: PageParent): PageElement[] {
  if (content === root) return [];
  const titles: PageElement[] = [];
  let reached = false;
  const visit = (node: PageParent): void => {
    for (const child of node.children) {
      if (reached) return;
      if (child === content) { reached = true; return; }
      if (child.type !== 'element') continue;
      if (/^h[12]$/.test(child.tagName) && child.cjk > 0) titles.push(child);
      else visit(child);
    }
  };
  visit(root);
  return titles;
}
