// A Markdown writer for the few mdast shapes the cleaners build (paragraphs, headings, flat lists,
// quotes, code), byte for byte what remark-stringify writes for them, at a fraction of its cost:
// remark runs every node through a general machinery (handler lookup, construct stacks, position
// trackers, the attention planner for emphasis) that was 6% of a page's CPU. Text is escaped by
// the same algorithm as mdast-util-to-markdown's `safe`, over the unsafe patterns the processor
// itself is configured with (read from it once, so GFM's patterns and a future version's come
// along). Emphasis and strong it writes itself where remark's attention planner has no choice to
// make (see `attention`), the common case of a caption or a bold lead-in. What it does not model
// (other emphasis and strong, links of more than text, deletions, tables) it hands to the
// processor, node by node: remark's output for such a node does not depend on the nodes around it
// (see `delegate`). test/clean/markdown-writer.test.ts compares both writers on every fixture and on
// generated trees.
import type { BlockContent, Heading, Link, List, PhrasingContent, Root, RootContent } from 'mdast';
import type { Options } from 'remark-stringify';

type TextHandler = NonNullable<NonNullable<Options['handlers']>['text']>;
type State = Parameters<TextHandler>[2];
type Unsafe = State['unsafe'][number];

/** The part of a unified processor the writer needs: stringify an mdast root. */
export interface Stringifier {
  stringify(tree: Root): unknown;
}

interface Pattern {
  character: string;
  /** The pattern looks at the character before (`before` or `atBreak`): group 1 is that context. */
  before: boolean;
  after: boolean;
  expression: RegExp;
}

/** mdast-util-to-markdown's compilePattern: group 1 the context before, then the character, then a lookahead-free `after`. */
function compile(pattern: Unsafe): Pattern {
  const before = (pattern.atBreak ? '[\\r\\n][\\t ]*' : '') + (pattern.before ? `(?:${pattern.before})` : '');
  const source =
    (before ? `(${before})` : '') +
    (/[$()*+.?[\\\]^{|}]/.test(pattern.character) ? '\\' : '') +
    pattern.character +
    (pattern.after ? `(?:${pattern.after})` : '');
  return {
    character: pattern.character,
    before: Boolean(pattern.before || pattern.atBreak),
    after: Boolean(pattern.after),
    expression: new RegExp(source, 'g'),
  };
}

const inList = (stack: readonly string[], list: Unsafe['inConstruct'], none: boolean): boolean => {
  const names = typeof list === 'string' ? [list] : list;
  if (!names || names.length === 0) return none;
  return names.some((name) => stack.includes(name));
};

/** The patterns in force inside a construct stack (mdast-util-to-markdown's patternInScope). */
const inScope = (patterns: readonly Unsafe[], stack: readonly string[]) =>
  patterns.filter((pattern) => inList(stack, pattern.inConstruct, true) && !inList(stack, pattern.notInConstruct, false));

const WHITESPACE = /\s/;
const PUNCTUATION = /\p{P}|\p{S}/u;
/** micromark's classifyCharacter on one UTF-16 unit: 1 white space, 2 punctuation, 0 anything else. */
function classify(code: number): number {
  const character = String.fromCharCode(code);
  if (code === 32 || WHITESPACE.test(character)) return 1;
  return PUNCTUATION.test(character) ? 2 : 0;
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const BACKSLASH_BEFORE_PUNCTUATION = /\\(?=[!-/:-@[-`{-~])/g;

/** A backslash before punctuation (looking into `after` for the last one) doubled, so it stays a backslash. */
function escapeBackslashes(value: string, after: string): string {
  if (!value.includes('\\')) return value;
  const whole = value + after;
  let out = '';
  let start = 0;
  BACKSLASH_BEFORE_PUNCTUATION.lastIndex = 0;
  for (let match = BACKSLASH_BEFORE_PUNCTUATION.exec(whole); match; match = BACKSLASH_BEFORE_PUNCTUATION.exec(whole)) {
    if (start !== match.index) out += value.slice(start, match.index);
    out += '\\';
    start = match.index;
  }
  return out + value.slice(start);
}

const reference = (code: number) => `&#x${code.toString(16).toUpperCase()};`;

/**
 * `input` escaped between `before` and `after`: mdast-util-to-markdown's `safe` (version 2.1) without
 * an `encode` list; inside an autolink (`percentEncode`), percent-encoded instead. Patterns whose character `input` and its
 * context lack cannot match and are skipped.
 */
function safe(patterns: readonly Pattern[], input: string, before: string, after: string, percentEncode = false): string {
  const value = before + input + after;
  const offset = before.length;
  const end = value.length - after.length;
  const positions: number[] = [];
  const infos = new Map<number, { before: boolean; after: boolean }>();
  for (const pattern of patterns) {
    if (!value.includes(pattern.character)) continue;
    const expression = pattern.expression;
    expression.lastIndex = 0;
    for (let match = expression.exec(value); match; match = expression.exec(value)) {
      const position = match.index + (pattern.before ? match[1]!.length : 0);
      const info = infos.get(position);
      if (info) {
        if (info.before && !pattern.before) info.before = false;
        if (info.after && !pattern.after) info.after = false;
      } else {
        positions.push(position);
        infos.set(position, { before: pattern.before, after: pattern.after });
      }
    }
  }
  if (positions.length === 0) return percentEncode ? input : escapeBackslashes(input, after);
  positions.sort((a, b) => a - b);
  let out = '';
  let start = offset;
  for (let index = 0; index < positions.length; index++) {
    const position = positions[index]!;
    if (position < start || position >= end) continue;
    // An intraword underscore run ("a_b", "a__b") cannot open or close emphasis: left as it is.
    if (
      value.charAt(position) === '_' &&
      position > 0 &&
      classify(value.charCodeAt(position - 1)) === 0 &&
      !infos.has(position - 1) &&
      !(position - 1 === offset && /[*_]/.test(value.charAt(offset - 1)))
    ) {
      let sequenceEnd = position + 1;
      while (sequenceEnd < end && value.charAt(sequenceEnd) === '_') sequenceEnd++;
      const skip = sequenceEnd - position - 1;
      if (
        positions[index + skip] === sequenceEnd - 1 &&
        sequenceEnd < value.length &&
        classify(value.charCodeAt(sequenceEnd)) === 0 &&
        !infos.has(sequenceEnd) &&
        !(sequenceEnd === end - 1 && /[*_]/.test(value.charAt(end)))
      ) {
        index += skip;
        continue;
      }
    }
    // Unsafe only because of its neighbour, and that neighbour is escaped anyway: left as it is.
    const info = infos.get(position)!;
    if (
      (position + 1 < end && positions[index + 1] === position + 1 && info.after && !infos.get(position + 1)!.before && !infos.get(position + 1)!.after) ||
      (position - 1 >= offset && positions[index - 1] === position - 1 && info.before && !infos.get(position - 1)!.before && !infos.get(position - 1)!.after)
    )
      continue;
    if (start !== position) out += percentEncode ? value.slice(start, position) : escapeBackslashes(value.slice(start, position), '\\');
    start = position + 1;
    const character = value.charAt(position);
    // Escapes and references do not work in an autolink: percent-encoding does.
    if (percentEncode) out += `%${value.charCodeAt(position).toString(16).toUpperCase().padStart(2, '0')}`;
    else out += ESCAPABLE.test(character) ? `\\${character}` : reference(value.charCodeAt(position));
  }
  return out + (percentEncode ? value.slice(start, end) : escapeBackslashes(value.slice(start, end), after));
}

const firstCharacter = (value: string) => {
  const code = value.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
};
const lastCharacter = (value: string) => {
  const code = value.codePointAt(value.length - 2);
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1);
};

const EOL = /\r?\n|\r/g;

/** mdast-util-to-markdown's indentLines: each line through `map(line, index, blank)`, the line endings kept. */
function indentLines(value: string, map: (line: string, index: number, blank: boolean) => string): string {
  let out = '';
  let start = 0;
  let line = 0;
  EOL.lastIndex = 0;
  for (let match = EOL.exec(value); match; match = EOL.exec(value)) {
    const part = value.slice(start, match.index);
    out += map(part, line, !part) + match[0];
    start = match.index + match[0].length;
    line++;
  }
  const part = value.slice(start);
  return out + map(part, line, !part);
}

function longestStreak(value: string, character: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    run = value[i] === character ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

const PARAGRAPH = ['paragraph', 'phrasing'];

/** The escaping context of one kind of phrasing container. */
interface Scope {
  patterns: Pattern[];
  /** A hard break is written as a space (or nothing after one): this construct cannot hold a line ending. */
  breakAsSpace: boolean;
}

const leafOnly = (children: readonly PhrasingContent[]) => children.every((child) => child.type === 'text' || child.type === 'break');
/**
 * Phrasing this writer writes without attention runs: text, hard breaks and links of those.
 * Emphasis and strong are judged apart (`attentionPhrasing`, `attention`); deletions go to the
 * processor.
 */
const modelledPhrasing = (children: readonly PhrasingContent[]) =>
  children.every((child) => child.type === 'text' || child.type === 'break' || (child.type === 'link' && leafOnly(child.children)));

/** Emphasis and strong: remark's attention constructs this writer may write (see `attention`). */
type Attention = Extract<PhrasingContent, { type: 'emphasis' | 'strong' }>;
const isAttention = (node: PhrasingContent | undefined): node is Attention => node?.type === 'emphasis' || node?.type === 'strong';
/**
 * Phrasing that this writer tries to write with its emphasis and strong: modelled phrasing, and
 * emphasis or strong of modelled phrasing standing between modelled nodes (two attention runs side
 * by side, or one inside another, change each other's markers).
 */
const attentionPhrasing = (children: readonly PhrasingContent[]) =>
  children.some(isAttention) &&
  children.every((child, i) =>
    isAttention(child) ? modelledPhrasing(child.children) && !isAttention(children[i - 1]) && !isAttention(children[i + 1]) : modelledPhrasing([child]),
  );

/** A link written `<url>`: its text is its address (mdast-util-to-markdown's formatLinkAsAutolink). */
const autolinked = (node: Link) => {
  const only = node.children.length === 1 ? node.children[0]! : null;
  return (
    Boolean(node.url) &&
    !node.title &&
    only?.type === 'text' &&
    (only.value === node.url || `mailto:${only.value}` === node.url) &&
    /^[a-z][+\-.a-z]+:/i.test(node.url) &&
    !/[\0- <>\u007F]/.test(node.url)
  );
};

const toText = (children: readonly PhrasingContent[]): string =>
  children.map((child) => ('value' in child ? child.value : 'children' in child ? toText(child.children as PhrasingContent[]) : '')).join('');

const hasLineEnding = (children: readonly PhrasingContent[]): boolean =>
  children.some(
    (child) =>
      child.type === 'break' ||
      ('value' in child && /\r?\n|\r/.test(child.value)) ||
      ('children' in child && hasLineEnding(child.children as PhrasingContent[])),
  );

/**
 * The flow nodes this writer writes itself or hands on one by one: paragraphs and headings, code
 * without an info string, quotes of paragraphs, tables, and tight lists whose items hold paragraphs
 * (no task items, no nesting; a nested or loose list changes markers and spacing by what surrounds
 * it). Any other tree goes to the processor whole.
 */
function modelled(node: RootContent): boolean {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'table':
      return true;
    case 'code':
      return !node.lang && !node.meta;
    case 'blockquote':
      return node.children.every((child) => child.type === 'paragraph');
    case 'list':
      return !node.spread && node.children.every((item) => !item.spread && item.checked == null && item.children.every((child) => child.type === 'paragraph'));
    default:
      return false;
  }
}

/**
 * The paragraph written after each delegated node, so each node's output is cut out exactly (see
 * `delegate`): letters that no escape writes (references are digits, "x" and A-F), so the line
 * can only come from a text that holds them, and `delegate` checks it occurs once per node.
 */
const MARKER = 'QZQ';
const MARKER_PARAGRAPH: RootContent = { type: 'paragraph', children: [{ type: 'text', value: MARKER }] };
const MARKER_LINE = `\n\n${MARKER}\n`;

export class MarkdownWriter {
  /** The escaping context of each construct stack met, by the stack's names joined with "/". */
  private readonly scopes = new Map<string, Scope>();
  /** Some pattern depends on the neighbouring nodes, which this writer does not model: every node goes to the processor. */
  private readonly delegateAll: boolean;
  /** The output for each node `delegate` took: the processor's, or this writer's own for emphasis and strong it can write; for one `write`. */
  private delegated = new Map<RootContent, string>();
  /** The bullet of the list just written, while lists follow each other (remark alternates them). */
  private bulletLastUsed: string | undefined;
  /** The processor's first choice of markers for emphasis and strong ("_", "**"), or null when it writes something else. */
  private readonly sequences: Readonly<Record<Attention['type'], string>> | null;
  /** Set when phrasing met an emphasis or strong whose markers remark would choose or encode otherwise (see `attention`). */
  private unwritable = false;

  /** `processor` must call the text handler it is given by `capture` (see `unsafePatterns`). */
  constructor(
    private readonly processor: Stringifier,
    private readonly unsafe: readonly Unsafe[],
  ) {
    this.delegateAll = unsafe.some((pattern) => pattern.beforeNode !== undefined || pattern.afterNode !== undefined);
    const emphasis = attentionSequence(processor, 'emphasis');
    const strong = attentionSequence(processor, 'strong');
    this.sequences = emphasis && strong ? { emphasis, strong } : null;
  }

  /** What `processor.stringify({ type: 'root', children })` returns. */
  write(children: readonly RootContent[]): string {
    if (this.delegateAll || !children.every(modelled)) return String(this.processor.stringify({ type: 'root', children: [...children] }));
    this.bulletLastUsed = undefined;
    this.delegated = this.delegate(children);
    const result = this.flow(children);
    const last = result.charCodeAt(result.length - 1);
    return result && last !== 10 && last !== 13 ? `${result}\n` : result;
  }

  private flow(children: readonly RootContent[]): string {
    let out = '';
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (i > 0) out += '\n\n';
      out += this.node(child);
      if (child.type !== 'list') this.bulletLastUsed = undefined;
    }
    return out;
  }

  private node(node: RootContent): string {
    switch (node.type) {
      case 'paragraph':
        // Lists, list items and quotes change no pattern's scope (none names them), so a paragraph in
        // them escapes as one at the top level.
        return modelledPhrasing(node.children) ? this.phrasing(node.children, PARAGRAPH, '\n', '\n') : this.delegated.get(node)!;
      case 'heading':
        return modelledPhrasing(node.children) ? this.heading(node) : this.delegated.get(node)!;
      case 'list':
        return this.list(node);
      case 'blockquote':
        return indentLines(this.flow(node.children), (line, _, blank) => `>${blank ? '' : ' '}${line}`);
      case 'code': {
        const sequence = '`'.repeat(Math.max(longestStreak(node.value, '`') + 1, 3));
        return `${sequence}\n${node.value ? `${node.value}\n` : ''}${sequence}`;
      }
      default:
        return this.delegated.get(node)!;
    }
  }

  private heading(node: Heading): string {
    const rank = Math.max(Math.min(6, node.depth || 1), 1);
    if (rank < 3 && toText(node.children) && hasLineEnding(node.children)) {
      const value = this.phrasing(node.children, ['headingSetext', 'phrasing'], '\n', '\n');
      return `${value}\n${(rank === 1 ? '=' : '-').repeat(value.length - (Math.max(value.lastIndexOf('\r'), value.lastIndexOf('\n')) + 1))}`;
    }
    const sequence = '#'.repeat(rank);
    let value = this.phrasing(node.children, ['headingAtx', 'phrasing'], '# ', '\n');
    const head = value.charCodeAt(0);
    if (head === 9 || head === 32) value = reference(head) + value.slice(1);
    return value ? `${sequence} ${value}` : sequence;
  }

  /** A tight, flat list (see `modelled`): items one line apart, their paragraphs indented under the marker. */
  private list(node: List): string {
    let bullet = node.ordered ? '.' : '-';
    if (this.bulletLastUsed !== undefined && bullet === this.bulletLastUsed) bullet = node.ordered ? ')' : '*';
    const start = typeof node.start === 'number' && node.start > -1 ? node.start : 1;
    const items = node.children.map((item, index) => {
      const marker = node.ordered ? `${start + index}${bullet}` : bullet;
      const size = marker.length + 1;
      return indentLines(this.flow(item.children), (line, at, blank) => (at ? (blank ? '' : ' '.repeat(size)) + line : (blank ? marker : `${marker} `) + line));
    });
    this.bulletLastUsed = bullet;
    return items.join('\n');
  }

  private scope(stack: readonly string[]): Scope {
    const key = stack.join('/');
    let scope = this.scopes.get(key);
    if (scope === undefined) {
      const patterns = inScope(this.unsafe, stack);
      scope = { patterns: patterns.map(compile), breakAsSpace: patterns.some((pattern) => pattern.character === '\n' && !pattern.before && !pattern.after) };
      this.scopes.set(key, scope);
    }
    return scope;
  }

  /**
   * Phrasing inside the constructs `stack`: each node written against what its neighbours write
   * next to it (the last character before it, the first its successor writes on its own).
   */
  private phrasing(children: readonly PhrasingContent[], stack: readonly string[], before: string, after: string): string {
    if (children.some(isAttention)) return this.attention(children, stack, before, after);
    let out = '';
    let previous = before;
    for (let i = 0; i < children.length; i++) {
      const next = children[i + 1];
      const following = next === undefined ? after : next.type === 'link' ? (autolinked(next) ? '<' : '[') : firstCharacter(this.inline(next, stack, '', ''));
      const value = this.inline(children[i]!, stack, previous, following);
      if (!value) continue;
      out += value;
      previous = lastCharacter(value);
    }
    return out;
  }

  /**
   * Phrasing that holds emphasis or strong (`attentionPhrasing`), as remark's attention planner
   * (mdast-util-to-markdown 2.2, container-phrasing.js) writes it when it has nothing to choose: each
   * run in the processor's first markers, nothing encoded. That holds when each run's edges and
   * what is written around them pass `plainRun`: a letter (or digit) inside with white space or
   * punctuation outside, or punctuation inside with white space outside: the opening markers can only open and the closing only close, so the planner's
   * guess keeps the first markers (no neighbour starts with the same one), its check pairs every run
   * with itself and no edge needs a character reference. Anywhere else sets `unwritable` and the node
   * goes to the processor. The texts beside a run are escaped as remark escapes them: before it
   * against its marker (the handler's peek), after it against its last marker character.
   */
  private attention(children: readonly PhrasingContent[], stack: readonly string[], before: string, after: string): string {
    const sequences = this.sequences;
    if (sequences === null) {
      this.unwritable = true;
      return '';
    }
    const parts: string[] = [];
    /** Where each run was written in `parts`, and its markers' length. */
    const runs: [number, number][] = [];
    let previous = before;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (isAttention(child)) {
        const sequence = sequences[child.type];
        const inside = this.phrasing(child.children, [...stack, child.type], sequence, sequence);
        // An empty run is left out by remark, marks and all.
        if (inside === '') this.unwritable = true;
        runs.push([parts.length, sequence.length]);
        parts.push(sequence + inside + sequence);
        previous = lastCharacter(sequence);
        continue;
      }
      const next = children[i + 1];
      const following =
        next === undefined
          ? after
          : isAttention(next)
            ? sequences[next.type].charAt(0)
            : next.type === 'link'
              ? autolinked(next)
                ? '<'
                : '['
              : firstCharacter(this.inline(next, stack, '', ''));
      const value = this.inline(child, stack, previous, following);
      if (!value) continue;
      parts.push(value);
      previous = lastCharacter(value);
    }
    for (const [index, [at, size]] of runs.entries()) {
      // Runs side by side once an empty text between them wrote nothing: remark changes their markers.
      if (runs[index + 1]?.[0] === at + 1) this.unwritable = true;
      const run = parts[at]!;
      const marker = run.charAt(0);
      const outsideBefore = at === 0 ? before : parts[at - 1]!;
      const outsideAfter = at === parts.length - 1 ? after : parts[at + 1]!;
      const plain = plainRun(
        classify(outsideBefore.charCodeAt(outsideBefore.length - 1)),
        classify(run.charCodeAt(size)),
        classify(run.charCodeAt(run.length - size - 1)),
        classify(outsideAfter.charCodeAt(0)),
        marker,
      );
      if (!plain || (at === 0 && before.charAt(0) === marker) || (at === parts.length - 1 && after.charAt(0) === marker)) this.unwritable = true;
    }
    return parts.join('');
  }

  private inline(node: PhrasingContent, stack: readonly string[], before: string, after: string): string {
    if (node.type === 'text') return safe(this.scope(stack).patterns, node.value, before, after, stack.includes('autolink'));
    if (node.type === 'link') return this.link(node, stack, before);
    // A hard break: a backslash before the line ending, or where no line ending may stand, a space.
    return this.scope(stack).breakAsSpace ? (/[\t ]/.test(before) ? '' : ' ') : '\\\n';
  }

  /** mdast-util-to-markdown's link handler, for a link without a title. */
  private link(node: Link, stack: readonly string[], before: string): string {
    if (autolinked(node)) return `<${this.phrasing(node.children, [...stack.filter((name) => name !== 'phrasing'), 'autolink'], '<', '>')}>`;
    const inLink = [...stack, 'link'];
    const text = this.phrasing(node.children, [...inLink, 'label'], '[', '](');
    let value = `[${text}](`;
    const enclose = /[\0- \u007F]/.test(node.url);
    // At a line start, "[text]:" would read as a definition: an empty title keeps it a link.
    let title = node.title || undefined;
    const last = before.charAt(before.length - 1);
    if (!title && !enclose && (last === '\n' || last === '\r')) {
      let index = 0;
      while (index < text.length && text.charCodeAt(index) !== 93) index += text.charCodeAt(index) === 92 ? 2 : 1;
      if (text.charCodeAt(index + 1) === 58) title = '';
    }
    if ((!node.url && typeof title === 'string') || enclose) {
      value += '<';
      value += safe(this.scope([...inLink, 'destinationLiteral']).patterns, node.url, value, '>');
      value += '>';
    } else value += safe(this.scope([...inLink, 'destinationRaw']).patterns, node.url, value, typeof title === 'string' ? ' ' : ')');
    if (typeof title === 'string') {
      value += ' "';
      value += safe(this.scope([...inLink, 'titleQuote']).patterns, title, value, '"');
      value += '"';
    }
    return `${value})`;
  }

  /**
   * The paragraphs and headings with emphasis, strong or deletions, and the tables: those with
   * emphasis or strong that remark writes in its first markers are written here (see `attention`),
   * the others by the processor. Such a node's output depends only on the node: its
   * escapes follow the construct stack, and lists, items and quotes (the only containers around a
   * paragraph) put no pattern in or out of scope; a table starts and ends its own lines. So all of
   * a tree's are written in one call (the processor's set-up costs as much as a short paragraph),
   * each followed by a marker paragraph that cuts them apart; the root's final line ending, added
   * only when the output has none, falls after the last marker.
   */
  private delegate(children: readonly RootContent[]): Map<RootContent, string> {
    const nodes: RootContent[] = [];
    const written = new Map<RootContent, string>();
    const visit = (node: RootContent) => {
      if (node.type === 'list') for (const item of node.children) item.children.forEach(visit);
      else if (node.type === 'blockquote') node.children.forEach(visit);
      else if (node.type === 'table') nodes.push(node);
      else if ((node.type === 'paragraph' || node.type === 'heading') && !modelledPhrasing(node.children)) {
        // Emphasis and strong that remark writes in its first markers: written here (see `attention`).
        if (attentionPhrasing(node.children)) {
          this.unwritable = false;
          const own = node.type === 'paragraph' ? this.phrasing(node.children, PARAGRAPH, '\n', '\n') : this.heading(node);
          if (!this.unwritable) {
            written.set(node, own);
            return;
          }
        }
        nodes.push(node);
      }
    };
    children.forEach(visit);
    if (nodes.length === 0) return written;
    const out = String(this.processor.stringify({ type: 'root', children: nodes.flatMap((node) => [node, MARKER_PARAGRAPH]) }));
    const parts = out.split(MARKER_LINE);
    if (parts.length !== nodes.length + 1 || parts[nodes.length] !== '') {
      // A node's own text printed the marker line: each node alone, with the marker after it.
      for (const node of nodes) written.set(node, this.delegateOne(node));
      return written;
    }
    // Between two nodes the marker paragraph stands between blank lines: the next part opens with the second "\n".
    for (const [i, node] of nodes.entries()) written.set(node, i === 0 ? parts[0]! : parts[i]!.slice(1));
    return written;
  }

  private delegateOne(node: RootContent): string {
    const out = String(this.processor.stringify({ type: 'root', children: [node, MARKER_PARAGRAPH] }));
    if (!out.endsWith(MARKER_LINE)) throw new Error(`remark wrote ${JSON.stringify(out.slice(-20))} after a paragraph "${MARKER}"`);
    return out.slice(0, -MARKER_LINE.length);
  }
}

/**
 * Whether remark's attention planner leaves a run's markers as they are, from the classes (0 a
 * letter, 1 white space, 2 punctuation: `classify`) of the characters around its opening and its
 * closing markers. No edge gets a character reference (encode-info.js: a space just inside, a
 * letter just outside a letter with "_", or outside punctuation inside), and by CommonMark's
 * flanking rules (check in container-phrasing.js; "_" also may not open or close inside a word)
 * the opening markers can only open and the closing ones only close, so each pairs with its own.
 */
function plainRun(outsideBefore: number, insideFirst: number, insideLast: number, outsideAfter: number, marker: string): boolean {
  const unencoded = (outside: number, inside: number) => (outside === 0 ? inside === 0 && marker !== '_' : inside !== 1);
  const flanking = (previous: number, next: number) => {
    const open = next === 0 || (next === 2 && previous !== 0);
    const close = previous === 0 || (previous === 2 && next !== 0);
    return marker === '_' ? { open: open && (previous !== 0 || !close), close: close && (next !== 0 || !open) } : { open, close };
  };
  const opening = flanking(outsideBefore, insideFirst);
  const closing = flanking(insideLast, outsideAfter);
  return unencoded(outsideBefore, insideFirst) && unencoded(outsideAfter, insideLast) && opening.open && !opening.close && closing.close && !closing.open;
}

/**
 * The markers a processor writes emphasis or strong in when nothing around them decides otherwise
 * ("_" and "**" for remark-stringify with `emphasis: '_'`), read from its output for a paragraph of
 * one such run; null when that output is not the markers around the text.
 */
function attentionSequence(processor: Stringifier, type: Attention['type']): string | null {
  const paragraph = { type: 'paragraph', children: [{ type, children: [{ type: 'text', value: 'x' }] }] } as BlockContent;
  const out = String(processor.stringify({ type: 'root', children: [paragraph] }));
  const sequence = out.slice(0, out.indexOf('x'));
  return sequence && out === `${sequence}x${sequence}\n` ? sequence : null;
}

/**
 * The unsafe patterns a processor escapes text by: read once from the state its text handler is
 * called with (State.unsafe, after the processor's extensions are configured), by writing one
 * paragraph with `capture` installed as the text handler.
 */
export function unsafePatterns(build: (capture: TextHandler) => Stringifier): Unsafe[] {
  let patterns: Unsafe[] | null = null;
  const capture: TextHandler = (node, _parent, state) => {
    patterns = [...state.unsafe];
    return node.value;
  };
  build(capture).stringify({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] as PhrasingContent[] } as BlockContent] });
  if (patterns === null) throw new Error('the processor never called its text handler');
  return patterns;
}
