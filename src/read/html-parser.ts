import { defaultTreeAdapter, Parser, type DefaultTreeAdapterMap, type DefaultTreeAdapterTypes, type ParserOptions, type Token, type TreeAdapter } from 'parse5';
import { TextRunTokenizer } from './html-tokenizer.js';

/**
 * parse5 with source locations, keeping only what the reader uses: each node's start line.
 *
 * With `sourceCodeLocationInfo` parse5 copies every start tag's location into a new object
 * (`{ ...location, startTag: location }`) and, on every end tag, implied close and appended
 * text run, merges end positions into yet another copy. Those copies cost about as much as the
 * rest of the parse. Here an element keeps its start tag's location object as is and end
 * positions are not recorded. Tree construction does not read locations, so the tree and every
 * start line are parse5's own (tests/read/html-parser.test.ts checks this against `parse`).
 * The tokenizer is parse5's, taking runs of plain text in one step (html-tokenizer.ts).
 */

type Map = DefaultTreeAdapterMap;
type AttachArguments = Parameters<Parser<Map>['_attachElementToTree']>;

const startLinesAdapter: TreeAdapter<Map> = {
  ...defaultTreeAdapter,
  // Called only to extend a node's location to where it ends.
  updateNodeSourceCodeLocation: () => undefined,
};

class StartLineParser extends Parser<Map> {
  constructor(options?: ParserOptions<Map>) {
    super(options);
    // Before any input is written: the same tokenizer, taking runs of plain text at once.
    this.tokenizer = new TextRunTokenizer(this.options, this);
  }

  override _attachElementToTree(element: AttachArguments[0], location: AttachArguments[1], insertionLocation: AttachArguments[2]): void {
    // Only `startLine` is ever read; the start tag's own location object carries it.
    element.sourceCodeLocation = location as Token.ElementLocation | null;
    if (insertionLocation.beforeElement) {
      this.treeAdapter.insertBefore(insertionLocation.parent, element, insertionLocation.beforeElement);
    } else {
      this.treeAdapter.appendChild(insertionLocation.parent, element);
    }
  }

  override _setEndLocation(): void {
    // End positions are not used.
  }
}

/**
 * The document parse5's `parse` builds (no scripting: <noscript> content is markup), with
 * `sourceCodeLocation.startLine` set on every node the source wrote, as `parse` sets it.
 * Other location fields are incomplete.
 */
export function parseWithStartLines(html: string): DefaultTreeAdapterTypes.Document {
  return StartLineParser.parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter: startLinesAdapter });
}
