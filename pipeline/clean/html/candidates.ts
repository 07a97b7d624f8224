// Finds the article's container(s): paragraphs vote for their ancestors (longer, comma-rich text
// votes more), votes are weighted by tag and class/id vocabulary and discounted by link density;
// the winner's siblings that look like more of the same article join it. The page's own hints
// (itemprop=articleBody, <article>, <main>) are used when they agree with the votes.
import type { AnyNode, Element, Text } from 'domhandler';
import { textContent } from 'domutils';
import type { CheerioAPI } from 'cheerio';
import { isElement } from './dom.ts';
import { elementsByItemprop, elementsByRole, elementsByTag } from '../../ingest/dom-index.ts';
import { statesTitle } from '../../text/title.ts';
import { classWeight, chromeSignal, looksLikeProse } from './signals.ts';
import { linkDensity, type StatsMap } from './stats.ts';

/** Elements whose text counts as a paragraph when they hold no block children. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'div', 'section', 'article']);
const MIN_PARAGRAPH = 25;
const ANCESTOR_LEVELS = 5;
/** Share of the winner's paragraph text a wrapping hint must add to widen it (none at all also does). */
const MIN_WIDENING = 0.1;

const TAG_WEIGHT: Record<string, number> = {
  div: 5,
  article: 10,
  main: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
  nav: -25,
  aside: -25,
  footer: -25,
};

export interface Paragraph {
  element: Element;
  length: number;
  linkDensity: number;
}

export interface Selection {
  /** The article's containers in document order. */
  roots: Element[];
  /** Paragraph-like elements of the whole page. */
  paragraphs: Paragraph[];
}

function isParagraph(el: Element, stats: StatsMap): boolean {
  const s = stats.get(el);
  if (!s || s.text < MIN_PARAGRAPH || s.hasBlockChild) return false;
  if (el.name === 'p' || el.name === 'pre') return true;
  // List items and other short leaves are menus' and teasers' shape as often as prose: they do not vote.
  return PARAGRAPH_TAGS.has(el.name);
}

/** Whether a UTF-16 unit is a comma a paragraph votes with: Latin ",", Arabic "،", CJK "、" and "，". */
const isComma = (code: number) => code === 0x2c || code === 0x60c || code === 0x3001 || code === 0xff0c;

/**
 * The commas in `el`'s text (domutils' textContent: every text node under it, script and style
 * included), counted node by node: a comma is one character, so no count changes at a node's edge,
 * and the paragraph's text is never joined into a string nor its commas into a match array (every
 * paragraph of the page votes, and that was garbage for every one of them).
 */
function commasIn(el: Element): number {
  let commas = 0;
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) if (isComma(data.charCodeAt(i))) commas++;
    } else if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return commas;
}

function ancestors(el: Element, limit: number): Element[] {
  const out: Element[] = [];
  let node = el.parent;
  while (node && isElement(node) && out.length < limit) {
    out.push(node);
    node = node.parent;
  }
  return out;
}

function contains(outer: Element, inner: Element): boolean {
  let node: Element | null = inner;
  while (node) {
    if (node === outer) return true;
    node = node.parent && isElement(node.parent) ? node.parent : null;
  }
  return false;
}

export interface SelectOptions {
  /**
   * Let paragraphs under wrappers whose class or id reads as chrome vote too: the fallback for pages
   * that put the whole article inside such a wrapper (`navigation-container`, `off-canvas-content`).
   */
  throughChrome?: boolean;
}

/** `titles`: the normalised ways the page states its title, to recognise the article's own head. */
export function selectRoots(
  $: CheerioAPI,
  body: Element,
  stats: StatsMap,
  titles: Set<string> = new Set(),
  { throughChrome = false }: SelectOptions = {},
): Selection {
  const paragraphs: Paragraph[] = [];
  const scores = new Map<Element, number>();
  const initialise = (el: Element) => {
    // The body's class names describe the whole site (feature flags, skins), not the article.
    if (!scores.has(el)) scores.set(el, el === body ? 0 : (TAG_WEIGHT[el.name] ?? 0) + classWeight(el));
  };

  // Whether an element lies in declared chrome (sidebar, comments, menus): its paragraphs do not vote.
  const inChrome = new Map<Element, boolean>();
  const bodyText = stats.get(body)?.text ?? 0;
  const chromeAncestry = (el: Element): boolean => {
    const path: Element[] = [];
    let node: Element | null = el;
    let answer = false;
    while (node && node !== body) {
      const known = inChrome.get(node);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(node);
      const signal = node.name === 'form' || node.name === 'header' ? null : chromeSignal(node);
      if (signal && !looksLikeProse(signal, stats.get(node), bodyText)) {
        answer = true;
        break;
      }
      node = node.parent && isElement(node.parent) ? node.parent : null;
    }
    for (const visited of path) inChrome.set(visited, answer);
    return answer;
  };

  for (const [el] of stats) {
    if (!isParagraph(el, stats) || (!throughChrome && chromeAncestry(el))) continue;
    const s = stats.get(el)!;
    paragraphs.push({ element: el, length: s.text, linkDensity: linkDensity(s) });
    const commas = commasIn(el);
    const vote = 1 + commas + Math.min(Math.floor(s.text / 100), 3);
    const line = ancestors(el, ANCESTOR_LEVELS);
    line.forEach((ancestor, level) => {
      initialise(ancestor);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + vote / divider);
    });
  }
  // stats is filled in post-order; paragraphs must be in document order for later use.
  paragraphs.sort((a, b) => stats.get(a.element)!.order - stats.get(b.element)!.order);

  const final = new Map<Element, number>();
  for (const [el, score] of scores) {
    // The body competes too: pages that put their paragraphs straight into it have no other container.
    if (el.name === 'html') continue;
    final.set(el, score * (1 - linkDensity(stats.get(el))));
  }
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return { roots: [body], paragraphs };

  let [top, topScore] = ranked[0];

  // Several strong candidates under one ancestor: the article is that ancestor.
  const alternatives = ranked
    .slice(1, 6)
    .filter(([, score]) => score >= topScore * 0.75)
    .map(([el]) => el);
  if (alternatives.length >= 3) {
    let parent = top.parent;
    while (parent && isElement(parent) && parent !== body) {
      const holding = alternatives.filter((alt) => contains(parent as Element, alt)).length;
      if (holding >= 3) {
        top = parent;
        topScore = final.get(parent) ?? topScore;
        break;
      }
      parent = parent.parent;
    }
  }

  // Climb while the parent scores at least as well: the article is often one wrapper up.
  let parent = top.parent;
  let lastScore = topScore;
  while (parent && isElement(parent) && parent !== body) {
    const parentScore = final.get(parent);
    if (parentScore === undefined) {
      parent = parent.parent;
      continue;
    }
    if (parentScore < topScore / 3) break;
    if (parentScore > lastScore) {
      top = parent;
      topScore = parentScore;
      break;
    }
    lastScore = parentScore;
    parent = parent.parent;
  }
  // A wrapper holding nothing but the winner says nothing more; its parent may hold siblings.
  while (top.parent && isElement(top.parent) && top.parent !== body && elementChildren(top.parent).length === 1) {
    top = top.parent;
  }

  let roots = siblingsOf(top, topScore, final, stats);
  roots = applyHints($, roots, paragraphs);
  const head = articleHeader(roots[0], body, stats, titles);
  if (head) roots = [head, ...roots];
  return { roots, paragraphs };
}

function elementChildren(el: Element): Element[] {
  return el.children.filter(isElement);
}

/** Siblings of the winner that look like more of the same article. */
function siblingsOf(top: Element, topScore: number, final: Map<Element, number>, stats: StatsMap): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class ?? '';
  const roots: Element[] = [];
  for (const sibling of elementChildren(parent)) {
    if (sibling === top) {
      roots.push(sibling);
      continue;
    }
    if (chromeSignal(sibling)) continue;
    const s = stats.get(sibling);
    if (!s) continue;
    let score = final.get(sibling) ?? 0;
    if (topClass && sibling.attribs.class === topClass) score += topScore * 0.2;
    if (score >= threshold) {
      roots.push(sibling);
      continue;
    }
    // A <div> holding only phrasing content is a paragraph the page did not mark up as one (a
    // standfirst beside the body, say): it joins on the same terms as a <p>.
    if (sibling.name === 'p' || (sibling.name === 'div' && !s.hasBlockChild)) {
      const density = linkDensity(s);
      const text = s.text;
      if (text > 80 && density < 0.25) roots.push(sibling);
      else if (text > 0 && text <= 80 && density === 0 && /\.( |$)/.test(textContent(sibling))) roots.push(sibling);
    }
  }
  return roots;
}

function paragraphTextWithin(roots: Element[], paragraphs: Paragraph[]): number {
  let total = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.linkDensity > 0.5) continue;
    if (roots.some((root) => contains(root, paragraph.element))) total += paragraph.length;
  }
  return total;
}

/**
 * The page's own statement of where the article is: taken when it holds (nearly) the same
 * paragraphs as the vote's winner, so a mislabelled wrapper cannot override the evidence.
 */
function applyHints($: CheerioAPI, roots: Element[], paragraphs: Paragraph[]): Element[] {
  const hints: Element[] = [];
  // The same lookups as $('[itemprop~="articleBody"]'), $('article'), $('[role="main"]'), $('main'), from one walk.
  for (const elements of [elementsByItemprop($, 'articleBody'), elementsByTag($, 'article'), elementsByRole($, 'main'), elementsByTag($, 'main')]) {
    const found = elements.filter(isElement);
    if (found.length === 1) hints.push(found[0]);
  }
  const current = paragraphTextWithin(roots, paragraphs);
  if (current === 0) return roots;
  for (const hint of hints) {
    const inside = roots.every((root) => contains(hint, root));
    const within = roots.some((root) => contains(root, hint));
    if (!inside && !within) continue;
    const hinted = paragraphTextWithin([hint], paragraphs);
    // A hint inside the winner narrows it when little article text is lost; a hint around the
    // winner widens it when it adds article text without drowning it: either none (it adds the
    // headline, lists, figures around the body) or a real share. A sliver of paragraph text is a
    // few short lines beside the body (calls to action, an author's note, teasers' standfirsts):
    // chrome, so the winner stays.
    if (within && hinted >= current * 0.8) return [hint];
    const added = hinted - current;
    if (inside && added >= 0 && hinted <= current * 2 && (added === 0 || added >= current * MIN_WIDENING)) return [hint];
  }
  return roots;
}

/**
 * Whether an element holds the page's headline: an h1 (or itemprop=headline) that states the
 * title. A site's masthead holds an h1 too, with the site's name in it.
 */
function holdsHeadline(el: Element, titles: Set<string>): boolean {
  const stack: Element[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.name === 'h1' || node.attribs.itemprop === 'headline') return statesTitle(textContent(node), titles);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (isElement(child)) stack.push(child);
    }
  }
  return false;
}

/**
 * The article's own <header> (headline, standfirst, lead image, byline) often sits just before the
 * container the paragraphs chose, as its sibling or an ancestor's: it joins the article, and its
 * lines are judged one by one (the title and byline go to metadata, the standfirst stays).
 */
function articleHeader(first: Element, body: Element, stats: StatsMap, titles: Set<string>): Element | null {
  let node: Element = first;
  for (let level = 0; level < 4 && node !== body; level++) {
    let sibling = node.prev;
    let looked = 0;
    while (sibling && looked < 2) {
      if (isElement(sibling)) {
        const s = stats.get(sibling);
        if (s && s.text > 0) {
          looked++;
          if (sibling.name === 'header' && s.text <= 1500 && linkDensity(s) < 0.5 && holdsHeadline(sibling, titles)) return sibling;
        }
      }
      sibling = sibling.prev;
    }
    if (!node.parent || !isElement(node.parent)) break;
    node = node.parent;
  }
  return null;
}
