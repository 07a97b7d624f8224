// Small helpers over the parsed DOM (domhandler nodes, as cheerio holds them): tag names, class/id
// tokens, and which elements never carry article text. Plain functions, no traversal state.
import type { AnyNode, Element } from 'domhandler';

/** Elements whose content is never article text (code, media, form controls); the walks skip them. */
const IGNORED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math-annotation', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'map', 'button', 'select', 'option', 'input', 'textarea', 'label', 'link', 'meta', 'head', 'title',
  'base', 'dialog',
]);

/** Elements that start a new block of text (everything else is inline). */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul',
  'html', 'frameset', 'legend', 'output', 'picture', 'noframes',
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

/** Class and id split into lower-case words (`postComments`, `post-comments` → post, comments). */
export function classTokens(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (raw.length <= 1) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

/**
 * An anchor that takes the reader somewhere. Script pseudo-links and anchors without a target are
 * text the page styled as links (whole articles are sometimes wrapped in one): not link text.
 */
export function isNavigatingLink(el: Element): boolean {
  if (el.name !== 'a') return false;
  const href = el.attribs.href?.trim();
  return href !== undefined && href.length > 0 && !/^javascript:/i.test(href);
}

/** Collapses runs of whitespace to one space. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ');

/** Length of a text node's content once whitespace is collapsed. */
export function collapsedLength(text: string): number {
  return collapse(text).trim().length;
}
