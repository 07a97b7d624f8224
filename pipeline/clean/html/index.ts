// The HTML cleaner: finds the article's container by paragraph votes and the page's own hints,
// cuts the page into blocks in document order, judges each block (kept, or dropped with a reason),
// and derives the clean text and markdown from the kept ones. Pure: the DOM is read, never changed.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Block, Cleaned } from '../block.ts';
import { selectRoots } from './candidates.ts';
import { isElement } from './dom.ts';
import { articleBodyHint } from './hints.ts';
import { judge, normaliseTitle, type Verdict } from './judge.ts';
import { toMarkdown } from './markdown.ts';
import { segment, type Segment } from './segment.ts';
import { computeStats } from './stats.ts';

/** Below this share of the page's paragraph text, the chosen container is taken to have missed the article. */
const MIN_COVERAGE = 0.3;

export function cleanHtml($: CheerioAPI): Cleaned {
  const body = ($('body').get(0) ?? $.root().children().get(0)) as Element | undefined;
  if (!body || !isElement(body)) return { blocks: [], text: '', markdown: '' };

  const stats = computeStats(body);
  const titles = titleTexts($);
  const { roots, paragraphs } = selectRoots($, body, stats, titles);
  const segments = segment(body, { roots: new Set(roots), stats });
  let verdicts = judge(segments, { titles });

  // The container missed most of the page's prose: judge the whole page by the other signals.
  const keptChars = sumKept(segments, verdicts);
  const prose = paragraphs.reduce((total, p) => total + (p.linkDensity < 0.5 ? p.length : 0), 0);
  if (keptChars < prose * MIN_COVERAGE && keptChars < 500) {
    const widened = judge(segments, { titles, wholePage: true });
    if (sumKept(segments, widened) > keptChars) verdicts = widened;
  }

  let blocks: Block[] = segments.map((s, i) => toBlock(s, verdicts[i]));
  let kept = segments.filter((_, i) => verdicts[i].kept);

  // The DOM gave almost nothing but the page states its body in JSON-LD: use that text.
  const declared = articleBodyHint($);
  if (declared && sumKept(segments, verdicts) < declared.join(' ').length * MIN_COVERAGE) {
    const fromHint = declared.map((text): Segment => ({ kind: 'paragraph', text, phrasing: [{ type: 'text', value: text }], linkChars: 0, textChars: text.length, inRoot: true, chrome: null, tag: 'json-ld' }));
    blocks = [...blocks.map((b) => (b.kept ? { ...b, kept: false, kind: 'boilerplate' as const, reason: 'replaced by the JSON-LD articleBody' } : b)), ...fromHint.map((s) => toBlock(s, { kept: true, kind: 'paragraph', reason: null }))];
    kept = fromHint;
  }

  return {
    blocks,
    text: kept.map((s) => s.text).join('\n\n'),
    markdown: toMarkdown(kept),
  };
}

function sumKept(segments: Segment[], verdicts: Verdict[]): number {
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

/** Every way the page states its title, normalised, so the title heading is not repeated as text. */
function titleTexts($: CheerioAPI): Set<string> {
  const titles = new Set<string>();
  const add = (value: string | undefined) => {
    const normalised = value ? normaliseTitle(value) : '';
    if (normalised) titles.add(normalised);
  };
  add($('meta[property="og:title"]').attr('content'));
  add($('meta[name="twitter:title"]').attr('content'));
  const title = $('title').first().text();
  add(title);
  for (const part of title.split(/\s+[|–—:·•-]\s+/)) add(part);
  return titles;
}
