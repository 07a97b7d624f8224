// One bottom-up pass over the DOM: for every element, how much text it holds, how much of that is
// link text, and whether it has block children. Iterative, so deep nesting cannot overflow the stack.
import type { Element } from 'domhandler';
import { BLOCK_TAGS, collapsedLength, isElement, isIgnored, isNavigatingLink } from './dom.ts';

export interface ElementStats {
  /** Characters of visible text (whitespace collapsed). */
  text: number;
  /** Characters of that text inside links. */
  link: number;
  /** Whether any child element starts a block. */
  hasBlockChild: boolean;
  /** Position in document order (pre-order index). */
  order: number;
  /** Whether it holds an image or a player: a figure, when the text around it is a caption. */
  media: boolean;
}

const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'figure', 'iframe', 'embed', 'object', 'canvas']);

export type StatsMap = Map<Element, ElementStats>;

export function linkDensity(stats: ElementStats | undefined): number {
  return stats && stats.text > 0 ? stats.link / stats.text : 0;
}

/** On the walk's stack: an element still to be entered (a pre-order index is never negative). */
const ENTER = -1;

/** Statistics for every element under `root` that the walks do not skip. */
export function computeStats(root: Element): StatsMap {
  const map: StatsMap = new Map();
  // The walk's stack as two arrays side by side, an element and, for one being left, its pre-order
  // index (ENTER: being entered): no frame object per element and visit (segment.ts walks alike).
  const nodes: Element[] = [root];
  const orders: number[] = [ENTER];
  let order = 0;
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const exitOrder = orders.pop()!;
    if (exitOrder === ENTER) {
      if (node !== root && isIgnored(node)) continue;
      nodes.push(node);
      orders.push(order++);
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (isElement(child)) {
          nodes.push(child);
          orders.push(ENTER);
        }
      }
      continue;
    }
    const stats: ElementStats = { text: 0, link: 0, hasBlockChild: false, order: exitOrder, media: false };
    for (const child of node.children) {
      if (child.type === 'text') {
        stats.text += collapsedLength(child.data);
      } else if (isElement(child)) {
        if (MEDIA_TAGS.has(child.name)) stats.media = true;
        const childStats = map.get(child);
        if (!childStats) continue;
        stats.text += childStats.text;
        stats.link += childStats.link;
        if (BLOCK_TAGS.has(child.name)) stats.hasBlockChild = true;
        if (childStats.media) stats.media = true;
      }
    }
    if (isNavigatingLink(node)) stats.link = stats.text;
    map.set(node, stats);
  }
  return map;
}
