import type { Properties } from 'hast';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { hastTagName } from './html-properties.js';

/**
 * Navigation chrome of a government web page: menus, breadcrumbs, share boxes, footers,
 * scripts. Such elements are left out of the page before the main content is looked for.
 */

const ALWAYS_DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'nav', 'form', 'button', 'select',
  'textarea', 'svg', 'canvas', 'object', 'embed', 'head',
]);
const CHROME_TAGS = new Set(['header', 'footer', 'aside']);
const CHROME_NAME = /(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|breadcrumbs?|crumbs?|share|sharing|sidebar|side|banner|toolbar|topbar|pagination|pager|copyright|search|login|related|ad|ads|print|position|location|wza|skip)(?:$|[\s_-])/i;
const TITLE = /^h[12]$/;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

function attributeText(properties: Properties): string {
  const { className, id } = properties;
  const classes = Array.isArray(className) ? className.join(' ') : String(className ?? '');
  return `${classes} ${String(id ?? '')}`;
}

/**
 * Whether an <h1>/<h2> is below `element` (chrome not yet removed). Tag names are read as hast
 * reads them; an HTML-namespace element hast names "template" has its children moved to
 * `content`, out of this search.
 */
function containsTitle(element: DefaultTreeAdapterTypes.Element): boolean {
  return element.childNodes.some((child) => {
    if (!('tagName' in child)) return false;
    const { tagName } = hastTagName(child.tagName);
    if (TITLE.test(tagName)) return true;
    if (tagName === 'template' && child.namespaceURI === HTML_NS) return false;
    return containsTitle(child);
  });
}

/** `tagName` and `properties` as hast has them; `node` is parse5's element, for its children. */
export function isChrome(tagName: string, properties: Properties, node: DefaultTreeAdapterTypes.Element): boolean {
  if (ALWAYS_DROPPED.has(tagName)) return true;
  if (properties.hidden !== undefined && properties.hidden !== false) return true;
  const chromeTag = CHROME_TAGS.has(tagName);
  // Without class or id the attribute text is " ", which names nothing.
  const named = properties.className !== undefined || properties.id !== undefined;
  const chromeName = named && CHROME_NAME.test(attributeText(properties));
  // A header that holds the page's <h1>/<h2> carries the plan's title; keep it.
  return (chromeTag || chromeName) && !containsTitle(node);
}
