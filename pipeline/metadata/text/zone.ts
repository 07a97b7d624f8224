// Finds what a text dump says about the page around the article's title: the title itself, the
// site's name, the breadcrumb and the sections, using the cleaner's labelled blocks and the
// site's own menu items. General cues only: "Reading:" labels, breadcrumbs, repeated site lines.
import type { Block } from '../../text/blocks.ts';
import { looksLikeByline } from '../authors.ts';
import type { DateOptions } from '../../text/dates.ts';
import { splitBreadcrumb } from './breadcrumb.ts';
import { findSiteName, nameShaped } from './site-name.ts';
import { findHeadline, headlineShaped } from './headline.ts';
import { keyOf, pattern } from '../../lexicon/index.ts';

/** First items of breadcrumbs that stand for the home page, not the site's name. */
const HOME = pattern('home-crumb');

export interface TitleZone {
  title: { value: string; source: string } | null;
  siteName: { value: string; source: string } | null;
  breadcrumb: string[];
  /** Index of the block holding the title, when one does. */
  titleIndex: number | null;
  /** A block the cleaner took for the title that is the byline under it ("Staff Writer"). */
  bylineIndex: number | null;
}

const BULLET = /^\s*(?:[•·▪◦*+-]|\d+[.)])\s/u;

/**
 * When the cleaner's title is a byline, the headline is the line just above it: a single line of
 * several words that is not a bullet item of a menu (the dump prints menu items with bullets).
 */
function headlineAbove(blocks: readonly Block[], bylineIndex: number, content: string | undefined): number | null {
  for (let i = bylineIndex - 1; i >= Math.max(0, bylineIndex - 2); i--) {
    const block = blocks[i]!;
    if (block.kept || block.text.includes('\n') || block.text.length > 200) return null;
    const source = content && block.span ? content.slice(content.lastIndexOf('\n', block.span.start - 1) + 1, block.span.end) : '';
    if (BULLET.test(source)) return null;
    if (block.text.split(/\s+/).length >= 3 && !/[:：]$/u.test(block.text) && !looksLikeByline(block.text)) return i;
  }
  return null;
}

const READING_LABEL = pattern('reading-now-label');

export function findTitleZone(blocks: readonly Block[], content?: string, dateOptions: DateOptions = {}): TitleZone {
  let siteName: TitleZone['siteName'] = findSiteName(blocks);

  const crumbBlock = blocks.find((block) => block.kind === 'breadcrumb');
  let crumbs = crumbBlock ? splitBreadcrumb(crumbBlock.text) : [];
  if (crumbs.length > 0) {
    const first = crumbs[0]!;
    if (siteName && keyOf(first) === keyOf(siteName.value)) crumbs = crumbs.slice(1);
    else if (HOME.test(first)) crumbs = crumbs.slice(1);
    // The first item names the site only when it is not one of the site's own section labels.
    else if (
      !siteName &&
      crumbs.length >= 3 &&
      nameShaped(first, 8) &&
      !/\s\/\s/u.test(crumbBlock!.text) &&
      !blocks.some((block) => block.kind === 'menu' && keyOf(block.text) === keyOf(first))
    ) {
      siteName = { value: first, source: 'text:breadcrumb' };
      crumbs = crumbs.slice(1);
    }
  }

  const readingBlock = blocks.find((block) => READING_LABEL.test(block.text));
  const reading = readingBlock ? readingBlock.text.replace(READING_LABEL, '').trim() : null;
  const cleanerTitle = blocks.findIndex((block) => block.kind === 'title');
  let titleIndex = cleanerTitle;
  let bylineIndex: number | null = null;
  if (titleIndex >= 0 && looksLikeByline(blocks[titleIndex]!.text)) {
    bylineIndex = titleIndex;
    titleIndex = headlineAbove(blocks, titleIndex, content) ?? -1;
  }
  // The cleaner's pick stands when it has a headline's shape and nothing likelier is near the body.
  const headline = findHeadline(blocks, dateOptions, cleanerTitle >= 0 ? cleanerTitle : null, content);
  let titleSource = 'text:title-line';
  if (headline) {
    titleIndex = headline.index;
    if (headline.index !== cleanerTitle) titleSource = `text:headline(${headline.cues.join(',')})`;
  } else if (titleIndex >= 0 && titleIndex === cleanerTitle && !headlineShaped(blocks[titleIndex]!.text, dateOptions)) titleIndex = -1;
  const titleBlock = titleIndex >= 0 ? blocks[titleIndex]!.text : null;
  const lastCrumb = crumbs.length > 0 ? crumbs[crumbs.length - 1]! : null;

  let title: TitleZone['title'] = null;
  if (titleBlock && ((lastCrumb && keyOf(lastCrumb) === keyOf(titleBlock)) || (reading && keyOf(reading) === keyOf(titleBlock))))
    title = { value: titleBlock, source: titleSource };
  else if (reading) title = { value: reading, source: 'text:label' };
  else if (titleBlock) title = { value: titleBlock, source: titleSource };
  // A wiki prints the page's name right above its tagline ("Mozilla" / "From Examplepedia, the free
  // encyclopedia"): the name is the title when nothing else gave one.
  else if (!titleBlock && taglined(blocks) !== null) title = { value: taglined(blocks)!, source: 'text:above-tagline' };
  // A crumb without words ("42°S 174°E / -42; 174" is a coordinate, not a trail) names no page.
  else if (lastCrumb && crumbs.length >= 2 && (lastCrumb.match(/\p{L}/gu)?.length ?? 0) >= 2) title = { value: lastCrumb, source: 'text:breadcrumb' };

  // "Home » Recipes » Cakes » Lemon cake": a breadcrumb printed as the headline's line ends on the
  // headline; "Headline [headline-photo-702x336]": a picture's file name the dump prints after it.
  if (title) title.value = stripImageName(lastOfTrail(title.value));
  // "Headline Headline": a renderer printed the link and its text side by side.
  if (title) title.value = title.value.replace(/^(.{8,}?)\s+\1$/su, '$1');
  // "Insights 3 surprising findings …": a section label run into the headline, which a line nearby
  // prints on its own; that line is the headline.
  if (title && titleIndex >= 0) {
    const key = keyOf(title.value);
    for (let i = Math.max(0, titleIndex - 4); i <= Math.min(blocks.length - 1, titleIndex + 4); i++) {
      const other = blocks[i]!.text.trim();
      const otherKey = keyOf(other);
      if (i === titleIndex || other.includes('\n') || otherKey.split(' ').length < 4 || otherKey === key) continue;
      const head = key.slice(0, key.length - otherKey.length).trim();
      if (key.endsWith(' ' + otherKey) && head.split(' ').length <= 2) {
        title.value = other;
        break;
      }
    }
  }
  if (title && lastCrumb && keyOf(lastCrumb) === keyOf(title.value)) crumbs = crumbs.slice(0, -1);
  if (title && siteName) title.value = stripSiteSuffix(title.value, siteName.value);
  return { title, siteName, breadcrumb: crumbs, titleIndex: titleIndex >= 0 ? titleIndex : null, bylineIndex };
}

/** A picture's file name in brackets at a line's end, as the dump prints an image without alt text
 * ("[headline-photo-702x336]", "[brands5c9b]"): eight characters or more with a digit, "_" or "-", or
 * an image extension; a short bracket ("Report [2023]", "Ranking [Top-10]") is the title's own. */
const IMAGE_NAME_AFTER = /\s+\[(?:(?=[\w.-]{8,}\])[\w.-]*[\d_-][\w.-]*|[\w.-]+\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?))\]$/iu;

/** "Headline [headline-photo-702x336.jpg]" → "Headline". */
export function stripImageName(line: string): string {
  return line.replace(IMAGE_NAME_AFTER, '');
}

/** The split of a line at a trail's separators, also run together with the items ("Home»News»Headline").
 * » and › are also German quotation marks (»Zeitenwende«, ›so‹): a line holding the closing « (‹) quotes
 * with them, so they separate nothing there. */
function trailItems(line: string, slash: boolean): string[] {
  const marks = `${line.includes('«') ? '' : '»'}${line.includes('‹') ? '' : '›'}`;
  const spaced = slash ? '>|\\/|→' : '>|→';
  const separator = new RegExp(marks ? `\\s*[${marks}]\\s*|\\s+(?:${spaced})\\s+` : `\\s+(?:${spaced})\\s+`, 'u');
  return line
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A trail's item is a short name ("Home", "World news"); a longer one is a title's part. */
const TRAIL_ITEM_WORDS = 3;

/** The last item of a trail of three or more (a label before the first is dropped with it); else the line.
 * " / " also joins a bilingual title's parts ("Die Grenze / The Border / La frontière"): it counts as a
 * trail's separator only when the items between the first (which may carry a label, "You are here:
 * Home") and the last are short as a trail's are. */
export function lastOfTrail(line: string): string {
  let items = trailItems(line, true);
  if (items.slice(1, -1).some((item) => item.split(/\s+/u).length > TRAIL_ITEM_WORDS)) items = trailItems(line, false);
  return items.length >= 3 && items[items.length - 1]!.length >= 8 ? items[items.length - 1]! : line;
}

/** A wiki's tagline under the page name: "From Examplepedia, the free encyclopedia". */
const TAGLINE = /^from\s+\p{Lu}[^,]{1,40},\s+the\s+[\p{L}\s-]{3,40}$/iu;

/** The line above a wiki's tagline near the top of the page, when it is a short name. */
function taglined(blocks: readonly Block[]): string | null {
  const at = blocks.slice(0, 40).findIndex((block) => TAGLINE.test(block.text.trim()));
  if (at <= 0) return null;
  const above = blocks[at - 1]!.text.trim();
  return above.length >= 2 && above.length <= 120 && !above.includes('\n') && !/[.!?:]$/u.test(above) && /\p{L}/u.test(above) ? above : null;
}

/** "Article title | Site name" → "Article title". */
export function stripSiteSuffix(title: string, siteName: string): string {
  const site = keyOf(siteName);
  const parts = title.split(/\s+[|–—-]\s+/u);
  if (parts.length > 1 && keyOf(parts[parts.length - 1]!) === site) return parts.slice(0, -1).join(' - ');
  if (parts.length > 1 && keyOf(parts[0]!) === site) return parts.slice(1).join(' - ');
  return title;
}
