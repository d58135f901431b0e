import type { Element, Properties, Root, Text } from 'hast';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { isChrome } from './html-chrome.js';
import { parseWithStartLines } from './html-parser.js';
import { attributeProperties, hastTagName, isPlainTagName } from './html-properties.js';
import { cjkInText } from './html-text.js';

/**
 * A page as the reader needs it, straight from parse5's tree: comments, doctypes and chrome
 * left out, each element's start line and CJK count recorded once. Nodes are shaped as hast
 * (`type`, `tagName`, `properties`, `children`), so hast-util-to-text reads headings and <pre>,
 * but carry `line` instead of a position object. Built in one pass; converting to full hast
 * (hastscript properties, vfile positions) and counting in a second walk cost about as much as
 * parsing.
 */

type P5Node = DefaultTreeAdapterTypes.ChildNode;
type P5Element = DefaultTreeAdapterTypes.Element;

const HASH = 0x23;

export interface PageText extends Text {
  /** 1-based source line where the text starts. */
  line: number | undefined;
}

export interface PageElement extends Element {
  children: PageContent[];
  /** 1-based source line of the start tag; undefined for elements the parser implied. */
  line: number | undefined;
  /** CJK characters in the text below (see cjkInText). */
  cjk: number;
}

export interface PageRoot extends Root {
  children: PageContent[];
  line: number;
  cjk: number;
}

export type PageContent = PageElement | PageText;
export type PageParent = PageRoot | PageElement;


/** Parse an HTML page (as browsers do: implied elements, no scripting) into a PageRoot. */
export function parsePage(html: string): PageRoot {
  return pageOf(parseWithStartLines(html));
}

/** parse5's document → PageRoot. */
export function pageOf(document: DefaultTreeAdapterTypes.Document): PageRoot {
  const root: PageRoot = { type: 'root', children: [], line: 1, cjk: 0 };
  root.cjk = addChildren(root.children, document.childNodes);
  return root;
}

/** Converts `nodes` into `out`, leaving out comments, doctypes and chrome; returns their CJK count. */
function addChildren(out: PageContent[], nodes: readonly P5Node[]): number {
  let cjk = 0;
  for (const node of nodes) {
    if (node.nodeName === '#text') {
      const { value, sourceCodeLocation } = node as DefaultTreeAdapterTypes.TextNode;
      out.push({ type: 'text', value, line: sourceCodeLocation?.startLine });
      cjk += cjkInText(value);
    } else if (node.nodeName.charCodeAt(0) !== HASH) {
      // Not #comment or #documentType: an element (tag names start with a letter).
      const element = pageElement(node as P5Element);
      if (element === null) continue;
      out.push(element);
      cjk += element.cjk;
    }
  }
  return cjk;
}

function pageElement(node: P5Element): PageElement | null {
  // Most tag names are plain (no '.' or '#' for hast to read as a selector): no object for them.
  const selectorName = isPlainTagName(node.tagName) ? null : hastTagName(node.tagName);
  const tagName = selectorName === null ? node.tagName.toLowerCase() : selectorName.tagName;
  const properties: Properties = attributeProperties(node.attrs, selectorName === null ? null : selectorName.selectorProperties);
  if (isChrome(tagName, properties, node)) return null;
  const element: PageElement = {
    type: 'element', tagName, properties, children: [], line: node.sourceCodeLocation?.startLine, cjk: 0,
  };
  element.cjk = addChildren(element.children, node.childNodes);
  return element;
}
