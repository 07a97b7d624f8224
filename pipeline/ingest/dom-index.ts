// The parsed page's elements indexed by one walk (by tag name; those carrying itemprop, rel or role),
// so the metadata readers and the cleaner's page hints look elements up instead of each running a
// CSS query that walks the whole page again. Built on first use and kept per parsed document; no
// stage changes the tree after parsing, so it stays true. Lookups answer exactly as cheerio's
// `$(selector)` does: document order, the same elements (css-select walks only element children,
// so does this), the same attribute matching (`~=` is a whitespace-separated token; rel compares
// without case, itemprop and role with it, as css-select does for HTML).
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { escapeRegex, isWhitespace } from '../text/regex.ts';

/** Attributes whose carriers are listed, for the `[name~="token"]` / `[name="value"]` lookups. */
type IndexedAttribute = 'itemprop' | 'rel' | 'role';
const INDEXED: readonly IndexedAttribute[] = ['itemprop', 'rel', 'role'];

interface Index {
  /** Every element, in document order. */
  all: Element[];
  byTag: Map<string, Element[]>;
  byAttribute: Map<IndexedAttribute, Element[]>;
}

const NONE: readonly Element[] = [];
const indexes = new WeakMap<AnyNode, Index>();

// css-select's element test (domhandler's isTag): <script> and <style> are elements too.
const isTag = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

function build(root: AnyNode): Index {
  const all: Element[] = [];
  const byTag = new Map<string, Element[]>();
  const byAttribute = new Map<IndexedAttribute, Element[]>(INDEXED.map((name) => [name, []]));
  const children = (root as { children?: AnyNode[] }).children ?? [];
  // Pre-order walk with an explicit stack (pages nest deeply): document order.
  const stack: AnyNode[] = [];
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    all.push(node);
    const list = byTag.get(node.name);
    if (list) list.push(node);
    else byTag.set(node.name, [node]);
    for (const name of INDEXED) if (node.attribs[name] !== undefined) byAttribute.get(name)!.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return { all, byTag, byAttribute };
}

function indexOf($: CheerioAPI): Index {
  const root = $.root()[0];
  let index = indexes.get(root);
  if (!index) {
    index = build(root);
    indexes.set(root, index);
  }
  return index;
}

// One compiled test per token and case rule, kept: the same few tokens are looked up on every page.
const tokenTests = new Map<string, RegExp>();
function tokenTest(token: string, ignoreCase: boolean): RegExp {
  const key = `${ignoreCase ? 'i' : 's'}${token}`;
  let test = tokenTests.get(key);
  if (!test) {
    test = new RegExp(`(?:^|\\s)${escapeRegex(token)}(?:$|\\s)`, ignoreCase ? 'i' : '');
    tokenTests.set(key, test);
  }
  return test;
}

/**
 * Whether an attribute's value has one of `words` as a whitespace-separated word, as
 * `[name~="word"]` compares it in HTML for class and itemprop (with case; a word never holds
 * whitespace, so being a whole run between whitespace is the same test as css-select's regex).
 */
export function hasWord(value: string | undefined, words: ReadonlySet<string>): boolean {
  if (value === undefined) return false;
  // Each word is sought in the value rather than the value split into words: called on every
  // element by several metadata readers, the split's array and strings were 3% of the bytes the
  // chain allocates per page. An empty word is no word (the split never yielded one), and skipping it
  // keeps the search from standing still: indexOf('', n) never returns -1.
  for (const word of words) {
    if (word === '') continue;
    for (let at = value.indexOf(word); at !== -1; at = value.indexOf(word, at + 1)) {
      const end = at + word.length;
      if ((at === 0 || isWhitespace(value.charCodeAt(at - 1))) && (end === value.length || isWhitespace(value.charCodeAt(end)))) return true;
    }
  }
  return false;
}

/**
 * `$(selector)` for a selector made of attribute tests on the element itself (`[class~="dek"],
 * [itemprop~="…"]`), written as `test`: every element it accepts, in document order. One pass over
 * the indexed elements instead of css-select compiling the list and trying each alternative's
 * attribute regex on every element of the page.
 */
export function elementsWhere($: CheerioAPI, test: (el: Element) => boolean): Element[] {
  return indexOf($).all.filter(test);
}

/** `$(tag)`: every element of that tag name, in document order. */
export function elementsByTag($: CheerioAPI, tag: string): readonly Element[] {
  return indexOf($).byTag.get(tag) ?? NONE;
}

/** `$('[itemprop~="token"]')`. */
export function elementsByItemprop($: CheerioAPI, token: string): Element[] {
  const test = tokenTest(token, false);
  return indexOf($)
    .byAttribute.get('itemprop')!
    .filter((el) => test.test(el.attribs.itemprop));
}

/** `$('tag[rel~="token"], …')` for each of `tags` (rel compares without case). */
export function elementsByRel($: CheerioAPI, tags: readonly string[], token: string): Element[] {
  const test = tokenTest(token, true);
  return indexOf($)
    .byAttribute.get('rel')!
    .filter((el) => tags.includes(el.name) && test.test(el.attribs.rel));
}

/** `$('[role="value"]')`. */
export function elementsByRole($: CheerioAPI, value: string): Element[] {
  return indexOf($)
    .byAttribute.get('role')!
    .filter((el) => el.attribs.role === value);
}
