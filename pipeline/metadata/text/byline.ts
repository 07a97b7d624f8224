// Finds the byline of a text dump next to the article's headline: a "By …" / "Par …" / "Posted by"
// line, a line the cleaner labelled a byline, or a bare name printed with the date ("Jane Doe
// March 9, 2017", "Jane Doe · 2 hours ago"). Nearest to the headline first; a name line far from a
// date or a lead-in is a menu item, not a byline.
import type { Block } from '../../text/blocks.ts';
import type { Author } from '../../records/document.ts';
import { looksLikeByline, parseByline } from '../authors.ts';
import { looksLikeNameLine } from '../../text/name-shapes.ts';
import { RELATIVE_DATE, findDates, type DateOptions } from '../../text/dates.ts';
import { FRAGMENT, keyOf } from '../../lexicon/index.ts';

/**
 * Lead-in words in any case, as a pattern that leaves the rest case-sensitive: with the `i` flag
 * \p{Lu} matches lower-case letters too, and "By clicking Submit" would read as a byline.
 */
export function anyCase(words: readonly string[]): string {
  return words.map((word) => word.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).replace(/ /g, '\\s+')).join('|');
}

/** A lead-in and a capitalised word: "By Jane", "Posted by Jane", "Written by Jane", "Par Jean", "Von Hans". */
export const LEAD_IN = new RegExp(
  `^(?:${anyCase(['posted by', 'written by', 'published by', 'reported by', 'words by', 'text by', 'story by', 'by', 'par', 'von', 'por', 'door', 'auteur', 'autor', 'author'])})\\s*[:：]?\\s+\\p{Lu}`,
  'u',
);

/** Lines the renderer prints near a headline that carry "by" but name no author. */
export const NOT_BYLINE =
  /^(?:photo(?:graph)?s?|image|picture|credit|video|illustration|foto|bild|sponsored|promoted|ads?|powered|supported|presented|brought)\b|\b(?:sponsored|promoted)\s+by\b/iu;

/** How many lines around the headline the byline may sit (after it, then before it). */
const AFTER = 6;
const BEFORE = 3;

const FILLER = new Set<Block['kind']>(['share', 'boilerplate', 'advert', 'comment', 'signin']);

/** The comparison key with a space at each end, so a phrase is found on word boundaries. */
const spacedKey = (text: string) => ` ${keyOf(text)} `;

/** "Jane Doe Jane Doe" → "Jane Doe": a name a renderer printed twice (avatar caption, link). */
function collapseRepeat(text: string): string {
  const match = /^(.{3,}?)\s*\1$/su.exec(text.trim());
  return match ? match[1]!.trim() : text.trim();
}

/** A compact age stamp after a separator, as feeds print it: "Jane Doe • 8h", "Jane Doe · 3d". */
const AGE_STAMP = /[•·|]\s*\d{1,3}\s*(?:s|m|min|h|hr|d|w|mo|y)\s*$/u;

const statesDate = (text: string, options: DateOptions) => RELATIVE_DATE.test(text) || AGE_STAMP.test(text) || findDates(text, options).length > 0;

/**
 * The names at the start of a line that goes on with a date or a count: "Jane Doe March 9, 2017",
 * "Jane Doe - Apr 16, 2015 8:02 pm UTC", "Jane Doe Jane Doe 2 hours ago" in any language.
 */
function namesBeforeDate(text: string, options: DateOptions): string | null {
  const date = findDates(text, options)[0];
  const relative = RELATIVE_DATE.exec(text);
  let cut = text.search(/\d/u);
  if (date) cut = Math.min(cut < 0 ? Infinity : cut, text.indexOf(date.text));
  if (relative) cut = Math.min(cut < 0 ? Infinity : cut, relative.index);
  if (cut <= 0 || !Number.isFinite(cut)) return null;
  // "Last Updated: 7 January 2025": a label before a colon, not a name.
  if (/[:：]\s*$/u.test(text.slice(0, cut))) return null;
  // Little words between the names and the number ("před", "on", "le") are the date's, not names;
  // a handle after the name ("Jane Doe, @janedoe 11.03.17") is the name's.
  const head = text
    .slice(0, cut)
    .replace(/[\s,]*@\w+\s*$/u, '')
    .replace(/(?:\s+\p{Ll}[\p{Ll}.]*)+\s*$/u, '')
    .replace(/[\s,;:|·•–—-]+$/u, '');
  const names = collapseRepeat(head);
  return names && looksLikeNameLine(names) ? names : null;
}

/** A lead-in after a separator inside a line: "Le Monde | 04.05.2015 | Par Jean Dupont". */
const INNER_LEAD_IN = new RegExp(`[|•·]\\s*(?:${anyCase(['by', 'par', 'von', 'por', 'door'])})\\s+(?=\\p{Lu})`, 'u');

/** A date, then "by" and a name: "on March 10, 2015 by Jane Doe", "Tuesday 15 October 2019 by Jane Doe". */
const BY_AFTER_DATE = new RegExp(`\\d.*?(?:^|[\\s,|·•–—-])${FRAGMENT.leadIn}\\s+(?=\\p{Lu})`, 'u');

/** The names a line states outright: after a lead-in, after a date and "by", or before a date. */
function statedNames(text: string, options: DateOptions, siteName: string | null, headline = ''): Author[] {
  const language = options.language ?? null;
  // The headline printed again with its byline run on: "Headline by Jane Doe July 10, 2015".
  const head = headline.trim();
  if (head.length >= 8 && text.startsWith(head) && text.length > head.length + 3) text = text.slice(head.length).trim();
  if (LEAD_IN.test(text)) return parseByline(text, { siteName, language });
  const inner = INNER_LEAD_IN.exec(text);
  if (inner) return parseByline(text.slice(inner.index + 1), { siteName, language });
  const afterDate = BY_AFTER_DATE.exec(text);
  if (afterDate && statesDate(text, options)) return parseByline(text.slice(afterDate.index + afterDate[0].length), { siteName, language });
  const names = namesBeforeDate(text, options);
  if (names && statesDate(text, options)) return parseByline(names, { siteName, language });
  return [];
}

function authorsOf(
  block: Block,
  next: Block | undefined,
  options: DateOptions,
  siteName: string | null,
  right: boolean,
  headline: string,
  afterNext?: Block,
): Author[] {
  // A picture's placeholder or a comment mark before the byline ("[avatar] Jane Doe • 8h", "// By …").
  const text = block.text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\[[^\]]*\]\s*/u, '')
    .replace(/^[/\\|•·#>*]+\s*/u, '');
  if (text.length > 200 || NOT_BYLINE.test(text)) return [];
  const language = options.language ?? null;
  const stated = statedNames(text, options, siteName, headline);
  if (stated.length > 0) return stated;
  // A bare name line: the cleaner's byline, or a name with the date on the next line.
  const bare = collapseRepeat(text);
  if (!looksLikeNameLine(bare) || WIDGET_CAPTION.test(bare)) return [];
  // A name the headline itself states is the story's subject, printed as a kicker, not its author.
  if (spacedKey(headline).includes(spacedKey(bare))) return [];
  // A line under it that names people itself ("By Jane Doe", "Jane Doe 1 day ago") is the byline;
  // the bare line above is a column's or a partner's label ("Deal Professor").
  const nextText = next?.text.replace(/\s+/g, ' ').trim() ?? '';
  if (next !== undefined && nextText.length <= 200 && !NOT_BYLINE.test(nextText)) {
    const below = statedNames(nextText, options, siteName);
    if (below.length > 0) return below;
  }
  // Menus print title-case captions too ("View Photos"): only the line right under the headline or
  // one with the date under it is taken for a name.
  // The date under the name may be a bare time of day ("1:39 PM ET") on a same-day page.
  if (
    (right && block.kind === 'byline') ||
    (next !== undefined && next.text.length <= 100 && (statesDate(next.text, options) || TIME_OF_DAY.test(next.text.trim())))
  )
    return parseByline(bare, { siteName, language });
  // "Jane Doe" / "Games Editor" / "October 13, 2016": the job title between the name and the date.
  if (
    next !== undefined &&
    afterNext !== undefined &&
    looksLikeByline(`${bare}, ${nextText}`) &&
    afterNext.text.length <= 100 &&
    statesDate(afterNext.text.replace(/(\p{Ll})(\p{Lu}\p{Ll})/gu, '$1 $2'), options)
  )
    return parseByline(bare, { siteName, language });
  return [];
}

/** Captions of picture and video widgets, which take a name's shape ("View Photos", "Watch Video"). */
const WIDGET_CAPTION =
  /^(?:view|see|watch|play|show|open|more|all|next|previous|older|newer)\s+(?:\p{L}+\s+)?(?:photos?|pictures?|images?|gallery|galleries|videos?|slideshow|articles?|posts?|stories|comments?)$/iu;

/** A line that is only a time of day: "1:39 PM ET", "14:05". */
const TIME_OF_DAY = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{1,4})?$/iu;

/** A widget's placeholder with text after it ("[6eef5bc5] Jane Doe • 8h"): the text may be a byline. */
const PLACEHOLDER_THEN_TEXT = /^\[[^\]]*\]\s+\p{L}/u;

/** The authors named next to the headline at `titleIndex`, and where they were found. */
export function findBylineNear(
  blocks: readonly Block[],
  titleIndex: number,
  options: DateOptions,
  siteName: string | null,
): { authors: Author[]; index: number } | null {
  const order: number[] = [];
  for (let i = titleIndex + 1, seen = 0; i < blocks.length && seen < AFTER; i++) {
    const block = blocks[i]!;
    if (FILLER.has(block.kind) && !PLACEHOLDER_THEN_TEXT.test(block.text)) continue;
    seen++;
    // The byline sits above the body: once the body starts only its first line may still be one.
    order.push(i);
    if (block.kept && block.kind === 'paragraph' && block.text.length > 200) break;
  }
  for (let i = titleIndex - 1, seen = 0; i >= 0 && seen < BEFORE; i--) {
    if (FILLER.has(blocks[i]!.kind)) continue;
    seen++;
    order.push(i);
  }
  for (const i of order) {
    const [next, afterNext] = blocks.slice(i + 1, i + 5).filter((block) => !FILLER.has(block.kind));
    // Above the headline only a line that states its names counts: a bare name there is the
    // blog's or the column's name ("Silicon Exposed" / "Sunday, May 8, 2016" / headline).
    const authors =
      i < titleIndex
        ? statedNames(blocks[i]!.text.replace(/\s+/g, ' ').trim(), options, siteName, blocks[titleIndex]!.text)
        : authorsOf(blocks[i]!, next, options, siteName, i === order[0], blocks[titleIndex]!.text, afterNext);
    if (authors.length > 0) return { authors, index: i };
  }
  return null;
}
