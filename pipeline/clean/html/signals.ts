// What an element's own markup says about it: chrome signals from its tag, ARIA role and class/id
// vocabulary (nav, share, related, comment, cookie …), and a weight for candidate scoring.
import type { Element } from 'domhandler';
import type { ChromeKind } from '../../text/blocks.ts';
import { BLOCK_TAGS, classNames, classTokens, isElement, NO_TOKENS } from './dom.ts';
import { linkDensity, type ElementStats } from './stats.ts';
import {
  CLASS_CONTENT,
  CLASS_HEAD_PARTS,
  CLASS_MODIFIERS,
  CLASS_OVERLAYS,
  CLASS_PREFIX_EXCEPTIONS,
  CLASS_PREFIXES,
  CLASS_TOKENS,
} from '../../lexicon/index.ts';

export interface ChromeSignal {
  kind: ChromeKind;
  /** Which markup said so: code branches on this, never on the reason. */
  rule: 'class-id' | 'role' | 'tag' | 'footnotes';
  /** What a person reads in the audit view ("class/id \"share\"", "<nav>"). */
  reason: string;
  /**
   * The element is a box over the page or one that asks the reader for something: one of its
   * class/id words names a consent notice, a sign-in or newsletter box, a modal, popup or overlay
   * (even when another word named its kind first: "widget eu-cookie-law"), or its role a dialog.
   */
  overlay?: boolean;
  /** Said of a wrapper that holds the article's container (segment.ts): the word is wrong about it. */
  holdsArticle?: boolean;
}

/** Kinds of class/id words that name a box asking the reader for something (the overlay words: lexicon). */
const OVERLAY_KINDS = new Set<ChromeKind>(['cookie', 'signin', 'newsletter']);

const TAG_CHROME: Record<string, ChromeKind> = {
  nav: 'menu',
  aside: 'sidebar',
  footer: 'footer',
  header: 'header',
  menu: 'menu',
  form: 'boilerplate',
};

const ROLE_CHROME: Record<string, ChromeKind> = {
  navigation: 'menu',
  menu: 'menu',
  menubar: 'menu',
  search: 'menu',
  complementary: 'sidebar',
  contentinfo: 'footer',
  banner: 'header',
  dialog: 'boilerplate',
  alertdialog: 'boilerplate',
  alert: 'boilerplate',
};

/** Class/id words (whole tokens and run-together prefixes) that name page chrome: pipeline/lexicon/class-words.json. */
const STRONG_CONTENT = /^(?:article|story|post|entry)(?:body|content|text)?$/;
/** A class word by which a wrapper names itself the article ("post" alone also names teasers and comments). */
const namesArticle = (token: string) => (STRONG_CONTENT.test(token) && token !== 'post') || token === 'hentry';

function tokenChrome(all: readonly string[]): ChromeSignal | null {
  // A token after a modifier states what the element has or does ("use-lightbox" on an article
  // whose pictures open in a lightbox, "has-sidebar" on a layout): it does not name the element.
  const tokens = all.some((token) => CLASS_MODIFIERS.has(token)) ? all.filter((_, i) => !CLASS_MODIFIERS.has(all[i - 1] ?? '')) : all;
  for (const token of tokens) {
    const kind = CLASS_TOKENS.get(token);
    if (kind) return { kind, rule: 'class-id', reason: `class/id "${token}"`, overlay: tokens.some(namesOverlay) };
  }
  // Hyphenated names read as one word ("more-stories", "read-more", "most-read"): "more" alone
  // ("more-features", a "Learn more" link) names nothing.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const joined = tokens[i] + tokens[i + 1];
    const kind = CLASS_TOKENS.get(joined);
    if (kind) return { kind, rule: 'class-id', reason: `class/id "${tokens[i]}-${tokens[i + 1]}"`, overlay: tokens.some(namesOverlay) };
  }
  for (const token of tokens) {
    if (CLASS_PREFIX_EXCEPTIONS.has(token)) continue;
    for (const [prefix, kind] of CLASS_PREFIXES) {
      if (token.startsWith(prefix)) return { kind, rule: 'class-id', reason: `class/id "${token}"`, overlay: tokens.some(namesOverlay) };
    }
  }
  return null;
}

/** One class/id word naming an overlay kind, whole or as a run-together prefix ("cookiebar"). */
function namesOverlay(token: string): boolean {
  if (CLASS_OVERLAYS.has(token)) return true;
  const kind = CLASS_TOKENS.get(token);
  if (kind) return OVERLAY_KINDS.has(kind);
  if (CLASS_PREFIX_EXCEPTIONS.has(token)) return false;
  for (const [prefix, prefixKind] of CLASS_PREFIXES) if (token.startsWith(prefix)) return OVERLAY_KINDS.has(prefixKind);
  return false;
}

/**
 * What an element's class/id words say, by the words' array: classTokens hands the same array to
 * every element with the same class and id string, and the answer depends only on that string, so
 * it is worked out once per string (it was a tenth of the HTML chain's CPU, asked for every element
 * of every walk). The signal is shared between elements: callers copy it to change it (segment.ts).
 */
const classChromeOf = new WeakMap<readonly string[], ChromeSignal | null>();

function classChrome(el: Element, tokens: readonly string[]): ChromeSignal | null {
  let signal = classChromeOf.get(tokens);
  if (signal === undefined) {
    signal = tokenChrome(tokens);
    // "article-body comments-open": a wrapper that names itself the article is not chrome. Within
    // one class name, though, the article's word is the namespace of one of its parts, and the
    // chrome word says which: its author box, footer or share bar ("entry-author-info",
    // "ArticlePage-authorInfo-bio", "article__footer") are chrome; its head ("article-header",
    // "article__teaser", a standfirst) is the article's (lexicon head-parts).
    if (signal && classNames(el).some((name) => name.some(namesArticle) && !tokenChrome(name.filter((token) => !CLASS_HEAD_PARTS.has(token))))) signal = null;
    classChromeOf.set(tokens, signal);
  }
  return signal;
}

/** The chrome an element declares itself to be, or null. */
export function chromeSignal(el: Element): ChromeSignal | null {
  if (el.attribs.itemprop === 'articleBody') return null;
  // The page itself is never chrome: classes on <body> state the page's template or state
  // ("cookies-not-set", "modal-open", "has-sidebar"), and read as chrome they would drop all of it.
  if (el.name === 'body' || el.name === 'html') return null;
  const role = el.attribs.role;
  if (role && ROLE_CHROME[role])
    return { kind: ROLE_CHROME[role], rule: 'role', reason: `role="${role}"`, overlay: role === 'dialog' || role === 'alertdialog' };
  // Class names on inline and custom elements style a run of text (widgets' hooks on a formula, a
  // highlighted phrase); only on blocks do they name a region of the page.
  const tokens = BLOCK_TAGS.has(el.name) || el.name === 'span' || el.name === 'a' ? classTokens(el) : NO_TOKENS;
  // The page's own statement that this block is the description (schema.org) of its article: a news
  // CMS's lead ("teaser-text", "ce-news--teaser") is named like a teaser and is the article's
  // standfirst, so its class is not read. Its role and tag still are (an <aside> or <nav> marked so
  // is chrome), and so is chrome around it (a teaser list whose items each carry a description);
  // the description of any other item (a person's bio, a brand's, a video's) is judged as before.
  const byClass = tokens.length && !describesArticle(el) ? classChrome(el, tokens) : null;
  // A quotation named after a network ("twitter-tweet", "instagram-media") is an embedded post
  // the article quotes, not a share bar.
  if (byClass && !(el.name === 'blockquote' && byClass.kind === 'share')) return byClass;
  const byTag = TAG_CHROME[el.name];
  if (byTag) return { kind: byTag, rule: 'tag', reason: `<${el.name}>` };
  return null;
}

/** Schema.org types of a piece of writing: Article and its kinds (NewsArticle, TechArticle …), BlogPosting and the other postings, Report. */
const ARTICLE_TYPE = /(?:Article|Posting|Report)\/?$/;

/** `el` is marked (itemprop, a space-separated list) the description of the nearest item around it, and that item is an article. */
function describesArticle(el: Element): boolean {
  if (!el.attribs.itemprop?.split(/\s+/).includes('description')) return false;
  for (let node = el.parent; node && isElement(node); node = node.parent) {
    if (node.attribs.itemscope !== undefined) return (node.attribs.itemtype ?? '').split(/\s+/).some((type) => ARTICLE_TYPE.test(type));
  }
  return false;
}

/** Candidate-scoring weight from class/id words: articles name themselves, chrome too. */
export function classWeight(el: Element): number {
  const tokens = classTokens(el);
  if (tokens.length === 0) return 0;
  let weight = 0;
  if (tokens.some((token) => CLASS_CONTENT.has(token) || STRONG_CONTENT.test(token))) weight += 25;
  if (tokenChrome(tokens)) weight -= 25;
  return weight;
}

/**
 * Chrome whose own text can be long prose that is still not the article: a comment, a teaser's
 * excerpt under its headline, the captions of an attachment. Its length says nothing for it.
 */
export function holdsOtherProse(kind: ChromeKind): boolean {
  return kind === 'comment' || kind === 'related' || kind === 'attachment';
}

/** From this share of link text, a related-named region is a list of other stories, however long their excerpts. */
const MIN_TEASER_LINK_DENSITY = 0.1;

/**
 * Inside the article, a wrapper holding most of its text is part of it whatever its class says;
 * so is a long stretch of prose with few links (a section whose id merely contains "sharing"),
 * except a comment thread or a teaser list, which can be long prose too.
 */
export function looksLikeProse(signal: ChromeSignal, stats: ElementStats | undefined, rootText: number): boolean {
  if (!stats) return false;
  // …unless it is mostly links: a sidebar of headlines can outweigh a short article. So can a
  // related-stories list whose items carry long excerpts under their headline links; a block named
  // related without links to other stories (a news site's "teaser", its lead) is no such list.
  const teaserLinks = signal.kind === 'related' && linkDensity(stats) >= MIN_TEASER_LINK_DENSITY;
  if (rootText > 0 && stats.text >= rootText * 0.5 && linkDensity(stats) < 0.4 && signal.kind !== 'comment' && signal.kind !== 'attachment' && !teaserLinks)
    return true;
  if (holdsOtherProse(signal.kind)) return false;
  return stats.text >= 500 && linkDensity(stats) < 0.25;
}

/**
 * Inside the article, an editor's embed widget that holds a picture or a player and a short caption
 * with few links is one of the article's figures. Galleries stay attachments: their slide counters
 * and other slides' captions are not the article's.
 */
export function looksLikeFigure(signal: ChromeSignal, stats: ElementStats | undefined): boolean {
  if (!stats || stats.text === 0 || stats.text > 600) return false;
  if (signal.kind === 'sidebar') return stats.media && linkDensity(stats) < 0.2;
  // A gallery's caption shown beside the article's lead picture: one run of prose, no links, named
  // after the gallery but outside the slides themselves (whose chrome the gallery's own region holds).
  return signal.kind === 'attachment' && !stats.hasBlockChild && !stats.media && stats.link === 0 && stats.text >= 80;
}
