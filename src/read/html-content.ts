import type { Element, Nodes, Root, RootContent } from 'hast';

/**
 * Finding the document inside a government web page: drop navigation chrome, then walk
 * down to the element that holds nearly all of the remaining Chinese text.
 */

const ALWAYS_DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'nav', 'form', 'button', 'select',
  'textarea', 'svg', 'canvas', 'object', 'embed', 'head',
]);
const CHROME_TAGS = new Set(['header', 'footer', 'aside']);
const CHROME_NAME = /(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|breadcrumbs?|crumbs?|share|sharing|sidebar|side|banner|toolbar|topbar|pagination|pager|copyright|search|login|related|ad|ads|print|position|location|wza|skip)(?:$|[\s_-])/i;

// Elements that hold a page's parts; a <p> holding 90% of the text is still content, not a frame.
const CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'center', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

// Share of the text a child must hold for the walk to descend into it.
const DESCEND_SHARE = 0.9;

// Counts per node, filled on first use: the content search asks again for every level it descends.
const counted = new WeakMap<Nodes, number>();

/** CJK characters in the text under a node. Trees are not changed once built, so counts are kept. */
export function cjkCount(node: Nodes): number {
  if (node.type === 'text') return cjkInText(node.value);
  if (node.type !== 'element' && node.type !== 'root') return 0;
  const known = counted.get(node);
  if (known !== undefined) return known;
  let count = 0;
  for (const child of node.children) count += cjkCount(child);
  counted.set(node, count);
  return count;
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

function attributeText(element: Element): string {
  const { className, id } = element.properties;
  const classes = Array.isArray(className) ? className.join(' ') : String(className ?? '');
  return `${classes} ${String(id ?? '')}`;
}

function containsTitle(element: Element): boolean {
  return element.children.some((child) =>
    child.type === 'element' && (/^h[12]$/.test(child.tagName) || containsTitle(child)));
}

function isChrome(element: Element): boolean {
  if (ALWAYS_DROPPED.has(element.tagName)) return true;
  if (element.properties.hidden !== undefined && element.properties.hidden !== false) return true;
  const chromeTag = CHROME_TAGS.has(element.tagName);
  const chromeName = CHROME_NAME.test(attributeText(element));
  // A header that holds the page's <h1>/<h2> carries the plan's title; keep it.
  return (chromeTag || chromeName) && !containsTitle(element);
}

/** A copy of the tree without chrome elements and comments. */
export function withoutChrome<T extends Root | Element>(node: T): T {
  const children: RootContent[] = [];
  for (const child of node.children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type === 'element') {
      if (!isChrome(child)) children.push(withoutChrome(child));
    } else children.push(child);
  }
  return { ...node, children } as T;
}

// A cell with this much text is page layout, not a table row of the plan.
const LAYOUT_CELL_CJK = 1000;

/**
 * Old government sites lay pages out with tables: a table with a table inside a cell, or with
 * a cell holding a whole article, is read as blocks rather than as rows.
 */
export function isLayoutTable(table: Element): boolean {
  const visit = (node: Element, depth: number): boolean => node.children.some((child) => {
    if (child.type !== 'element') return false;
    if (depth > 0 && child.tagName === 'table') return true;
    if (child.tagName === 'td' || child.tagName === 'th') {
      return cjkCount(child) >= LAYOUT_CELL_CJK || visit(child, depth + 1);
    }
    return visit(child, child.tagName === 'table' ? depth + 1 : depth);
  });
  return visit(table, 0);
}

/** The innermost element holding ≥ 90% of the CJK text, or the root when text is spread out. */
export function mainContent(root: Root): Root | Element {
  let current: Root | Element = root;
  let total = cjkCount(root);
  for (;;) {
    let next: Element | null = null;
    const children: readonly RootContent[] = current.children;
    for (const child of children) {
      if (child.type !== 'element' || !CONTAINERS.has(child.tagName)) continue;
      if (child.tagName === 'table' && !isLayoutTable(child)) continue;
      const count = cjkCount(child);
      if (total > 0 && count >= total * DESCEND_SHARE) next = child;
    }
    if (!next) return current;
    current = next;
    total = cjkCount(next);
  }
}

/** <h1>/<h2> titles before the main container (gov pages put the title in a separate box). */
export function titlesBefore(root: Root, content: Root | Element): Element[] {
  if (content === root) return [];
  const titles: Element[] = [];
  let reached = false;
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (reached) return;
      if (child === content) { reached = true; return; }
      if (child.type !== 'element') continue;
      if (/^h[12]$/.test(child.tagName) && cjkCount(child) > 0) titles.push(child);
      else visit(child);
    }
  };
  visit(root);
  return titles;
}
