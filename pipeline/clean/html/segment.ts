// Cuts the page into blocks in document order (headings, paragraphs, lists, tables, quotes, code,
// captions), each tagged with whether it lies in the article's container and which chrome, if any,
// its nearest ancestors declare. `<br><br>` ends a paragraph. One iterative walk: no recursion.
import type { AnyNode, Element } from 'domhandler';
import type { PhrasingContent } from 'mdast';
import type { ContentKind } from '../../text/blocks.ts';
import { BLOCK_TAGS, HEADING_LEVEL, classTokens, isElement, isIgnored, isNavigatingLink } from './dom.ts';
import { NOTES_SIGNAL, footnotesOf } from './footnotes.ts';
import { PhrasingBuilder, type InlineContainer } from './phrasing.ts';
import { chromeSignal, holdsOtherProse, looksLikeFigure, looksLikeProse, type ChromeSignal } from './signals.ts';
import { linkDensity, type ElementStats, type StatsMap } from './stats.ts';

export interface Segment {
  kind: ContentKind;
  level?: number;
  text: string;
  /** Inline content, for paragraphs, headings, quotes, captions and code. */
  phrasing: PhrasingContent[];
  /** List items or table rows (cells joined by " | "). */
  items?: PhrasingContent[][];
  rows?: string[][];
  itemTexts?: string[];
  /** For lists: how many items are (nearly) nothing but a link, the shape of teaser and menu lists. */
  linkItems?: number;
  /** For lists: how many items are sentences with (nearly) no link, which menus and teasers lack. */
  proseItems?: number;
  linkChars: number;
  textChars: number;
  inRoot: boolean;
  chrome: ChromeSignal | null;
  /**
   * Some wrapper names the block part of a box laid over the page or asking something of the
   * reader (a consent notice, a sign-in or newsletter box, a dialog, modal or popup), however deep
   * (a consent notice's <form>, the nearest signal, names only a form): never the article.
   */
  overlay?: boolean;
  /**
   * The block lies in a picture's caption (a <figcaption>, however its text is cut into <p>s and
   * <div>s inside): text the page prints under a picture, not in the run of the article.
   */
  inCaption?: boolean;
  /** The tag that opened the block, e.g. "p", "h2", "li", "div". */
  tag: string;
}

interface Context {
  inRoot: boolean;
  chrome: ChromeSignal | null;
  overlay: boolean;
  inCaption: boolean;
}

interface OpenBlock {
  kind: ContentKind;
  level?: number;
  tag: string;
  builder: PhrasingBuilder;
  context: Context;
  /**
   * Set when the block's first text lay inside an inline element that names chrome or an overlay
   * (a note link <a class="popup"> on the paragraph's first word): how many characters the block
   * held when that element closed, and the context around it. The element's class speaks for its
   * own few words, not for the sentence that runs on after it.
   */
  wrapper?: { chars: number; context: Context };
}

interface ListCollector {
  items: PhrasingBuilder[];
  open: PhrasingBuilder[];
  /**
   * Text that sits in the list outside any item (old pages indent a quotation or a note with a
   * bare <ul> or <dl>, and browsers show that text as it stands): an item of its own, so it is
   * not lost. Null while an item is open or before such text comes.
   */
  loose: PhrasingBuilder | null;
  /**
   * Whether the list has items of its own (<li>, <dt>, <dd>). Loose text is kept only in a list
   * without any: there the list is an indent, shown without bullets, and its runs of text are
   * paragraphs (quotes in a quotation); beside real items it is a menu's or an accordion's stray
   * label, which browsers show but which is no article text.
   */
  hasItems: boolean;
  /** The paragraph kind where the list stands (a quote inside a <blockquote>). */
  textKind: 'paragraph' | 'quote';
  /**
   * The runs of loose text, apart from the items, each with the context where it stands: a chrome
   * wrapper or a caption inside the list (a comment widget's <div class="comment"> straight in an
   * <ol>) marks its own text, which the list's context would not.
   */
  looseItems: { builder: PhrasingBuilder; context: Context; kind: ContentKind }[];
  context: Context;
  tag: string;
}

interface TableCollector {
  rows: PhrasingBuilder[][];
  cell: PhrasingBuilder | null;
  context: Context;
}

interface ExitState {
  root?: boolean;
  /** The chrome stack to restore on leaving a list of notes. */
  notes?: ChromeSignal[];
  savedChrome?: ChromeSignal[];
  savedOverlay?: number;
  caption?: boolean;
  chrome?: boolean;
  overlay?: boolean;
  quote?: boolean;
  anchor?: boolean;
  inline?: { builder: PhrasingBuilder; node: InlineContainer };
  block?: boolean;
  list?: ListCollector;
  item?: boolean;
  table?: TableCollector;
  cell?: boolean;
  separator?: PhrasingBuilder;
  /** A block element in a list outside any item: the loose text after it is a new item. */
  endsLoose?: ListCollector;
}

/** A table of data (rows and columns of short cells), as opposed to a table used for layout. */
function isDataTable(table: Element): boolean {
  const role = table.attribs.role;
  if (role === 'presentation' || role === 'none') return false;
  let rows = 0;
  let header = false;
  const stack: AnyNode[] = [...table.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const name = node.name;
    if (
      name === 'table' ||
      name === 'p' ||
      name === 'div' ||
      name === 'ul' ||
      name === 'ol' ||
      name === 'blockquote' ||
      name === 'pre' ||
      name in HEADING_LEVEL
    )
      return false;
    if (name === 'tr') rows++;
    if (name === 'th' || name === 'thead' || name === 'caption') header = true;
    for (const child of node.children) stack.push(child);
  }
  return header || rows >= 2;
}

const NON_ASCII = /[^\x00-\x7f]/;

export interface SegmentOptions {
  roots: Set<Element>;
  stats: StatsMap;
}

/** Characters and link share over which a <header> outside the article reads as a section's text. */
const SECTION_HEADER_TEXT = 300;
const SECTION_HEADER_LINKS = 0.1;

/** Characters of text after an inline chrome element, in the paragraph it opened, that make a run of prose. */
const RUN_ON_PROSE = 200;

/**
 * Inline chrome that the same run of text carries on as its own prose, however long: a comment's
 * author link before the comment, a teaser's headline before its excerpt, an author's name before
 * the bio ("Ann Lee is a reporter …"). A block opened in one keeps the element's verdict.
 */
const opensOwnProse = (kind: ChromeSignal['kind']) => holdsOtherProse(kind) || kind === 'byline';

function proseHeader(s: ElementStats | undefined): boolean {
  return s !== undefined && s.text >= SECTION_HEADER_TEXT && linkDensity(s) < SECTION_HEADER_LINKS;
}

export function segment(body: Element, { roots, stats }: SegmentOptions): Segment[] {
  const segments: Segment[] = [];
  let current: OpenBlock | null = null;
  let list: ListCollector | null = null;
  let table: TableCollector | null = null;
  let chromeStack: ChromeSignal[] = [];
  // Open elements that name an overlay (ChromeSignal.overlay), counted apart from the chrome stack:
  // a dialog long enough to pass for prose inside the article is not pushed there, and is still one.
  let overlayDepth = 0;
  let captionDepth = 0;
  let rootDepth = 0;
  let rootText = 0;
  let quoteDepth = 0;
  let anchorDepth = 0;
  let pendingBreak = false;

  const footnotes = footnotesOf(body);
  // Wrappers that hold the article's container. Their class or tag called them chrome, and the
  // article inside them says otherwise (markup that never closes a sidebar, a layout wrapper named
  // "off-canvas" or "content-sidebar" around the body): their chrome is marked so that the
  // article's adoption of neighbouring prose may take their other paragraphs (adoptNeighbours).
  const holdsRoot = new Set<Element>();
  for (const root of roots) {
    for (let node = root.parent; node && isElement(node) && node !== body && !holdsRoot.has(node); node = node.parent) holdsRoot.add(node);
  }

  const context = (): Context => ({
    inRoot: rootDepth > 0,
    chrome: chromeStack.length ? chromeStack[chromeStack.length - 1] : null,
    overlay: overlayDepth > 0,
    inCaption: captionDepth > 0,
  });

  // Every caller hands a literal of its own: the context is written into it, in the order the
  // spreads that copied it wrote them (two spreads per block were the walk's costliest line).
  const push = (segment: Omit<Segment, 'inRoot' | 'chrome' | 'overlay' | 'inCaption'>, ctx: Context) => {
    const block = segment as Segment;
    block.inRoot = ctx.inRoot;
    block.chrome = ctx.chrome;
    block.overlay = ctx.overlay;
    if (ctx.inCaption) block.inCaption = true;
    segments.push(block);
  };

  const finishCurrent = () => {
    pendingBreak = false;
    if (!current) return;
    const block = current;
    current = null;
    if (block.builder.isEmpty) return;
    // Prose that runs on past the inline chrome element it began in, longer than what the element
    // holds, is read in the context around that element. A short line after it (the date after
    // a byline's <span class="author">) is still the element's line.
    const wrapper = block.wrapper;
    const runOn = wrapper ? block.builder.textChars - wrapper.chars : 0;
    const blockContext = wrapper && runOn >= RUN_ON_PROSE && runOn > wrapper.chars ? wrapper.context : block.context;
    const finished = block.builder.finish();
    if (!finished.text) return;
    const { children } = finished;
    // Code keeps its layout; everything else reads as the browser renders it.
    const text = block.kind === 'code' ? block.builder.raw.replace(/^\s*\n|\s+$/g, '') : finished.text;
    push(
      {
        kind: block.kind,
        level: block.level,
        text,
        phrasing: children,
        linkChars: block.builder.linkChars,
        textChars: block.builder.textChars,
        tag: block.tag,
      },
      blockContext,
    );
  };

  const openBlock = (kind: ContentKind, tag: string, level?: number) => {
    finishCurrent();
    current = { kind, tag, level, builder: new PhrasingBuilder(kind === 'code'), context: context() };
  };

  const finishList = (collector: ListCollector) => {
    // A list without items is an indent: its loose text reads as paragraphs. Beside items, loose
    // text (a stray label) is left out.
    if (!collector.hasItems) {
      for (const { builder, context, kind } of collector.looseItems) {
        if (builder.isEmpty) continue;
        const { children, text } = builder.finish();
        if (!text) continue;
        const paragraph = {
          kind,
          text,
          phrasing: children,
          linkChars: builder.linkChars,
          textChars: builder.textChars,
          tag: collector.tag,
        };
        push(paragraph, context);
      }
      return;
    }
    const items: PhrasingContent[][] = [];
    const itemTexts: string[] = [];
    let linkChars = 0;
    let textChars = 0;
    let linkItems = 0;
    let proseItems = 0;
    for (const builder of collector.items) {
      if (builder.isEmpty) continue;
      const { children, text } = builder.finish();
      if (!text) continue;
      items.push(children);
      itemTexts.push(text);
      linkChars += builder.linkChars;
      textChars += builder.textChars;
      // A time or counter beside the link ("14:32 Headline") does not make the item prose.
      const unlinked = builder.textChars - builder.linkChars;
      if (builder.linkChars >= builder.textChars * 0.8 || (builder.linkChars > 0 && (unlinked <= 8 || (unlinked <= MAX_STAMP && stampOnly(children)))))
        linkItems++;
      else if (unlinked >= 80 && builder.linkChars <= builder.textChars * 0.1) proseItems++;
    }
    if (items.length === 0) return;
    push(
      { kind: 'list', text: itemTexts.join('\n'), phrasing: [], items, itemTexts, linkItems, proseItems, linkChars, textChars, tag: collector.tag },
      collector.context,
    );
  };

  const finishTable = (collector: TableCollector) => {
    const rows: string[][] = [];
    let linkChars = 0;
    let textChars = 0;
    for (const row of collector.rows) {
      const cells = row.map((cell) => {
        linkChars += cell.linkChars;
        textChars += cell.textChars;
        return cell.finish().text;
      });
      if (cells.some((cell) => cell.length > 0)) rows.push(cells);
    }
    if (rows.length === 0) return;
    push({ kind: 'table', text: rows.map((row) => row.join(' | ')).join('\n'), phrasing: [], rows, linkChars, textChars, tag: 'table' }, collector.context);
  };

  /** Opens a run of loose text in a list, outside any item, where the walk stands now. */
  const startLoose = (collector: ListCollector): PhrasingBuilder => {
    collector.loose = new PhrasingBuilder();
    const ctx = context();
    // A figure's caption inside the list reads as a caption, as it would outside one.
    const kind = ctx.inCaption && !collector.context.inCaption ? 'caption' : collector.textKind;
    collector.looseItems.push({ builder: collector.loose, context: ctx, kind });
    return collector.loose;
  };

  /** Where inline content currently goes. */
  const target = (): PhrasingBuilder | null => {
    if (table?.cell) return table.cell;
    if (list) return list.open.length ? list.open[list.open.length - 1] : list.loose;
    return current?.builder ?? null;
  };

  const onEnter = (el: Element): ExitState | null => {
    // A formula drawn as an image is article text: its alt is the formula's source (TeX), and
    // the page often hides it from screen readers because a MathML twin is hidden beside it.
    const formula = formulaText(el);
    if (formula) {
      onText(` ${formula} `);
      return null;
    }
    if (isIgnored(el) || footnotes.markers.has(el)) return null;
    const state: ExitState = {};
    const name = el.name;

    // The notes the text's footnote markers point to: dropped as a whole, with the heading that
    // opens them ("References", "Notes") when nothing stands between the two.
    if (footnotes.notes.has(el)) {
      finishCurrent();
      const signal = NOTES_SIGNAL;
      const last = segments[segments.length - 1];
      if (last && last.kind === 'heading' && last.text.length <= 40) last.chrome = signal;
      state.notes = chromeStack;
      chromeStack = [...chromeStack, signal];
    }

    if (roots.has(el)) {
      state.root = true;
      state.savedChrome = chromeStack;
      chromeStack = [];
      state.savedOverlay = overlayDepth;
      overlayDepth = 0;
      rootDepth++;
      rootText = stats.get(el)?.text ?? 0;
    } else {
      const signal = chromeSignal(el);
      // Inside the article, a bare <header> is the article's own head (title, standfirst, lead
      // image): its title, byline and date lines are judged one by one, not dropped wholesale.
      const articleHead = rootDepth > 0 && name === 'header' && signal?.rule === 'tag';
      // Outside it, a bare <header> holding a long stretch of prose with few links is no banner
      // (a site's masthead is a logo, a menu and a search box) but a section's text that a page
      // builder wraps in <header> beside a picture: not chrome, so the article's adoption of its
      // neighbouring sections may judge it (adoptNeighbours).
      const sectionText = rootDepth === 0 && name === 'header' && signal?.rule === 'tag' && proseHeader(stats.get(el));
      const inArticle = rootDepth > 0 && signal !== null && (looksLikeProse(signal, stats.get(el), rootText) || looksLikeFigure(signal, stats.get(el)));
      if (signal?.overlay) {
        overlayDepth++;
        state.overlay = true;
      }
      if (signal && !articleHead && !sectionText && !inArticle) {
        chromeStack.push(holdsRoot.has(el) ? { ...signal, holdsArticle: true } : signal);
        state.chrome = true;
      }
    }

    if (name === 'br') {
      const builder = target();
      if (builder && !builder.isEmpty) {
        if (pendingBreak && builder === current?.builder) finishCurrent();
        else {
          builder.lineBreak();
          pendingBreak = true;
        }
      }
      return state;
    }
    if (isNavigatingLink(el)) {
      anchorDepth++;
      state.anchor = true;
    }
    const inline = inlineNode(el);
    if (inline) {
      // A link that opens a run of text (a teaser line: a bare <a> in a <div>) opens the paragraph,
      // as its text would, so that the block keeps the link and where it points.
      if (inline.type === 'link' && !list && !table && !current) openBlock(quoteDepth > 0 ? 'quote' : 'paragraph', 'text');
      // So does one that opens loose text in a list without items.
      else if (inline.type === 'link' && list && !table && !target()) startLoose(list);
      const builder = target();
      if (builder) {
        builder.openInline(inline);
        state.inline = { builder, node: inline };
      }
      return state;
    }
    if (!BLOCK_TAGS.has(name)) return state;

    // Inside a data table: rows and cells.
    if (table) {
      if (name === 'tr') table.rows.push([]);
      else if (name === 'td' || name === 'th') {
        if (table.rows.length === 0) table.rows.push([]);
        const cell = new PhrasingBuilder();
        table.rows[table.rows.length - 1].push(cell);
        table.cell = cell;
        state.cell = true;
      } else if (name === 'caption' && !list) {
        openBlock('caption', name);
        state.block = true;
      } else if (table.cell) {
        table.cell.space();
        state.separator = table.cell;
      }
      return state;
    }
    // Inside a list: items; anything block-level within an item is run into it.
    if (list) {
      if (name === 'li' || name === 'dt' || name === 'dd') {
        list.loose = null;
        list.hasItems = true;
        const item = new PhrasingBuilder();
        list.items.push(item);
        list.open.push(item);
        state.item = true;
      } else if (list.open.length === 0) {
        // A block outside any item (a <p> or nested <ul> straight in the list) is an item apart
        // from the loose text around it.
        list.loose = null;
        state.endsLoose = list;
        if (name === 'figcaption') {
          captionDepth++;
          state.caption = true;
        }
      } else {
        const builder = target();
        if (builder) {
          builder.space();
          state.separator = builder;
        }
      }
      return state;
    }

    if (name === 'ul' || name === 'ol' || name === 'dl' || name === 'menu' || name === 'dir') {
      finishCurrent();
      list = {
        items: [],
        open: [],
        loose: null,
        hasItems: false,
        looseItems: [],
        textKind: quoteDepth > 0 ? 'quote' : 'paragraph',
        context: context(),
        tag: name,
      };
      state.list = list;
      return state;
    }
    if (name === 'table' && isDataTable(el)) {
      finishCurrent();
      table = { rows: [], cell: null, context: context() };
      state.table = table;
      return state;
    }
    if (name === 'blockquote') {
      finishCurrent();
      quoteDepth++;
      state.quote = true;
      return state;
    }
    const level = HEADING_LEVEL[name];
    if (level) {
      openBlock('heading', name, level);
      state.block = true;
      return state;
    }
    if (name === 'pre') {
      openBlock('code', name);
      state.block = true;
      return state;
    }
    if (name === 'figcaption' || name === 'caption') {
      if (name === 'figcaption') {
        captionDepth++;
        state.caption = true;
      }
      openBlock('caption', name);
      state.block = true;
      return state;
    }
    if (name === 'p' || name === 'li' || name === 'dt' || name === 'dd' || name === 'address' || name === 'summary') {
      openBlock(quoteDepth > 0 ? 'quote' : 'paragraph', name);
      state.block = true;
      return state;
    }
    // Any other block-level element ends the running paragraph.
    finishCurrent();
    state.block = true;
    return state;
  };

  const onExit = (el: Element, state: ExitState) => {
    if (state.inline) state.inline.builder.closeInline(state.inline.node);
    if (state.anchor) anchorDepth--;
    if (state.separator) state.separator.space();
    if (state.cell && table) table.cell = null;
    if (state.item && list) list.open.pop();
    if (state.endsLoose) state.endsLoose.loose = null;
    if (state.block) finishCurrent();
    if (state.caption) captionDepth--;
    if (state.table) {
      finishTable(state.table);
      table = null;
    }
    if (state.list) {
      finishList(state.list);
      list = null;
    }
    if (state.quote) {
      finishCurrent();
      quoteDepth--;
    }
    const popped = state.chrome ? chromeStack.pop() : undefined;
    if (state.overlay) overlayDepth--;
    // An inline element naming chrome or an overlay closes inside the block its text opened.
    if (
      (popped ? !opensOwnProse(popped.kind) : state.overlay) &&
      current &&
      !current.wrapper &&
      !BLOCK_TAGS.has(el.name) &&
      (popped ? current.context.chrome === popped : current.context.overlay && overlayDepth === 0)
    )
      current.wrapper = { chars: current.builder.textChars, context: context() };
    if (state.notes) {
      finishCurrent();
      chromeStack = state.notes;
    }
    if (state.root) {
      finishCurrent();
      rootDepth--;
      chromeStack = state.savedChrome ?? [];
      overlayDepth = state.savedOverlay ?? 0;
    }
  };

  const onText = (raw: string) => {
    // Composed form (NFC), as text is compared and searched: pages mix precomposed letters and
    // letters with combining marks (Bengali য়, Vietnamese, Hangul typed on some systems).
    const data = NON_ASCII.test(raw) ? raw.normalize('NFC') : raw;
    let builder = target();
    if (!builder && list && !table && /\S/.test(data)) builder = startLoose(list);
    if (!builder) {
      if (list || table || !/\S/.test(data)) return;
      openBlock(quoteDepth > 0 ? 'quote' : 'paragraph', 'text');
      builder = current!.builder;
    }
    builder.append(data, anchorDepth > 0);
    if (/\S/.test(data)) pendingBreak = false;
  };

  // The walk's stack as two arrays side by side, a node and, for an element being left, the state
  // its entry kept (null: the node is being entered): no frame object per node of the page.
  const nodes: AnyNode[] = [body];
  const exits: (ExitState | null)[] = [null];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const exit = exits.pop()!;
    if (exit) {
      onExit(node as Element, exit);
      continue;
    }
    if (node.type === 'text') {
      onText(node.data);
      continue;
    }
    if (!isElement(node)) continue;
    const state = onEnter(node);
    if (!state) continue;
    nodes.push(node);
    exits.push(state);
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i]!);
      exits.push(null);
    }
  }
  finishCurrent();
  return segments;
}

/** Up to this many characters, the text beside an item's link can be its date and time ("10.08.2022 11:05"). */
const MAX_STAMP = 24;
/** Digits with the marks dates, times and counts are written with, and nothing else. */
const STAMP = /^[\d\s.:/,|·–-]*$/;

/**
 * The text of an item outside its links is a date, a time or a count and nothing else: a dated
 * headline ("10.08.2022 11:05 Headline"), the shape of a news list, not a sentence of the article.
 */
function stampOnly(children: PhrasingContent[]): boolean {
  let unlinked = '';
  const stack = [...children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'link') continue;
    if (node.type === 'text') unlinked += node.value;
    else if ('children' in node) stack.push(...(node.children as PhrasingContent[]));
  }
  return STAMP.test(unlinked);
}

function inlineNode(el: Element): InlineContainer | null {
  switch (el.name) {
    case 'em':
    case 'i':
    case 'cite':
      return { type: 'emphasis', children: [] };
    case 'strong':
    case 'b':
      return { type: 'strong', children: [] };
    case 's':
    case 'del':
    case 'strike':
      return { type: 'delete', children: [] };
    case 'a': {
      const href = el.attribs.href?.trim();
      if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return null;
      return { type: 'link', url: href, children: [] };
    }
    default:
      return null;
  }
}

/** Class words that mark an image as a rendered formula. */
const FORMULA_TOKENS = new Set(['math', 'tex', 'latex', 'formula', 'equation', 'katex', 'mathjax']);

/** The source of a formula drawn as an image (its alt text), or null for any other element. */
function formulaText(el: Element): string | null {
  if (el.name !== 'img') return null;
  const alt = el.attribs.alt?.trim();
  if (!alt) return null;
  return classTokens(el).some((token) => FORMULA_TOKENS.has(token)) ? alt.replace(/\s+/g, ' ') : null;
}
