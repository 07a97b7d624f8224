// Footnotes of a page (issue 14: wiki pages kept their "[12]" markers and whole reference lists):
// a marker is a superscript (or a bracketed link) whose text is a short label ("12", "[12]",
// "[n 3]", "a") and which links to a place on the same page; the notes are the elements those
// links point to. Read from the markup alone, whatever the site calls its classes: the marker is
// left out of the sentence, and the list of notes is the article's sources, not its text.
import type { AnyNode, Element } from 'domhandler';
import { isElement } from './dom.ts';
import type { ChromeSignal } from './signals.ts';

/** How a block of notes is dropped: the same signal for every way the cleaner reads a page. */
export const NOTES_SIGNAL: ChromeSignal = { kind: 'boilerplate', rule: 'footnotes', reason: 'reference list: the notes the footnote markers point to' };

export interface Footnotes {
  /** Marker elements, left out of the text with all they hold. */
  markers: Set<Element>;
  /** The notes the markers point to: the list that holds them, or the note's own block. */
  notes: Set<Element>;
}

/** The label of a footnote marker: "12", "[12]", "(3)", "[n 3]", "[note 4]", "a", "[iii]", "*", "†". */
const MARKER_LABEL = /^[[(]?(?:\d{1,3}|[a-z]|[ivx]{1,5}|\p{L}{1,5}\.?\s?\d{1,3}|[*†‡§]{1,3})[\])]?$/iu;
/** A bracketed label: a marker even outside a superscript. */
const BRACKETED = /^\[(?:\d{1,3}|\p{L}{1,5}\.?\s?\d{1,3})\]$/u;
const LIST_TAGS = new Set(['ol', 'ul', 'dl']);
const NOTE_BLOCKS = new Set(['li', 'p', 'div', 'dd', 'dt', 'aside', 'section', 'tr']);

const cache = new WeakMap<Element, Footnotes>();

function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node)) return '';
  let text = '';
  for (const child of node.children) text += textOf(child);
  return text;
}

function contains(ancestor: Element, node: AnyNode): boolean {
  for (let up: AnyNode | null = node; up; up = up.parent) if (up === ancestor) return true;
  return false;
}

/** True when no text of `block` comes before `inner` (the block opens with it). */
function opens(block: Element, inner: Element): boolean {
  const stack: AnyNode[] = [block];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === inner) return true;
    if (node.type === 'text') {
      if (/\S/.test((node as unknown as { data: string }).data)) return false;
      continue;
    }
    if (!isElement(node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return false;
}

/** The in-page target of an anchor ("#cite_note-12" → "cite_note-12"), or null. */
function inPageTarget(el: Element): string | null {
  const href = el.attribs.href?.trim();
  if (!href?.startsWith('#') || href.length < 2 || href.startsWith('#!')) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** The footnote markers and notes under `body`; computed once per page. */
export function footnotesOf(body: Element): Footnotes {
  const known = cache.get(body);
  if (known) return known;
  const byId = new Map<string, Element>();
  const sups: Element[] = [];
  const anchors: Element[] = [];
  const stack: AnyNode[] = [body];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const id = node.attribs.id;
    if (id && !byId.has(id)) byId.set(id, node);
    if (node.name === 'sup') sups.push(node);
    else if (node.name === 'a') anchors.push(node);
    for (const child of node.children) stack.push(child);
  }

  const markers = new Set<Element>();
  /** Each in-page target with the markers that point to it. */
  const targets = new Map<string, Element[]>();
  const point = (marker: Element, target: string) => targets.set(target, [...(targets.get(target) ?? []), marker]);
  const linkIn = (el: Element): string | null => {
    if (el.name === 'a') return inPageTarget(el);
    const inner: AnyNode[] = [...el.children];
    while (inner.length) {
      const node = inner.pop()!;
      if (!isElement(node)) continue;
      if (node.name === 'a') return inPageTarget(node);
      inner.push(...node.children);
    }
    return null;
  };
  for (const sup of sups) {
    const label = textOf(sup).replace(/\s+/g, ' ').trim();
    if (!MARKER_LABEL.test(label)) continue;
    const target = linkIn(sup);
    // An unlinked superscript is a marker only when bracketed: "x²" or "1st" are text.
    if (target === null && !BRACKETED.test(label)) continue;
    markers.add(sup);
    if (target !== null) point(sup, target);
  }
  for (const anchor of anchors) {
    const target = inPageTarget(anchor);
    if (target === null || !BRACKETED.test(textOf(anchor).replace(/\s+/g, ' ').trim())) continue;
    markers.add(anchor);
    point(anchor, target);
  }

  const insideMarker = (node: AnyNode): boolean => {
    for (let up: AnyNode | null = node; up; up = up.parent) if (isElement(up) && markers.has(up)) return true;
    return false;
  };
  const notes = new Set<Element>();
  for (const [target, pointing] of targets) {
    const anchor = byId.get(target);
    // A back-link from a note to its marker points into the text, not to a note.
    if (!anchor || insideMarker(anchor)) continue;
    // The note's own block: the list item, paragraph or row the target opens (an anchor placed
    // inside a sentence, such as an index term, marks a place in the text, not a note).
    let note: Element | undefined = anchor;
    while (note && !NOTE_BLOCKS.has(note.name)) note = note.parent && isElement(note.parent) ? note.parent : undefined;
    if (!note || note === body || !opens(note, anchor)) continue;
    const parent = note.parent && isElement(note.parent) ? note.parent : null;
    const block = note.name === 'li' && parent && LIST_TAGS.has(parent.name) ? parent : note;
    // A note never holds the marker that points to it: such a target is a section of the text.
    if (pointing.some((marker) => contains(block, marker))) continue;
    notes.add(block);
  }
  // A note inside another note (a list in a note's block) is dropped with it.
  for (const note of [...notes]) {
    for (let up = note.parent; up && isElement(up); up = up.parent) {
      if (notes.has(up)) {
        notes.delete(note);
        break;
      }
    }
  }
  const found = { markers, notes };
  cache.set(body, found);
  return found;
}
