// The HTML cleaner: finds the article's container by paragraph votes and the page's own hints,
// cuts the page into blocks in document order, judges each block (kept, or dropped with a reason),
// and derives the clean text and markdown from the kept ones. When the container keeps little text,
// the other ways are tried (the whole page judged, the page's declared container, the vote through
// chrome-named wrappers, a paragraph classifier, the JSON-LD articleBody or a guide's steps, the <noscript> content)
// and the result says which way won and why the first did not (`extraction`); never silently empty.
// Pure: the DOM is read, never changed.
import * as cheerio from 'cheerio/slim'; // as ingest/page.ts: no fetch/stream loaders at start-up
import type { CheerioAPI } from 'cheerio';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { Block, Cleaned } from '../../text/blocks.ts';
import type { ExtractionMethod } from '../../records/document.ts';
import { jsonLdNodes, type JsonLdNode } from '../../ingest/jsonld.ts';
import { selectRoots, type Paragraph } from './candidates.ts';
import { classifyParagraphs } from './classify.ts';
import { isElement } from './dom.ts';
import { elementsByItemprop, elementsByRole, elementsByTag } from '../../ingest/dom-index.ts';
import { articleBodyHint } from './hints.ts';
import { judge, type JudgeOptions, type Verdict } from './judge.ts';
import { statedTitles } from '../../text/title.ts';
import { toMarkdown } from './markdown.ts';
import { segment, type Segment } from './segment.ts';
import { pageSite } from './site.ts';
import { computeStats } from './stats.ts';

/** Below this share of the page's paragraph text, the chosen container is taken to have missed the article. */
const MIN_COVERAGE = 0.3;
/** Under this many characters kept, the other ways are tried (a short article keeps more). */
const FALLBACK_BELOW = 500;

/** `jsonLd`: the page's JSON-LD nodes, as ingest read them (Page.jsonLd). */
export function cleanHtml(
  $: CheerioAPI,
  jsonLd: readonly JsonLdNode[],
  { titles = statedTitles($), readNoscript = true }: { titles?: Set<string>; readNoscript?: boolean } = {},
): Cleaned {
  const body = (elementsByTag($, 'body')[0] ?? $.root().children().get(0)) as Element | undefined;
  if (!body || !isElement(body)) return { blocks: [], text: '', markdown: '', extraction: { method: 'none', reason: 'the page has no body' } };

  const stats = computeStats(body);
  const { roots, paragraphs } = selectRoots($, body, stats, titles);
  const judging: JudgeOptions = { titles, site: pageSite($) };
  const segments = segment(body, { roots: new Set(roots), stats });
  let found: Found = { segments, verdicts: judge(segments, judging), method: 'container' };
  let reason: string | null = null;
  // The whole page judged block by block: asked for by both fallbacks below, judged at most once.
  let judgedWhole: Found | null = null;
  const wholePage = (): Found => (judgedWhole ??= { segments, verdicts: judge(segments, { ...judging, wholePage: true }), method: 'whole_page' });

  // The container missed most of the page's prose: judge the whole page by the other signals.
  const keptChars = sumKept(found);
  const prose = proseChars(paragraphs);
  if (keptChars < prose * MIN_COVERAGE && keptChars < FALLBACK_BELOW) {
    const widened = wholePage();
    if (sumKept(widened) > keptChars) {
      reason = `container kept ${keptChars} characters of ${prose} in the page's paragraphs`;
      found = widened;
    }
  }

  // Still little text: try the other ways (counting, for the page's prose, paragraphs under
  // chrome-named wrappers, which the vote leaves out) and keep the one that keeps the most text.
  if (sumKept(found) < FALLBACK_BELOW) {
    const wider = selectRoots($, body, stats, titles, { throughChrome: true });
    const pageProse = Math.max(prose, proseChars(wider.paragraphs));
    const before = sumKept(found);
    const alternatives: Found[] = [];
    // Under FALLBACK_BELOW characters the share of the page is no test: the page's paragraph count
    // misses prose written in <div>s with block children, so the whole page competes too.
    if (found.method === 'container') alternatives.push(wholePage());
    const hinted = hintRoots($);
    if (hinted.length) {
      const hintSegments = segment(body, { roots: new Set(hinted), stats });
      alternatives.push({ segments: hintSegments, verdicts: judge(hintSegments, judging), method: 'page_hint' });
    }
    const throughSegments = segment(body, { roots: new Set(wider.roots), stats });
    alternatives.push({ segments: throughSegments, verdicts: judge(throughSegments, judging), method: 'container_through_chrome' });
    const wholeSegments = segment(body, { roots: new Set([body]), stats });
    alternatives.push({ segments: wholeSegments, verdicts: classifyParagraphs(wholeSegments), method: 'paragraph_classifier' });
    // The stated rule: the way that keeps the most characters of text wins, and the first way keeps
    // its place unless another keeps more than twice as much; ties go to the way tried first (the
    // whole page, the page's hints, the vote through chrome, the classifier).
    let best = found;
    for (const alternative of alternatives) if (sumKept(alternative) > Math.max(sumKept(best), before * 2)) best = alternative;
    if (best !== found) {
      reason ??= `${found.method} kept ${before} characters of ${pageProse} in the page's paragraphs`;
      found = best;
    }
  }

  // The vote's container won: its article's other sections join it (not after a fallback, whose
  // ways already judge the whole page).
  if (found.method === 'container') found = threadOf(adoptNeighbours(found, judging), judging);
  let blocks: Block[] = found.segments.map((s, i) => toBlock(s, found.verdicts[i]));
  let kept = found.segments.filter((_, i) => found.verdicts[i].kept);
  let method: ExtractionMethod = found.method;

  // The DOM gave almost nothing but the page states its body in JSON-LD: use that text.
  const declaredBody = articleBodyHint(jsonLd);
  const declared = declaredBody?.paragraphs;
  if (declared && sumKept(found) < declared.join(' ').length * MIN_COVERAGE) {
    const fromHint = declared.map(
      (text): Segment => ({
        kind: 'paragraph',
        text,
        phrasing: [{ type: 'text', value: text }],
        linkChars: 0,
        textChars: text.length,
        inRoot: true,
        chrome: null,
        tag: 'json-ld',
      }),
    );
    blocks = [
      ...blocks.map((b) => (b.kept ? { ...b, kept: false, kind: 'boilerplate' as const, reason: `replaced by the JSON-LD ${declaredBody!.field}` } : b)),
      ...fromHint.map((s) => toBlock(s, { kept: true, kind: 'paragraph', reason: null })),
    ];
    reason = `${method} kept ${sumKept(found)} characters; the JSON-LD ${declaredBody!.field} ${declaredBody!.field === 'articleBody' ? 'holds' : 'hold'} ${declared.join(' ').length}`;
    kept = fromHint;
    method = 'json_ld';
  }

  // Nothing visible, but the page prints its article for readers without scripts (<noscript>, which
  // the walks skip as a script's fallback): clean that as a page of its own.
  if (kept.length === 0 && readNoscript) {
    const fallback = noscriptPage($);
    if (fallback) {
      // A page of its own, parsed here: its JSON-LD (if the <noscript> holds any) is read with it.
      const inner = cleanHtml(fallback, jsonLdNodes(fallback), { titles, readNoscript: false });
      if (inner.text) {
        const dropped = blocks.map((b) => (b.kept ? { ...b, kept: false, kind: 'boilerplate' as const, reason: 'replaced by the <noscript> text' } : b));
        return {
          ...inner,
          blocks: [...dropped, ...inner.blocks],
          extraction: {
            method: 'noscript',
            reason: `the visible page gave no main text; ${inner.extraction.method} found it in the page's <noscript> content`,
          },
        };
      }
    }
  }

  if (kept.length === 0) {
    reason = `no way found main text (the container, the whole page, the page's hints, the vote through chrome, the JSON-LD articleBody or steps, the paragraph classifier); the page has ${proseChars(paragraphs)} characters in paragraphs`;
    method = 'none';
  }

  return {
    blocks,
    text: kept.map((s) => s.text).join('\n\n'),
    markdown: toMarkdown(kept),
    extraction: { method, reason },
  };
}

/**
 * The article's other sections: a block outside the chosen container that no ancestor declares
 * chrome (or only one that also holds the container, for a paragraph), and that the paragraph classifier (length, function words, link density, neighbours)
 * judges article prose, joins it. Pages cut one article into sibling sections, content elements or
 * columns (a CMS's frames, an articleBody split around a player, an interview after its lead) and
 * the vote picks one of them; the rest is plain prose beside it. The joined blocks are then judged
 * like the container's own (bylines, date lines, link lines, repeated teasers still drop).
 */
function adoptNeighbours(found: Found, judging: JudgeOptions): Found {
  const { segments } = found;
  // The classifier reads every block of the page (its words, its neighbours): not run when no
  // block could be adopted whatever it said.
  if (!segments.some(adoptable)) return found;
  const prose = classifyParagraphs(segments);
  let changed = false;
  const adopted = segments.map((s, i) => {
    if (!prose[i].kept || !adoptable(s)) return s;
    changed = true;
    return { ...s, inRoot: true, chrome: null };
  });
  if (!changed) return found;
  return { segments: adopted, verdicts: judge(adopted, judging), method: found.method };
}

/** A block outside the container that may join it if the classifier judges it article prose. */
function adoptable(s: Segment): boolean {
  if (s.inRoot || teaserShaped(s)) return false;
  // Chrome declared by a wrapper that also holds the article (segment.ts) is no evidence against
  // a paragraph of prose; headings, captions and lists there stay chrome (a sidebar's labels).
  return !s.chrome || (s.chrome.holdsArticle === true && s.kind === 'paragraph' && !s.overlay);
}

/**
 * A list outside the article that carries links and not one item reading as a sentence without
 * them: a teaser or menu list (headline links, each with its excerpt), however long its excerpts
 * and few its links, never a section of the article (whose lists hold sentences, or no links).
 */
function teaserShaped(s: Segment): boolean {
  return s.kind === 'list' && s.linkChars > 0 && (s.proseItems ?? 0) === 0;
}

/** Under this many characters of its own, a container whose comment-named blocks hold THREAD_RATIO times more is a thread. */
const THREAD_BELOW = 1000;
const THREAD_RATIO = 3;

/**
 * A forum thread or a live ticker: the container holds little text of its own and far more in
 * blocks its markup names as comments or replies ("message reply", "comment-entry"). There the
 * posts are the page's content, not the comments below an article: they are judged as the
 * container's own. An article with comments under it keeps its text ahead of them and is left alone.
 */
function threadOf(found: Found, judging: JudgeOptions): Found {
  const own = sumKept(found);
  if (own >= THREAD_BELOW) return found;
  let posts = 0;
  for (const s of found.segments) if (s.inRoot && s.chrome?.kind === 'comment') posts += s.textChars;
  if (posts < Math.max(own * THREAD_RATIO, FALLBACK_BELOW)) return found;
  const segments = found.segments.map((s) => (s.inRoot && s.chrome?.kind === 'comment' ? { ...s, chrome: null } : s));
  return { segments, verdicts: judge(segments, judging), method: found.method };
}

/** One way of finding the article: the blocks it cut and its verdict on each. */
interface Found {
  segments: Segment[];
  verdicts: Verdict[];
  method: ExtractionMethod;
}

/** Characters of the page's paragraphs that are not mostly links. */
function proseChars(paragraphs: Paragraph[]): number {
  return paragraphs.reduce((total, p) => total + (p.linkDensity < 0.5 ? p.length : 0), 0);
}

/** Under this many characters of text, a <noscript> is a notice ("enable JavaScript"), not a page. */
const MIN_NOSCRIPT_TEXT = 200;

/** The page's <noscript> contents with enough text, parsed as one page of their own; null when none. */
function noscriptPage($: CheerioAPI): CheerioAPI | null {
  const parts = $('body noscript')
    .toArray()
    .filter((el) => $(el).text().replace(/\s+/g, ' ').trim().length >= MIN_NOSCRIPT_TEXT)
    .map((el) => $(el).html() ?? '');
  if (parts.length === 0) return null;
  return cheerio.load(parseDocument(`<!DOCTYPE html><html><body>${parts.join('\n')}</body></html>`, { decodeEntities: true }));
}

/**
 * The containers the page declares: every itemprop=articleBody (the body is sometimes split over
 * sibling sections that each carry it), else the one <article>, else the one <main>.
 */
function hintRoots($: CheerioAPI): Element[] {
  const bodies = elementsByItemprop($, 'articleBody').filter(isElement);
  if (bodies.length) return bodies.filter((el) => !bodies.some((other) => other !== el && $(other).find(el).length));
  // $('article'), $('main'), $('[role="main"]'), looked up in the page's index.
  for (const elements of [elementsByTag($, 'article'), elementsByTag($, 'main'), elementsByRole($, 'main')]) {
    const found = elements.filter(isElement);
    if (found.length === 1) return found;
  }
  return [];
}

function sumKept({ segments, verdicts }: Pick<Found, 'segments' | 'verdicts'>): number {
  let total = 0;
  for (let i = 0; i < segments.length; i++) if (verdicts[i].kept) total += segments[i].textChars;
  return total;
}

function toBlock(segment: Segment, verdict: Verdict): Block {
  const block: Block = { text: segment.text, kind: verdict.kind, kept: verdict.kept, reason: verdict.reason, span: null };
  if (segment.kind === 'heading' && segment.level) block.level = segment.level;
  if (segment.itemTexts) block.items = segment.itemTexts;
  if (segment.rows) block.items = segment.rows.map((row) => row.join(' | '));
  return block;
}
