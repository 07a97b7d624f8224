// Small helpers over the parsed DOM (domhandler nodes, as cheerio holds them): tag names, class/id
// tokens, and which elements never carry article text. Plain functions, no traversal state.
import type { AnyNode, Element } from 'domhandler';
import { ownCopy } from '../../text/own-copy.ts';
import { isWhitespace } from '../../text/regex.ts';
import { CLASS_POSITION_WORDS, CLASS_STYLE_PROPERTIES } from '../../lexicon/index.ts';

/** Elements whose content is never article text (code, media, form controls); the walks skip them. */
const IGNORED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math-annotation',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'map',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'label',
  'link',
  'meta',
  'head',
  'title',
  'base',
  'dialog',
  // A ruby's reading (furigana over kanji, pinyin over hanzi) and its fallback brackets: the text
  // is the base the reading annotates, as it is copied and searched; run in, the reading doubles it.
  'rt',
  'rp',
]);

/** Elements that start a new block of text (everything else is inline). */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
  'html',
  'frameset',
  'legend',
  'output',
  'picture',
  'noframes',
]);

export const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** True for elements the walks skip: non-text elements and those the page hides from readers. */
export function isIgnored(el: Element): boolean {
  if (IGNORED_TAGS.has(el.name)) return true;
  const attribs = el.attribs;
  if (attribs.hidden !== undefined) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/**
 * Utility classes style an element, they do not name it: atomic and responsive CSS (`Pos(r)`,
 * `md:hidden`, `hide@tp-`, `h-[64px]`) and property-first names (`border-bottom`, `pb-35`,
 * `flush-top`, `text-hidden`). Their words ("bottom", "hidden", "top") would read as chrome.
 */
const UTILITY_CLASS =
  /[@:()[\]!]|^(?:border|flush|margin|padding|text|font|bg|align|valign|float|pull|push|rounded|shadow|overflow|gap|flex|grid|inset|col|offset)-|^(?:[mp][tblrxy]?|[wh]|z|order|gap)-(?:\d|auto|full|screen|n\d)/;
/** Classes that hide an element only at some screen sizes (`hidden-xs`, `u-hidden-md`): shown on a desktop. */
const SIZED_HIDDEN = /(?:^|-)hidden-(?:xxs|xs|sm|md|lg|xl|xxl|mobile|tablet|phone|small|medium|large|m|s|l)$/;
/**
 * A part of the element hidden, not the element: `field-label-hidden` (a CMS field whose label is
 * not shown), `title-hidden`, `icon-invisible`. The element itself is shown.
 */
const PART_HIDDEN = /(?:^|[-_])(?:label|title|caption|heading|header|icon|legend)[-_]+(?:hidden|invisible)$/;
/** A responsive display utility beside `hidden` (`hidden md:flex`): the element shows on wider screens. */
const RESPONSIVE_SHOW = /^(?:sm|md|lg|xl|2xl):(?:block|flex|inline|inline-block|inline-flex|grid|table|contents)$/;
/**
 * A CSS-modules name (`Component_local__hash`, the build tools' default): the five characters after
 * the last "__" are a content hash, not a word ("Main__2pNav" would read as "nav", "Box__EsDZM" as
 * "es dzm"). A BEM element after "__" is a lower-case word ("post__title") and stays.
 */
const CSS_MODULE_HASH = /^([A-Za-z][A-Za-z0-9-]*_[A-Za-z0-9-]+)__(?![a-z]{5}$)[A-Za-z0-9_-]{5}$/;

/**
 * The words of each class-and-id string seen, kept across pages: the same strings recur on most
 * elements of a page and on every page of a site ("menu-item", "post-meta"), and the answer depends
 * only on the string. Cleared when it grows past a bound, so a run over many sites stays small.
 * Callers only read the array (and may key their own caches on its identity: signals.ts).
 * An element with only a class or only an id (most of them) is looked up by that attribute's own
 * string, whose hash V8 keeps once computed: building "class id" on every call cost more than the
 * lookup (the walks ask for the same element's words several times).
 */
// Keyed by the string split (a class, an id, or both joined): the same string gives the same words.
const tokensOfString = new Map<string, readonly string[]>();
const MAX_KEPT_CLASS_STRINGS = 50_000;

/** Class and id split into lower-case words (`postComments`, `post-comments` → post, comments). */
export function classTokens(el: Element): readonly string[] {
  const className = el.attribs.class;
  const id = el.attribs.id;
  if (className === undefined) return id === undefined ? NO_TOKENS : cachedTokens(id);
  if (id === undefined) return cachedTokens(className);
  return cachedTokens(`${className} ${id}`);
}

const cachedTokens = (raw: string): readonly string[] => cachedWords(tokensOfString, raw, splitClassTokens);

/** `split(raw)`, looked up in `cache` first and kept there (under the page's copy, see ownCopy) when new. */
function cachedWords(cache: Map<string, readonly string[]>, raw: string, split: (text: string) => readonly string[]): readonly string[] {
  let words = cache.get(raw);
  if (words === undefined) {
    if (cache.size >= MAX_KEPT_CLASS_STRINGS) cache.clear();
    const own = ownCopy(raw);
    words = split(own);
    cache.set(own, words);
  }
  return words;
}

/** No class or id words (one shared empty list, never mutated). */
export const NO_TOKENS: readonly string[] = [];

function splitClassTokens(raw: string): string[] {
  const classes = raw.split(/\s+/).filter(Boolean);
  const shownWide = classes.some((name) => RESPONSIVE_SHOW.test(name));
  const tokens: string[] = [];
  for (const name of classes) {
    if (shownWide && name === 'hidden') continue;
    for (const token of nameTokens(name)) tokens.push(token);
  }
  return tokens;
}

/**
 * The words of each class name seen, kept across pages like the strings' words above: a page's
 * class strings are often new ("menu-item menu-item-4711") while the names in them recur, and
 * splitting a name (three tests and a case split) was most of the cost of a string not yet seen.
 */
const tokensOfName = new Map<string, readonly string[]>();

/** The words of one class name or id (`ArticlePage-authorInfo` → article, page, author, info); none for a utility class. */
const nameTokens = (name: string): readonly string[] => cachedWords(tokensOfName, name, splitName);

function splitName(name: string): string[] {
  if (UTILITY_CLASS.test(name) || SIZED_HIDDEN.test(name) || PART_HIDDEN.test(name)) return [];
  const words = name
    .replace(CSS_MODULE_HASH, '$1')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  // A position word in a class name that also holds a style property's word, before or after it,
  // says which side is styled or where something sits ("modelMarginBottom", "mg-bottom-38px",
  // "uk-margin-small-bottom", "bottom-margin", "bottomSpacing"): not the element's name, as it is in
  // "pageBottom" or "bottom-bar".
  if (!words.some((word) => CLASS_POSITION_WORDS.has(word)) || !words.some((word) => CLASS_STYLE_PROPERTIES.has(word))) return words;
  return words.filter((word) => !CLASS_POSITION_WORDS.has(word));
}

/**
 * The words of each class name and of the id apart (`article-body comments-open` → [article, body],
 * [comments, open]): which words one name puts together tells a part of the article ("entry-author",
 * "article__footer") from an article that also states a state ("article-body comments-open").
 * Each name's words come from nameTokens's cache; the list of names is built again per call, as it
 * is read only for elements whose words already named chrome.
 */
export function classNames(el: Element): (readonly string[])[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return raw
    .split(/\s+/)
    .filter(Boolean)
    .map(nameTokens)
    .filter((tokens) => tokens.length > 0);
}

/**
 * An anchor that takes the reader somewhere. Script pseudo-links and anchors without a target are
 * text the page styled as links (whole articles are sometimes wrapped in one): not link text. Nor
 * is a link to a place on the same page (a table of contents, a footnote mark): it leaves the
 * article no more than a heading does. A bare "#" (or "#!…" route) is a script's hook and
 * navigates like any other link.
 */
export function isNavigatingLink(el: Element): boolean {
  if (el.name !== 'a') return false;
  const href = el.attribs.href?.trim();
  return href !== undefined && href.length > 0 && !/^javascript:/i.test(href) && !/^#[^!]/.test(href);
}

/** Collapses runs of whitespace to one space. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * Length of a text node's content once whitespace is collapsed and trimmed: `collapse(text).trim().length`,
 * counted without building either string (called on every text node of the page, by the stats pass
 * and by every block builder). Characters that are not whitespace count one each, and each run of
 * whitespace between two of them counts one.
 */
export function collapsedLength(text: string): number {
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespace(text.charCodeAt(i))) {
      if (length > 0) pendingSpace = true;
    } else {
      if (pendingSpace) length++;
      pendingSpace = false;
      length++;
    }
  }
  return length;
}
