// Collects the inline content of one block (text, emphasis, strong, links, line breaks) as mdast
// phrasing nodes, then normalises its whitespace the way a browser renders it. The block's plain
// text is read off the same nodes, so text and markdown never disagree.
import type { Break, Delete, Emphasis, Link, PhrasingContent, Strong, Text } from 'mdast';
import { collapsedLength } from './dom.ts';
import { isWhitespace } from '../../text/regex.ts';

export type InlineContainer = Emphasis | Strong | Link | Delete;

export class PhrasingBuilder {
  private readonly root: PhrasingContent[] = [];
  private readonly open: { children: PhrasingContent[] }[] = [{ children: this.root }];
  /** Characters inside links, for link density. */
  linkChars = 0;
  /** Characters of text overall (whitespace collapsed). */
  textChars = 0;
  /** The text exactly as written, for code whose layout matters (empty unless `keepsRaw`). */
  raw = '';

  /**
   * Whether `raw` is kept: only a code block reads it, and concatenating every text of every other
   * block into a string nobody reads cost a string per text node of the page.
   */
  private readonly keepsRaw: boolean;

  constructor(keepsRaw = false) {
    this.keepsRaw = keepsRaw;
  }

  append(value: string, insideLink: boolean): void {
    if (this.keepsRaw) this.raw += value;
    const length = collapsedLength(value);
    this.textChars += length;
    if (insideLink) this.linkChars += length;
    const children = this.open[this.open.length - 1].children;
    const last = children[children.length - 1];
    if (last && last.type === 'text') last.value += value;
    else children.push({ type: 'text', value } satisfies Text);
  }

  /** A separator between block-level pieces that are run into one (cells, list items' paragraphs). */
  space(): void {
    this.append(' ', false);
  }

  lineBreak(): void {
    if (this.keepsRaw) this.raw += '\n';
    this.open[this.open.length - 1].children.push({ type: 'break' } satisfies Break);
  }

  openInline(node: InlineContainer): void {
    this.open[this.open.length - 1].children.push(node);
    this.open.push(node);
  }

  closeInline(node: InlineContainer): void {
    if (this.open[this.open.length - 1] === node) this.open.pop();
  }

  get isEmpty(): boolean {
    return this.textChars === 0;
  }

  /** Whitespace-normalised phrasing and its plain text. */
  finish(): { children: PhrasingContent[]; text: string } {
    const state = { text: '', afterSpace: true };
    removeWideSegmentBreaks(this.root);
    const children = normalise(this.root, state);
    trimEnd(children);
    return { children, text: state.text.trim() };
  }
}

/**
 * A line break in the source between two wide East Asian characters (Han, kana, fullwidth forms),
 * which browsers remove rather than turn into a space (CSS Text 3, segment break transformation):
 * Chinese and Japanese are written without spaces, and hard-wrapped source must not add them.
 */
const WIDE = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]`;
const ANY_WIDE = new RegExp(WIDE, 'u');
const LINE_BREAK = /[\r\n]/;
const SEGMENT_BREAK_BETWEEN_WIDE = new RegExp(String.raw`(?<=${WIDE})[ \t]*[\r\n][ \t\r\n]*(?=${WIDE})`, 'gu');

/** Removes those line breaks, also where they straddle inline elements ("<a>…字</a>\n<a>字…</a>"). */
function removeWideSegmentBreaks(nodes: PhrasingContent[]): void {
  // Most text has no line break or no wide character: the lookbehind search would try every
  // position for nothing, and a break between wide characters needs both. Asked of the texts one
  // by one first, so a block with nothing to remove builds neither the list of its texts nor
  // their joined string (a forced break's placeholder below is neither).
  const found = { lineBreak: false, wide: false };
  if (!holdsLineBreakAndWide(nodes, found)) return;
  const leaves: Text[] = [];
  let joined = '';
  const walk = (list: PhrasingContent[]) => {
    for (const node of list) {
      if (node.type === 'text') {
        leaves.push(node);
        joined += node.value;
      } else if (node.type === 'break') {
        // A forced break (<br>) is not a segment break: a placeholder keeps matches from crossing it.
        leaves.push({ type: 'text', value: '\u0000' });
        joined += '\u0000';
      } else if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(nodes);
  const cuts = [...joined.matchAll(SEGMENT_BREAK_BETWEEN_WIDE)].map((m) => [m.index, m.index + m[0].length] as const);
  if (cuts.length === 0) return;
  // Cuts and leaves are both in text order: one pass over each.
  let offset = 0;
  let cut = 0;
  for (const leaf of leaves) {
    const start = offset;
    offset += leaf.value.length;
    let value = '';
    for (let i = 0; i < leaf.value.length; i++) {
      const at = start + i;
      while (cut < cuts.length && cuts[cut]![1] <= at) cut++;
      if (cut >= cuts.length || at < cuts[cut]![0]) value += leaf.value[i];
    }
    leaf.value = value;
  }
}

/** Whether the texts under `nodes`, together, hold a line break and a wide character (`found` keeps what was seen). */
function holdsLineBreakAndWide(nodes: PhrasingContent[], found: { lineBreak: boolean; wide: boolean }): boolean {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (!found.lineBreak && LINE_BREAK.test(node.value)) found.lineBreak = true;
      if (!found.wide && ANY_WIDE.test(node.value)) found.wide = true;
      if (found.lineBreak && found.wide) return true;
    } else if ('children' in node && holdsLineBreakAndWide(node.children as PhrasingContent[], found)) return true;
  }
  return false;
}

interface NormaliseState {
  text: string;
  afterSpace: boolean;
}

/**
 * `value` without soft hyphens (hyphenation hints a browser shows only at a line end: not part of
 * the word) and with each run of whitespace one space. Most text has neither a soft hyphen nor any
 * white space but single spaces: it is handed back as it is, where the replacements built a copy
 * of every text of every block.
 */
function withoutSoftHyphensCollapsed(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // A space changes nothing unless white space follows it (charCodeAt past the end is NaN: none).
    if (code === 0xad || (isWhitespace(code) && (code !== 0x20 || isWhitespace(value.charCodeAt(i + 1)))))
      return value.replace(/\u00ad/g, '').replace(/\s+/g, ' ');
  }
  return value;
}

/** Collapses whitespace across node boundaries (iteratively over siblings, recursively over the shallow inline nesting). */
function normalise(nodes: PhrasingContent[], state: NormaliseState): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      let value = withoutSoftHyphensCollapsed(node.value);
      if (state.afterSpace && value.startsWith(' ')) value = value.slice(1);
      if (value.length === 0) continue;
      state.afterSpace = value.endsWith(' ');
      state.text += value;
      out.push({ type: 'text', value });
    } else if (node.type === 'break') {
      if (state.text.length === 0) continue;
      if (!state.afterSpace) state.text += ' ';
      state.afterSpace = true;
      const last = out[out.length - 1];
      if (last && last.type === 'text') last.value = last.value.replace(/ $/, '');
      out.push(node);
    } else if ('children' in node) {
      const children = normalise(node.children as PhrasingContent[], state);
      if (children.length > 0) out.push({ ...node, children } as PhrasingContent);
    }
  }
  return out;
}

function trimEnd(nodes: PhrasingContent[]): void {
  while (nodes.length > 0) {
    const last = nodes[nodes.length - 1];
    if (last.type === 'break') {
      nodes.pop();
      continue;
    }
    if (last.type === 'text') {
      last.value = last.value.trimEnd();
      if (last.value.length === 0) {
        nodes.pop();
        continue;
      }
      return;
    }
    if ('children' in last) {
      trimEnd(last.children as PhrasingContent[]);
      if (last.children.length === 0) {
        nodes.pop();
        continue;
      }
    }
    return;
  }
}
