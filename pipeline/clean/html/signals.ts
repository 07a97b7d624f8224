// What an element's own markup says about it: chrome signals from its tag, ARIA role and class/id
// vocabulary (nav, share, related, comment, cookie …), and a weight for candidate scoring.
import type { Element } from 'domhandler';
import type { ChromeKind } from '../../text/blocks.ts';
import { BLOCK_TAGS, classTokens } from './dom.ts';
import { linkDensity, type ElementStats } from './stats.ts';

export interface ChromeSignal {
  kind: ChromeKind;
  reason: string;
}

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

/** Class/id words (whole tokens) that name page chrome, in the languages sites commonly use for them. */
const TOKEN_CHROME: Record<string, ChromeKind> = {};
const assign = (kind: ChromeKind, words: string) => {
  for (const word of words.split(/\s+/)) if (word) TOKEN_CHROME[word] = kind;
};
assign('menu', 'nav navbar navigation navi menu menus menubar topbar toolbar pagination pager paging skip skiplink skiplinks jump subnav megamenu hamburger drawer offcanvas tabs sitenav mainnav')
assign('breadcrumb', 'breadcrumb breadcrumbs crumbs crumb fil ariane')
assign('share', 'share shares sharing sharebar social socials addthis sharethis shareaholic sharedaddy sociable print email whatsapp facebook twitter linkedin pinterest reddit telegram partager compartir teilen condividi')
assign('related', 'related recommended recommendation recommendations outbrain taboola trending popular mostread mostpopular moreon morestories morenews morearticles moreposts morefrom morelike morevideos readmore readnext whattoread alsoread recirculation recirc similar suggestions suggested teaser teasers')
assign('comment', 'comment comments commentlist commentform disqus respond reply replies discuss discussion commentaires kommentare comentarios')
assign('signin', 'login signin signup register account paywall')
assign('cookie', 'cookie cookies consent gdpr cmp onetrust')
assign('newsletter', 'newsletter newsletters subscribe subscription subscriptions optin mailinglist')
assign('advert', 'ad ads adv advert adverts advertisement advertising adsense adslot adunit dfp doubleclick gpt teads sponsor sponsored sponsors promo promoted promotion banner banners commercial affiliate')
assign('footer', 'footer foot copyright colophon siteinfo legal bottom')
assign('header', 'header masthead topnav siteheader')
assign('sidebar', 'sidebar aside rail widget widgets complementary secondary sidebox')
assign('byline', 'byline bylines author authors authorbox bio contributor contributors')
assign('page-metadata', 'meta postmeta entrymeta metadata dateline timestamp tags tagcloud taglist keywords categories')
// ai2html: charts exported from Illustrator (a common newsroom tool), whose text is axis labels; a
// media player's region holds its controls' labels (play, quality, captions settings, "loading").
assign('attachment', 'gallery galleries slideshow carousel slider lightbox ai2html player')
assign('boilerplate', 'feedback hidden modal popup overlay sronly screen visually invisible offscreen noprint disclaimer')

/** Prefixes that catch run-together class names (`sharebar`, `socialicons`, `commentlist`). */
const PREFIX_CHROME: [string, ChromeKind][] = [
  ['share', 'share'],
  ['social', 'share'],
  ['comment', 'comment'],
  ['related', 'related'],
  ['breadcrumb', 'breadcrumb'],
  ['newsletter', 'newsletter'],
  ['sidebar', 'sidebar'],
  ['footer', 'footer'],
  ['cookie', 'cookie'],
  ['advert', 'advert'],
  ['sponsor', 'advert'],
  ['subscri', 'newsletter'],
  ['navbar', 'menu'],
  ['navigation', 'menu'],
];

/** Words that begin like chrome but name article content. */
const PREFIX_EXCEPTIONS = new Set(['commented', 'commentary', 'commentaries', 'commentator', 'commentators', 'socialism', 'socialist']);

/** Words that mark the article itself: they cancel chrome words on the same element. */
const CONTENT_TOKENS = new Set([
  'article', 'articlebody', 'content', 'entry', 'main', 'post', 'story', 'text', 'body', 'blog', 'hentry', 'prose',
  'richtext', 'column', 'single', 'instapaper', 'permalink',
]);

const STRONG_CONTENT = /^(?:article|story|post|entry)(?:body|content|text)?$/;

function tokenChrome(tokens: string[]): ChromeSignal | null {
  for (const token of tokens) {
    const kind = TOKEN_CHROME[token];
    if (kind) return { kind, reason: `class/id "${token}"` };
  }
  // Hyphenated names read as one word ("more-stories", "read-more", "most-read"): "more" alone
  // ("more-features", a "Learn more" link) names nothing.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const joined = tokens[i] + tokens[i + 1];
    const kind = TOKEN_CHROME[joined];
    if (kind) return { kind, reason: `class/id "${tokens[i]}-${tokens[i + 1]}"` };
  }
  for (const token of tokens) {
    if (PREFIX_EXCEPTIONS.has(token)) continue;
    for (const [prefix, kind] of PREFIX_CHROME) {
      if (token.startsWith(prefix)) return { kind, reason: `class/id "${token}"` };
    }
  }
  return null;
}

/** The chrome an element declares itself to be, or null. */
export function chromeSignal(el: Element): ChromeSignal | null {
  if (el.attribs.itemprop === 'articleBody') return null;
  const role = el.attribs.role;
  if (role && ROLE_CHROME[role]) return { kind: ROLE_CHROME[role], reason: `role="${role}"` };
  // Class names on inline and custom elements style a run of text (widgets' hooks on a formula, a
  // highlighted phrase); only on blocks do they name a region of the page.
  const tokens = BLOCK_TAGS.has(el.name) || el.name === 'span' || el.name === 'a' ? classTokens(el) : [];
  const byClass = tokens.length ? tokenChrome(tokens) : null;
  if (byClass) {
    // "article-body comments-open": a wrapper that names itself the article is not chrome.
    const content = tokens.some((token) => (STRONG_CONTENT.test(token) && token !== 'post') || token === 'hentry');
    // A quotation named after a network ("twitter-tweet", "instagram-media") is an embedded post
    // the article quotes, not a share bar.
    const embeddedPost = el.name === 'blockquote' && byClass.kind === 'share';
    if (!content && !embeddedPost) return byClass;
  }
  const byTag = TAG_CHROME[el.name];
  if (byTag) return { kind: byTag, reason: `<${el.name}>` };
  return null;
}

/** Candidate-scoring weight from class/id words: articles name themselves, chrome too. */
export function classWeight(el: Element): number {
  const tokens = classTokens(el);
  if (tokens.length === 0) return 0;
  let weight = 0;
  if (tokens.some((token) => CONTENT_TOKENS.has(token) || STRONG_CONTENT.test(token))) weight += 25;
  if (tokenChrome(tokens)) weight -= 25;
  return weight;
}

/**
 * Inside the article, a wrapper holding most of its text is part of it whatever its class says;
 * so is a long stretch of prose with few links (a section whose id merely contains "sharing"),
 * except a comment thread or a teaser list, which can be long prose too.
 */
export function looksLikeProse(signal: ChromeSignal, stats: ElementStats | undefined, rootText: number): boolean {
  if (!stats) return false;
  // …unless it is mostly links: a sidebar of headlines can outweigh a short article.
  if (rootText > 0 && stats.text >= rootText * 0.5 && linkDensity(stats) < 0.4 && signal.kind !== 'comment' && signal.kind !== 'attachment') return true;
  if (signal.kind === 'comment' || signal.kind === 'related' || signal.kind === 'attachment') return false;
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
