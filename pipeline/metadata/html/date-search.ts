// The publication date of a page whose metadata and article head state none, found the way htmldate
// looks further: a day in the page's URL path, then elements the template marks as dates (a class,
// id or itemprop naming a date, or any <time datetime>), then the first full date in the page's
// own lines. Each way is tried in that order, the first plausible day wins, and the caller records
// which way it was. Only full days are taken: a year or a month alone says too little here.
// There is no last resort past these (htmldate's extensive mode takes the most frequent or earliest
// date-like string anywhere in the markup): on the four tuned dev/segments pages that state a day
// and get none from this search, htmldate's pick is wrong on all four and a most-frequent pick right
// on one at best (it finds css/asset version stamps, a linked page's day, a copyright range), while it
// would answer on a third of the pages we rightly leave undated. Those pages print their day without
// a year ("[06月24日 11時30分]", "30.11. | Buch der Woche") or not at all.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { elementsByTag, elementsWhere } from '../../ingest/dom-index.ts';
import type { Block } from '../../text/blocks.ts';
import { findDates, firstPageDay, normaliseIsoDate, plausiblePageDay as plausible, type DateOptions } from '../../text/dates.ts';
import { FRAGMENT, pattern } from '../../lexicon/index.ts';
import { OTHER_PIECES } from './article-node.ts';

export interface FoundDate {
  value: string;
  source: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function day(year: number, month: number, dayOfMonth: number): string | null {
  if (month < 1 || month > 12 || dayOfMonth < 1) return null;
  if (dayOfMonth > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(dayOfMonth)}`;
}

/** /2019/08/02/, /2019-08-02-, /20190802-: a path segment that is a day, year first. */
const URL_DAY_PARTS = /(?:^|[/_-])((?:199|20\d)\d)[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/;
const URL_DAY_COMPACT = /(?:^|[/_-])((?:199|20\d)\d)(\d{2})(\d{2})(?=$|[/_.-])/;
/** /29-10-2021: day first, taken only when it cannot be month first (the day is above 12). */
const URL_DAY_LAST_YEAR = /(?:^|[/_-])(\d{1,2})[_.-](\d{1,2})[_.-]((?:199|20\d)\d)(?=$|[/_.-])/;

/** The day a URL's path states, or null. Query strings and host names are left out. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  for (const pattern of [URL_DAY_PARTS, URL_DAY_COMPACT]) {
    const match = pattern.exec(path);
    if (match) {
      const value = day(Number(match[1]), Number(match[2]), Number(match[3]));
      if (value) return value;
    }
  }
  const dayFirst = URL_DAY_LAST_YEAR.exec(path);
  if (dayFirst && Number(dayFirst[1]) > 12) return day(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

/**
 * A year segment with a month segment after it (/2019/06/, /2019/6/slug): the year and month the
 * site files the page under. A year alone (/tag/2010/, /archive/2019/, /worldcup/2018/) may name
 * the subject, a tag or an archive, not the page's year.
 */
const URL_YEAR_MONTH = /\/((?:199|20\d)\d)\/(0?[1-9]|1[0-2])(?=\/|$)/;

/** The year and month a URL's path files the page under, or null (see URL_YEAR_MONTH). */
export function urlMonth(url: string | null): { year: number; month: number } | null {
  if (!url) return null;
  try {
    const found = URL_YEAR_MONTH.exec(new URL(url).pathname);
    return found ? { year: Number(found[1]), month: Number(found[2]) } : null;
  } catch {
    return null;
  }
}

/** Class, id or itemprop words that templates give the element holding a post's date. */
const DATE_HINT =
  /(?:^|[\s_-])(?:date|datum|time|timestamp|posted|published|pubdate|publish|dateline|fecha|data|entry-date|post-date|news-date|article-date|meta-date|byline|article-info|post-meta|entry-meta|article-meta|info)(?:$|[\s_-])|date|datum/i;

/**
 * Class or id words of the other elements that hold a post's date in templates (htmldate 1.10's
 * list): its meta line, byline or author box ("Posted by … on …"), a Drupal field, a footer, a
 * clock or calendar icon's wrapper. Searched after the elements named for a date, and with
 * <footer> and <small>, whose short lines are often a page's date.
 */
const DATE_HOLDER_HINT =
  /meta|footer|subline|submitted|created|publication|author|autor|field-content|fa-clock|fa-calendar|parution|post_detail|block-content/i;

/** The longest text a date element holds: a date, a label, a time, a name. */
const MAX_ELEMENT_TEXT = 120;

/** A Unix time in seconds as pages write it in `data-utime` (Facebook's and its imitators' markup): ten digits, 2001 to 2286. */
const UNIX_SECONDS = /^\d{10}$/;

function attributeDate(element: Element): string | null {
  // `data-utime` holds the instant as Unix seconds; its UTC day is the day it states.
  const utime = element.attribs['data-utime']?.trim();
  if (utime && UNIX_SECONDS.test(utime)) return new Date(Number(utime) * 1000).toISOString().slice(0, 10);
  for (const name of ['datetime', 'content', 'title', 'data-date', 'data-timestamp']) {
    const value = element.attribs[name];
    if (!value || !/\d{4}/.test(value)) continue;
    const iso = normaliseIsoDate(value.trim().replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3'));
    if (iso && iso.length >= 10) return iso;
  }
  return null;
}

/** The first full day in `text`, read with the page's language and numeric order. */
const firstDay = (text: string, options: DateOptions, notAfter: string | null) => firstPageDay([text], options, notAfter);

/**
 * Whether an element sits in a comment, a related list, a teaser or an aside: its date is another
 * piece's. The page's <body> and <html> are not containers of that kind, whatever their classes say
 * ("has-sidebar", "no-comments").
 */
function elsewhere($: CheerioAPI, element: Element): boolean {
  return $(element).parentsUntil('body').addBack().is(OTHER_PIECES);
}

/**
 * Whether an element sits in the page's navigation, or in a page-wide header or footer outside any
 * <article>: a top bar's "today", a site footer's build or last-change stamp. An article's own
 * header and footer hold its date, and stay.
 */
function inPageFrame($: CheerioAPI, element: Element): boolean {
  const frame = $(element).closest('nav, header, footer');
  return frame.length > 0 && (frame.is('nav') || frame.closest('article').length === 0);
}

/**
 * The <time datetime> elements, outside comments, related lists and asides, that state a plausible
 * day, in the order they date the page: those outside the page's navigation and its page-wide header
 * and footer first, then those. (The page's own <article>'s are read before this search: readDates.)
 */
function datedTimeElements($: CheerioAPI, notAfter: string | null): { element: Element; value: string }[] {
  const dated: { element: Element; value: string }[] = [];
  for (const element of elementsByTag($, 'time')) {
    if (element.attribs.datetime == null) continue;
    const value = attributeDate(element);
    if (plausible(value, notAfter) && !elsewhere($, element)) dated.push({ element, value });
  }
  if (dated.length < 2) return dated;
  const inFrame = dated.map(({ element }) => inPageFrame($, element));
  return [...dated.filter((_, index) => !inFrame[index]), ...dated.filter((_, index) => inFrame[index])];
}

/** Elements whose class, id or itemprop names a date, in document order. */
function* dateMarkedElements($: CheerioAPI): Generator<Element> {
  // $('[class], [id], [itemprop]'), read off the page's element index.
  for (const element of elementsWhere($, (el) => el.attribs.class != null || el.attribs.id != null || el.attribs.itemprop != null)) {
    if (DATE_HINT.test(`${element.attribs.class ?? ''} ${element.attribs.id ?? ''} ${element.attribs.itemprop ?? ''}`)) yield element;
  }
}

/** The first full day an element prints as its text, when that text is short enough to be a date line. */
function printedDay($: CheerioAPI, element: Element, options: DateOptions, notAfter: string | null): string | null {
  const text = $(element).text().replace(/\s+/g, ' ').trim();
  return text && text.length <= MAX_ELEMENT_TEXT ? firstDay(text, options, notAfter) : null;
}

/** The first full day printed (as text, not in attributes) in an element the template marks as a date. */
export function printedDateElementDay($: CheerioAPI, options: DateOptions, notAfter: string | null): string | null {
  for (const element of dateMarkedElements($)) {
    const value = printedDay($, element, options, notAfter);
    if (value) return value;
  }
  return null;
}

/** The date an element states: its attribute date when plausible, else the day it prints. */
function statedDate($: CheerioAPI, element: Element, options: DateOptions, notAfter: string | null): string | null {
  const fromAttribute = attributeDate(element);
  return plausible(fromAttribute, notAfter) ? fromAttribute : printedDay($, element, options, notAfter);
}

/** The first plausible day a <time> element states (its datetime, else its text) outside comments, related lists and asides. */
export function timeElementDay($: CheerioAPI, options: DateOptions, notAfter: string | null): string | null {
  for (const element of elementsByTag($, 'time')) {
    const value = statedDate($, element, options, notAfter);
    if (value && !elsewhere($, element)) return value.slice(0, 10);
  }
  return null;
}

/** Elements that the template marks as dates, in document order: their attributes, then their text. */
function dateElement($: CheerioAPI, options: DateOptions, notAfter: string | null): FoundDate | null {
  // The cheap tests first: only an element that states a date is placed in the page.
  const time = datedTimeElements($, notAfter)[0];
  if (time) return { value: time.value, source: 'dom:time-anywhere' };
  for (const element of dateMarkedElements($)) {
    const value = statedDate($, element, options, notAfter);
    if (value && !elsewhere($, element)) return { value, source: 'dom:date-element' };
  }
  // <abbr> is how microformats (hAtom's "published") and older blog templates mark a date: its
  // title or data-utime states the instant, its text the day as printed.
  for (const element of elementsByTag($, 'abbr')) {
    const value = statedDate($, element, options, notAfter);
    if (value && !elsewhere($, element)) return { value, source: 'dom:abbr' };
  }
  for (const element of elementsWhere(
    $,
    (el) => el.name === 'footer' || el.name === 'small' || DATE_HOLDER_HINT.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`),
  )) {
    const value = printedDay($, element, options, notAfter);
    if (value && !elsewhere($, element)) return { value, source: 'dom:date-holder' };
  }
  return null;
}

/**
 * Keys under which scripts hold a page's creation or publication time: JSON-LD of any type (a HowTo,
 * a Recipe) and the application state single-page apps ship (`"createdAt"`, `"published_at"`).
 */
const STATE_DATE_KEY =
  /"(?:date_?published|date_?created|published(?:_?(?:at|date|time|on))?|created(?:_?(?:at|date|time|on))?|first_?published(?:_?(?:at|date))?|publication_?date|pub_?date)"\s*:\s*"((?:199\d|20\d\d)-\d{2}-\d{2})/gi;

/**
 * The day that scripts state most often under a creation or publication key, or null. Application
 * state lists the page's own item and its parts (blocks, images, embeds) created the same day, with
 * a few related items: the most frequent day is the page's, the first one seen breaks ties. When no
 * day holds at least half of the statements, the scripts list other things (reviews, comments, a
 * feed) and no day is taken.
 */
export function scriptStateDay($: CheerioAPI, notAfter: string | null): string | null {
  const counts = new Map<string, number>();
  for (const script of elementsByTag($, 'script')) {
    const type = (script.attribs.type ?? '').toLowerCase();
    if (type && !/json|javascript|ecmascript/.test(type)) continue;
    const source = $(script).text();
    for (const match of source.matchAll(STATE_DATE_KEY)) {
      const [year, month, dayOfMonth] = match[1]!.split('-').map(Number) as [number, number, number];
      const value = day(year, month, dayOfMonth);
      if (plausible(value, notAfter)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let total = 0;
  for (const [value, count] of counts) {
    total += count;
    if (best === null || count > counts.get(best)!) best = value;
  }
  return best !== null && counts.get(best)! * 2 >= total ? best : null;
}

/** Comments date their writers' posts. (A 'related' block is not skipped: the cleaner puts a lead with a teaser's layout there.) */
const otherPiece = (block: Block) => block.kind === 'comment';

/** The longest line read as a labelled date line: a label, a date, a time, a name. */
const MAX_LABELLED_LINE = 120;
/** Chrome that holds the page's own labels (dates, counts, rights), whatever its length. */
const LABEL_BOX_KINDS = new Set<Block['kind']>(['footer', 'page-metadata', 'dateline', 'byline']);
/** How far after its label a date may start ("Published on Monday, …"). */
const MAX_LABEL_GAP = 30;
const PUBLISHED_LABEL = pattern('date-label-published');
const UPDATED_LABEL = pattern('date-label-updated');
/**
 * A label that names a date without saying which ("Date:", "Datum:", "Fecha:"), read with its colon
 * only: the bare word runs through prose. Where no publication label stands, such a line dates the
 * page itself (htmldate reads "date …", "Datum" the same way).
 */
const GENERIC_LABEL = new RegExp(`(?<![\\p{L}\\p{N}_])${FRAGMENT.generic}\\s*[:：]`, 'iu');

/** The first full, plausible day printed within a few characters after `label` in `text`. */
function dayAfterLabel(text: string, label: RegExp, options: DateOptions, notAfter: string | null): string | null {
  const found = label.exec(text);
  if (!found) return null;
  const rest = text.slice(found.index + found[0].length);
  for (const date of findDates(rest, options)) {
    if (rest.indexOf(date.text) > MAX_LABEL_GAP) break;
    if (date.value.length >= 10 && plausible(date.value, notAfter)) return date.value;
  }
  return null;
}

/**
 * The day a short line states under a publication label ("Veröffentlicht am 3. Mai 2021"), else
 * under a generic one ("Datum: 14.03.2022"), else under an update label ("Aktualisiert am 17.01.2021."), anywhere outside comments and related
 * lists. Such a line says when the page itself was written or revised, where the first bare date
 * in the text may be a cited paper's, an event's or a quoted report's.
 */
function labelledDay(blocks: readonly Block[], options: DateOptions, notAfter: string | null): FoundDate | null {
  let updated: string | null = null;
  let generic: string | null = null;
  for (const block of blocks) {
    // A footer or a page-information box runs its labels together into one long line ("Letzte
    // Änderung: 31.10.2023 Erschienen am: 01.11.2023 Lesungen: 61 © …"): only the date right after
    // a label is read, so such lines are searched at any length. Prose is searched in short lines
    // only: a long paragraph's "published on" is about something else.
    if (otherPiece(block) || (block.text.length > MAX_LABELLED_LINE && !LABEL_BOX_KINDS.has(block.kind))) continue;
    const published = dayAfterLabel(block.text, PUBLISHED_LABEL, options, notAfter);
    if (published) return { value: published, source: 'text:labelled-date' };
    generic ??= dayAfterLabel(block.text, GENERIC_LABEL, options, notAfter);
    updated ??= dayAfterLabel(block.text, UPDATED_LABEL, options, notAfter);
  }
  if (generic) return { value: generic, source: 'text:labelled-date(generic)' };
  return updated ? { value: updated, source: 'text:labelled-date(updated)' } : null;
}

/** The first full day printed in the page's lines (kept or dropped), its title first, a labelled line before a bare date, its description last. */
function extensiveSearch($: CheerioAPI, blocks: readonly Block[], options: DateOptions, notAfter: string | null): FoundDate | null {
  // The page's title, then its headline: a notice, a minutes page or a dated report often names its day there ("Minutes of 3 May 2021").
  for (const tag of ['title', 'h1']) {
    const element = elementsByTag($, tag)[0];
    const heading = element ? $(element).text() : '';
    const fromTitle = heading ? firstDay(heading, options, notAfter) : null;
    if (fromTitle) return { value: fromTitle, source: `dom:${tag}-date` };
  }
  const labelled = labelledDay(blocks, options, notAfter);
  if (labelled) return labelled;
  // A line the cleaner set aside as a date line ("14.01.2022 um 09:25") dates the page it stands
  // on; a date in the prose before it (a caption's "image of 31.05.2021", a cited report's) dates
  // what the sentence is about.
  for (const block of blocks) {
    if (block.kind !== 'dateline' || block.text.length > MAX_LABELLED_LINE) continue;
    const value = firstDay(block.text, options, notAfter);
    if (value) return { value, source: 'text:dateline' };
  }
  for (const block of blocks) {
    if (otherPiece(block)) continue;
    const value = firstDay(block.text, options, notAfter);
    if (value) return { value, source: 'text:first-date' };
  }
  // Last, the page's own summary for search results and link previews: some sites date a notice
  // there ("… (Notizia del 14 Gennaio 2020)") and nowhere on the page.
  for (const key of ['description', 'og:description']) {
    // $(`meta[name="${key}"], meta[property="${key}"]`).first(), from the page's element index.
    const summary = elementsByTag($, 'meta').find((el) => el.attribs.name === key || el.attribs.property === key)?.attribs.content;
    const value = summary ? firstDay(summary, options, notAfter) : null;
    if (value) return { value, source: `meta:${key}-date` };
  }
  return null;
}

/**
 * The publication day of a page that states none where pages usually do, or null.
 * `notAfter`: the capture time where the container gives one; no day after it is taken.
 */
export function searchPublicationDate(
  $: CheerioAPI,
  url: string | null,
  blocks: readonly Block[],
  options: DateOptions,
  notAfter: string | null,
): FoundDate | null {
  const fromUrl = urlDate(url);
  if (plausible(fromUrl, notAfter)) return { value: fromUrl, source: 'url' };
  const fromElement = dateElement($, options, notAfter);
  if (fromElement) return fromElement;
  const fromState = scriptStateDay($, notAfter);
  if (fromState) return { value: fromState, source: 'script:state-date' };
  // The preview image's URL, after what the page marks as its date (an image may be reused from an
  // older piece): media libraries file uploads by the day they were made (/2021/06/14/), and a
  // post's lead image is most often uploaded the day it is written.
  const image = elementsByTag($, 'meta').find((el) => el.attribs.property === 'og:image' || el.attribs.name === 'og:image')?.attribs.content;
  const fromImage = urlDate(image ?? null);
  if (plausible(fromImage, notAfter)) return { value: fromImage, source: 'url:og-image' };
  return extensiveSearch($, blocks, options, notAfter);
}
