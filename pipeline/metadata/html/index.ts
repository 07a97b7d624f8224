// The HTML metadata extractor: reads what the page states about itself, source by source in order
// of trust — JSON-LD, citation_* (Highwire), Dublin Core, Open Graph / article:*, Twitter cards,
// microdata, <time datetime>, rel=author, the byline and date lines the cleaner set aside, <html
// lang> — taking for each field the most trusted statement and recording where it came from. Dates
// read the meta tags before JSON-LD (see readDates) and, where nothing states one, search further
// (date-search.ts).
//
// Abstract: only a stated abstract (citation_abstract, dc.description or JSON-LD `abstract` /
// `description` on a scholarly page). A generic description / og:description is a teaser written
// for search results and link previews, so it is not taken as the abstract.
import type { CheerioAPI } from 'cheerio';
import type { Cleaned } from '../../text/blocks.ts';
import type { Block } from '../../text/blocks.ts';
import type { Attachment, Author, Genre } from '../../records/document.ts';
import { TRAILING_LOWER_WORDS, parseByline } from '../authors.ts';
import {
  RELATIVE_DATE,
  dayOfLocalMidnight,
  domainCountry,
  findDates,
  localDayOfUtcInstant,
  localeCountry,
  localeDayFirst,
  normaliseIsoDate,
  numericOrder,
  foreignDateLineDay,
  plausiblePageDay,
  relativeDay,
  yearlessDays,
  yearOfYearlessDay,
  zoneReading,
  type ZoneReading,
} from '../../text/dates.ts';
import { readAttachment, readViews } from '../text/labels.ts';
import { anyCase } from '../text/byline.ts';
import { normaliseLanguageTag } from '../../text/language-detection.ts';
import { COPYRIGHT_PATTERN, matchChrome } from '../../text/chrome-vocabulary.ts';
import { emptyMetadata, type Metadata, type MetadataFields, takeUpdatedAsPublished } from '../types.ts';
import { agents, articleNode, decodeEntities, isComments, isElsewhere, isOtherPiece, text, textList, within } from './article-node.ts';
import { nodeTypes, type JsonLdNode } from '../../ingest/jsonld.ts';
import { allMeta, firstMeta, inEmbeddedItem, readMetaTags, type MetaTags } from './meta.ts';
import { elementsByItemprop, elementsByRel, elementsByTag, elementsWhere, hasWord } from '../../ingest/dom-index.ts';
import { isTag, type Element } from 'domhandler';
import { chooseTitle, type TitleCandidate } from '../../text/title.ts';
import { type FoundDate, printedDateElementDay, searchPublicationDate, timeElementDay, urlDate, urlMonth } from './date-search.ts';
import { FRAGMENT, keyOf, pattern } from '../../lexicon/index.ts';
import { leadingDay } from '../lead-day.ts';
import { wordsBesideDates } from '../date-line.ts';

type Setter = <K extends keyof MetadataFields>(field: K, value: MetadataFields[K] | null | undefined, source: string) => void;

const DOI = /\b(10\.\d{4,9}\/[^\s"<>]+[^\s"<>.,;])/;

const GENRE_BY_TYPE: Record<string, Genre> = {
  NewsArticle: 'news',
  ReportageNewsArticle: 'news',
  BackgroundNewsArticle: 'news',
  AnalysisNewsArticle: 'analysis',
  OpinionNewsArticle: 'commentary',
  BlogPosting: 'blog',
  LiveBlogPosting: 'blog',
  ScholarlyArticle: 'journal-article',
  MedicalScholarlyArticle: 'journal-article',
  Report: 'report',
};

/** What the capture's container knows about the page, and the language its text reads in. */
export interface PageContext {
  /** The URL a WARC record gives, when the page declares none. */
  url?: string | null;
  /** When the page was captured (WARC-Date): no publication date after it is taken. */
  capturedAt?: string | null;
  /** The language detected from the clean text, asked for only when the page declares none. */
  detectLanguage?: () => string | null;
}

/** `nodes`: the page's JSON-LD nodes, as ingest read them (Page.jsonLd). */
export function htmlMetadata($: CheerioAPI, nodes: readonly JsonLdNode[], cleaned: Cleaned, context: PageContext = {}): Metadata {
  const fields = emptyMetadata();
  const provenance: Record<string, string> = {};
  const isEmpty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0) || value === '';
  const set: Setter = (field, value, source) => {
    if (isEmpty(value)) return;
    // A date stated to the year or month only ("2022" in article:published_time) gives way to a
    // later source that states a day within it.
    if ((field === 'published' || field === 'updated') && refines(value as string, fields[field] as string | null)) {
      fields[field] = value as MetadataFields[typeof field];
      provenance[field] = `${source}(refines ${provenance[field]})`;
      return;
    }
    if (!isEmpty(fields[field])) return;
    fields[field] = value as MetadataFields[typeof field];
    provenance[field] = source;
  };

  const meta = readMetaTags($);
  const article = articleNode(nodes);
  const html = $(elementsByTag($, 'html'));
  const language = normaliseLanguageTag(html.attr('lang') ?? html.attr('xml:lang'));

  // Language first: dates and bylines are read with it.
  set('language', language, 'dom:html-lang');
  const declaredLanguage = firstMeta(meta, ['content-language', 'dc.language', 'dcterms.language', 'citation_language', 'og:locale']);
  if (declaredLanguage) set('language', normaliseLanguageTag(declaredLanguage.value.split(',')[0]), `meta:${declaredLanguage.key}`);
  if (article) set('language', normaliseLanguageTag(text(article.inLanguage)), 'json-ld');

  readSiteAndPublisher(meta, nodes, article, set);
  readTitle($, meta, article, cleaned, fields.site_name, fields.publisher, set);
  readAuthors($, meta, nodes, article, cleaned, fields, set);
  const head = headZone(cleaned, fields.title);
  // Machine-readable dates the page states: they show which order its numeric dates follow.
  const machineDates = [...machineDateValues($, meta, nodes)];
  // When its dates show none, the locale the page declares with a region (en-GB, en_US) settles it.
  const locales = [html.attr('lang'), html.attr('xml:lang'), ...(meta.get('og:locale') ?? []), ...(meta.get('content-language') ?? [])];
  const dayFirst =
    numericOrder(cleaned.blocks.map((block) => block.text).join('\n'), machineDates) ?? locales.map(localeDayFirst).find((order) => order !== undefined);
  // Dates are read in the page's language; when it declares none, in the language its text reads in.
  const dateLanguage = fields.language ?? context.detectLanguage?.() ?? null;
  // The URL first: its domain's country is evidence for the zone abbreviations the dates print.
  readUrl($, meta, article, set);
  const zones = pageZones(machineDates, fields.url ?? context.url ?? null, locales);
  const { published: printedDays, updated: printedUpdates } = readDates(
    $,
    meta,
    article,
    head,
    cleaned.blocks,
    { language: dateLanguage, dayFirst, zones },
    set,
  );
  readClassification($, meta, nodes, article, cleaned, set);
  readBibliographic($, meta, article, set);
  // A generic `date` meta tag (name="date", DC.date, dcterms.date) is the day a CMS stamped on the
  // page: its last save, the day it was built or the day a draft was begun. When the page prints
  // another day at its head, that printed day is the one readers were shown as the publication; a
  // day an element its template marks as a date prints counts too, when a few weeks apart at most.
  // The stamp is kept as the update where none is stated.
  // A named publication date (article:published_time, JSON-LD, microdata) is the CMS's own record
  // and usually right; but when the article's head prints a date line a few days to a few weeks
  // from it, the page was re-dated for readers (published from a draft, re-issued, moved to another
  // edition) and the printed day is the one it carries. A day apart is a time zone, and is left to
  // the local-day check below; months apart is a re-save or an old story's original date.
  if (fields.published && provenance.published && MACHINE_DATE.test(provenance.published)) {
    const weak = WEAK_META_DATE.has(provenance.published);
    // Under a generic meta date, a head that prints only its revision stamp ("Stand: 28.04.2020
    // 18:00 Uhr") shows readers that day as the page's: the stamp is the page's date, as on a page
    // that states only its update.
    const headDay = printedDays[0] ?? (weak ? (printedUpdates[0] ?? null) : null);
    const elementDay = weak && !headDay ? timeElementDay($, { language: dateLanguage, dayFirst, zones }, context.capturedAt ?? null) : null;
    // A declared modification's day that the page prints in its date element is not taken over the
    // declared publication: htmldate (original_date) keeps the named publication there too, and a
    // rule that did so (a re-issued page) fired on one page of ~1,570 in the dev corpora.
    const printedDay = headDay ?? elementDay;
    const gap = printedDay ? Math.abs(daysBetween(printedDay, fields.published)) : 0;
    const takesPrinted = weak ? gap >= 1 && (headDay !== null || gap <= WEAK_META_SLACK_DAYS) : gap >= 2 && gap <= REDATED_SLACK_DAYS;
    if (printedDay && takesPrinted) {
      if (!fields.updated && (weak || daysBetween(printedDay, fields.published) > 0)) {
        fields.updated = fields.published;
        provenance.updated = provenance.published;
      }
      fields.published = printedDay;
      provenance.published = `dom:printed-date(over ${provenance.published})`;
    }
  }
  // The days the page prints outside its declared instant, first the surest: its URL, its head's
  // date lines, an element its template marks as a date, then any short line of its head.
  function* printedElsewhere(): Generator<string | null> {
    yield urlDate(fields.url ?? context.url ?? null);
    yield* printedDays;
    yield printedDateElementDay($, { language: dateLanguage, dayFirst, zones }, context.capturedAt ?? null);
    // Last, any short line of the article's head, whatever the cleaner called it: a byline with
    // its day and time ("Ariel Melgar 3/5/2022 22:41") is often dropped as a footer or caption.
    // Only a day one real UTC offset away from the instant's is taken, so another piece's date
    // printed there does not move it.
    for (const block of head)
      if (block.text.length <= HEAD_LINE)
        yield findDates(block.text, { language: dateLanguage, dayFirst, zones }).find((date) => date.value.length >= 10)?.value ?? null;
  }
  const localDay = fields.published ? localDayOfUtcInstant(fields.published, printedElsewhere) : null;
  if (localDay) {
    fields.published = localDay;
    provenance.published = `${provenance.published}+local-day`;
  } else if (fields.published) {
    // Unless the page prints the instant's UTC day itself.
    const midnightDay = dayOfLocalMidnight(fields.published);
    const utcDay = fields.published.slice(0, 10);
    if (midnightDay && ![...printedElsewhere()].some((day) => day?.slice(0, 10) === utcDay)) {
      fields.published = midnightDay;
      provenance.published = `${provenance.published}+local-midnight`;
    }
  }
  // A URL path's day is written once, when the article is first filed. A declared date more than a
  // month after it is a template's, a feed's or a re-save's: the URL's day is the publication, and
  // the later date, when the page states no update, is kept as one.
  const fromUrl = urlDate(fields.url ?? context.url ?? null);
  if (fields.published && fromUrl && daysBetween(fromUrl, fields.published) > URL_DAY_SLACK_DAYS && plausiblePageDay(fromUrl, context.capturedAt ?? null)) {
    if (!fields.updated) {
      fields.updated = fields.published;
      provenance.updated = provenance.published;
    }
    fields.published = fromUrl;
    provenance.published = `url(${provenance.published} later)`;
  }
  if (!fields.published || fields.published.length < 10) {
    // Pages mislabel their language (an English template around German text): when the declared
    // language finds no date, the language the text reads in gets its turn.
    const detected = context.detectLanguage?.() ?? null;
    const tried = detected && detected !== dateLanguage ? [dateLanguage, detected] : [dateLanguage];
    for (const language of tried) {
      const found = searchPublicationDate($, fields.url ?? context.url ?? null, cleaned.blocks, { language, dayFirst, zones }, context.capturedAt ?? null);
      if (found) {
        set('published', found.value, found.source);
        break;
      }
    }
  }
  // Last, a date line in another language whose month names it prints, outside comments: a platform
  // may print its dates in its own locale around a text in another language ("mardi 5 juin 2018"
  // over an English post). Up to the article's last kept block, as the dump reader stops: what
  // follows the body (related teasers, the footer) dates other pages.
  if (!fields.published && !fields.updated) {
    let bodyEnd = cleaned.blocks.length - 1;
    while (bodyEnd >= 0 && !cleaned.blocks[bodyEnd]!.kept) bodyEnd--;
    const lines = cleaned.blocks
      .slice(0, bodyEnd < 0 ? cleaned.blocks.length : bodyEnd + 1)
      .filter((block) => block.kind !== 'comment')
      .map((block) => block.text);
    const found = foreignDateLineDay(lines, [dateLanguage, context.detectLanguage?.()], { dayFirst, zones }, context.capturedAt ?? null);
    if (found) set('published', found.value, `text:date-line(${found.language})`);
  }
  // Last, a date line at the article's head that needs more than itself to give a day: a relative
  // date ("vor 3 Tagen", "2 hours ago") counted back from the capture time, or a day printed without
  // its year ("Monday 3 March", "[06月24日 11時30分]") with the year the page or the capture states.
  if (!fields.published && !fields.updated) {
    const found = headDayFromContext(
      head.filter((block) => block.kind !== 'comment').map((block) => block.text),
      { language: dateLanguage, dayFirst, zones },
      {
        url: fields.url ?? context.url ?? null,
        capturedAt: context.capturedAt ?? null,
        ownNames: () => pageOwnNames($, firstMeta(meta, ['og:image'])?.value ?? null),
        olderThanCapture: () => pageOlderThanCapture(cleaned.blocks, { language: dateLanguage, dayFirst, zones }, context.capturedAt ?? null),
      },
    );
    // "Updated 2 hours ago" dates a revision: kept as the update, which stands in for the publication below.
    if (found) set(found.revision ? 'updated' : 'published', found.value, found.source);
  }
  takeUpdatedAsPublished(fields, provenance, context.capturedAt ?? null);
  readCounters(meta, article, set);
  readDomCounters($, article, head, set);
  // PDFs linked from the page, with the sizes printed next to them; citation_pdf_url's file first.
  const linked = pdfLinks($, fields.url);
  if (linked.length > 0) {
    const declared = fields.attachments[0];
    const rest = declared ? linked.filter((attachment) => attachment.url !== declared.url) : linked;
    if (declared) declared.size_text ??= linked.find((attachment) => attachment.url === declared.url)?.size_text ?? null;
    fields.attachments = [...fields.attachments, ...rest];
    provenance.attachments = declared ? `${provenance.attachments}+dom:pdf-link` : 'dom:pdf-link';
  }
  fields.captured_not_before = newestDate(machineDates, cleaned, { language: fields.language, dayFirst, zones });
  if (fields.captured_not_before) provenance.captured_not_before = 'page:newest-date';

  return { fields, provenance, warnings: [] };
}

/** Whether `value` states a day (or month) within the year or month that `current` alone states. */
function refines(value: string, current: string | null): boolean {
  return current !== null && current.length < 10 && value.length > current.length && value.startsWith(current);
}

/** Meta keys that name a date without saying which: a CMS fills them with the page's last save as often as with its publication. */
const WEAK_META_DATE = new Set(['meta:date', 'meta:dc.date', 'meta:dcterms.date']);
/** How far from a generic meta date a day a date element prints may fall and still date the same version of the page. */
const WEAK_META_SLACK_DAYS = 31;
/** Sources of a publication date the CMS wrote for machines, which a printed head date line may override. */
const MACHINE_DATE = /^(?:meta:|json-ld|microdata:|dom:time$)/;
/** How far from a named publication date a printed head date line may fall and still date the same piece. */
const REDATED_SLACK_DAYS = 31;

/** The longest head line read for the page's local day: a byline or date line, not a paragraph. */
const HEAD_LINE = 120;

/** How far past a URL's day a declared publication date may fall (late filing, slow moderation). */
const URL_DAY_SLACK_DAYS = 31;

/** Whole days from the day of `earlier` to the day of `later` (negative when `later` is before). */
function daysBetween(earlier: string, later: string): number {
  return (Date.parse(later.slice(0, 10)) - Date.parse(earlier.slice(0, 10))) / 86_400_000;
}

/** JSON-LD graphs name people by reference ({"@id": "…#author"}): the referenced nodes, where the page has them. */
function resolveRefs(value: unknown, nodes: readonly JsonLdNode[]): unknown {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.map((item) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
    const node = item as JsonLdNode;
    if (node.name !== undefined || typeof node['@id'] !== 'string') return node;
    return nodes.find((other) => other['@id'] === node['@id'] && other.name !== undefined) ?? node;
  });
}

/** A company's legal form after its name: "Example Inc", "Example, Ltd." — the owner's, not the site's. */
const LEGAL_FORM = pattern('legal-form-end');

/**
 * The site's name as stated, without a legal form, and without a tagline after " - " / " | " when
 * another statement (the publisher, an app name) names the site by the part before it.
 */
function siteNameOf(value: string, confirmations: readonly string[]): string {
  let name = decodeEntities(value).replace(/\s+/g, ' ').trim();
  const parts = name.split(/\s+[|–—-]\s+/u);
  if (parts.length > 1 && confirmations.some((other) => normaliseText(other) === normaliseText(parts[0]!))) name = parts[0]!;
  const bare = name.replace(LEGAL_FORM, '').trim();
  return bare.length >= 2 ? bare : name;
}

function readSiteAndPublisher(meta: MetaTags, nodes: readonly JsonLdNode[], article: JsonLdNode | null, set: Setter): void {
  const publisherName = article ? text(resolveRefs(article.publisher, nodes)) : null;
  const appNames = ['al:ios:app_name', 'al:android:app_name', 'twitter:app:name:iphone', 'application-name'].flatMap((key) => meta.get(key) ?? []);
  const confirmations = [...(publisherName ? [publisherName] : []), ...appNames];
  const site = firstMeta(meta, ['og:site_name', 'application-name', 'al:ios:app_name', 'twitter:app:name:iphone']);
  if (site) set('site_name', siteNameOf(site.value, confirmations), `meta:${site.key}`);
  const website = nodes.find((node) => nodeTypes(node).includes('WebSite'));
  const websiteName = website ? text(website.name) : null;
  if (websiteName) set('site_name', siteNameOf(websiteName, confirmations), 'json-ld:WebSite');
  if (article) set('publisher', publisherName, 'json-ld');
  const publisher = firstMeta(meta, ['citation_publisher', 'dc.publisher', 'dcterms.publisher', 'article:publisher']);
  if (publisher && !/^https?:/i.test(publisher.value)) set('publisher', publisher.value, `meta:${publisher.key}`);
}

function readTitle(
  $: CheerioAPI,
  meta: MetaTags,
  article: JsonLdNode | null,
  cleaned: Cleaned,
  siteName: string | null,
  publisher: string | null,
  set: Setter,
): void {
  const candidates: TitleCandidate[] = [];
  const add = (value: string | null | undefined, source: string) => {
    const cleanedValue = value ? decodeEntities(value).replace(/\s+/g, ' ').trim() : '';
    if (cleanedValue) candidates.push({ value: cleanedValue, source });
  };
  const others: string[] = [];
  for (const key of ['citation_title', 'dc.title', 'dcterms.title', 'og:title', 'twitter:title', 'parsely-title', 'title']) {
    const value = meta.get(key)?.[0];
    if (value) others.push(value);
  }
  const documentTitle = $(elementsByTag($, 'title').slice(0, 1)).text().replace(/\s+/g, ' ').trim();
  if (documentTitle) others.push(documentTitle);
  // A statement counts when another source agrees with it: the same text, or one side of a " | ".
  const agrees = (value: string) => {
    const v = normaliseText(value);
    return (
      v.length > 0 &&
      others.some((other) => {
        const o = normaliseText(other);
        return o === v || o.startsWith(v + ' ') || o.endsWith(' ' + v);
      })
    );
  };
  if (article) {
    // Some sites put a description in `headline` and the title in `name`: take the one others confirm.
    const headline = text(article.headline);
    const name = text(article.name);
    add(headline && name && !agrees(headline) && agrees(name) ? name : (headline ?? name), 'json-ld');
  }
  for (const key of ['citation_title', 'dc.title', 'dcterms.title', 'og:title', 'twitter:title', 'parsely-title', 'title']) {
    add(meta.get(key)?.[0], `meta:${key}`);
  }
  add($(elementsByItemprop($, 'headline').slice(0, 1)).text(), 'microdata:headline');
  const titleBlock = cleaned.blocks.find((block) => block.kind === 'title');
  const h1 = (titleBlock?.text ?? $(elementsByTag($, 'h1').slice(0, 1)).text()).replace(/\s+/g, ' ').trim();
  // The h1 is the article's title when the page's other statements agree, or when it is all there is.
  if (h1 && (others.length === 0 || agrees(h1))) add(h1, 'dom:h1');
  add(documentTitle, 'dom:title');
  const siteNames = [siteName, publisher].filter((name): name is string => Boolean(name));
  const chosen = chooseTitle(candidates, siteNames);
  if (chosen) set('title', chosen.value, chosen.source);
  if (article) set('subtitle', text(article.alternativeHeadline), 'json-ld');
  // A standfirst marked as such in the markup, outside teasers and asides.
  const standfirst = $(elementsWhere($, isSubtitleElement))
    .filter((_, el) => !within(el, isElsewhere))
    .first()
    .text()
    .replace(/\s+/g, ' ')
    .trim();
  if (standfirst.length >= 20 && standfirst.length <= 400) set('subtitle', standfirst, 'dom:standfirst');
}

function readAuthors(
  $: CheerioAPI,
  meta: MetaTags,
  nodes: readonly JsonLdNode[],
  article: JsonLdNode | null,
  cleaned: Cleaned,
  fields: MetadataFields,
  set: Setter,
): void {
  const options = { siteName: fields.site_name, language: fields.language };
  const fromNames = (names: string[]): Author[] => dedupe(names.flatMap((name) => parseByline(name, options)));
  const declared = article
    ? dedupe(
        agents(resolveRefs(article.author ?? article.creator, nodes)).flatMap((author) =>
          author.type === 'organization' ? [author] : parseByline(author.name, options).map((a) => ({ ...a, type: a.type })),
        ),
      )
    : [];
  // A site's JSON-LD often credits the publisher as the author of every page: when it names only
  // organisations, a person the page credits in its markup or byline is the author, and the
  // organisation stands only where no one is (read last, below).
  const onlyOrganisations = declared.every((author) => author.type === 'organization');
  if (!onlyOrganisations) set('authors', declared, 'json-ld');
  // Over those organisations, only a person: the site's own name in a meta author tag is the
  // publisher again, less exactly named.
  const site = keyOf(fields.site_name ?? '');
  const credits = (authors: Author[]) =>
    !onlyOrganisations || declared.length === 0 || authors.some((author) => author.type !== 'organization' && keyOf(author.name) !== site);
  const setAuthors = (authors: Author[], source: string) => {
    if (credits(authors)) set('authors', authors, source);
  };
  // One author per tag, often "Last, First": a comma here does not separate two people.
  const citation = allMeta(meta, ['citation_author', 'dc.creator', 'dcterms.creator']);
  if (citation) setAuthors(dedupe(citation.values.flatMap((value) => parseByline(invertName(value), options))), `meta:${citation.key}`);
  // Twitter card label/data pairs: "Written by" / "Jane Doe", as many CMSs print them.
  for (let i = 1; i <= 4; i++) {
    const label = meta.get(`twitter:label${i}`)?.[0];
    const data = meta.get(`twitter:data${i}`)?.[0];
    if (label && data && pattern('author-meta-label').test(label.trim())) setAuthors(fromNames([data]), `meta:twitter:label${i}`);
  }
  const listed = allMeta(meta, ['parsely-author', 'sailthru.author']);
  if (listed) setAuthors(fromNames(listed.values), `meta:${listed.key}`);
  const author = firstMeta(meta, ['author', 'article:author', 'og:article:author', 'byl']);
  if (author && !/^https?:/i.test(author.value)) setAuthors(fromNames([author.value]), `meta:${author.key}`);
  // An author itemprop inside a comment, review or embedded clip, or in the comments section,
  // credits that item: over a publisher's JSON-LD it would otherwise stand as the page's author. (Not
  // all of isElsewhere's containers: the article's own author item often sits in its <aside> or <footer>.)
  const microdata = elementsByItemprop($, 'author')
    .filter((el) => !inEmbeddedItem(el) && !within(el, isComments))
    .map((el) => {
      const node = $(el);
      const name = node.find('[itemprop~="name"]').first();
      return (name.attr('content') ?? name.text() ?? '').trim() || (node.attr('content') ?? node.text()).trim();
    })
    .filter((name) => name.length > 0 && name.length < 100);
  setAuthors(fromNames(microdata), 'microdata:author');
  // rel=author links inside teasers, related lists, comments or asides credit other pieces.
  const relAuthor = elementsByRel($, ['a'], 'author')
    .filter((el) => !within(el, isElsewhere))
    .map((el) => $(el).text().trim())
    .filter((name) => name.length > 0 && name.length < 100);
  setAuthors(fromNames(relAuthor), 'dom:rel-author');
  setAuthors(fromNames(hCardAuthors($)), 'dom:hcard-author');
  // The byline lines the cleaner set aside near the head of the article (or a date line that
  // carries the names: "Posted on 12 January 2023 by Sam Writer").
  const firstKept = cleaned.blocks.findIndex((block) => block.kept);
  // The cheap tests first: reading a block's dates (isDateLine) costs a date parse, and most blocks
  // are too far down the page or name nobody after a lead-in.
  const bylines = cleaned.blocks.filter(
    (block, i) =>
      block.text.length <= 150 &&
      (firstKept < 0 || i <= firstKept + 3) &&
      (block.kind === 'byline' ||
        (NAMES_AFTER_BY.test(block.text) &&
          (block.kind === 'dateline' || block.kind === 'page-metadata' || isDateLine(block.text, { language: fields.language, dayFirst: undefined })))),
  );
  // A byline that opens with "By …" states its names outright; a bare line the cleaner put in a
  // byline box may be a widget's caption ("SHOP NOW"), so the former are read first.
  const ranked = [...bylines.filter((block) => BYLINE_LEAD_IN.test(block.text)), ...bylines.filter((block) => !BYLINE_LEAD_IN.test(block.text))];
  for (const byline of ranked) {
    // A widget label that sits in a byline box ("Skip to content", "Follow") is not a name.
    const chrome = matchChrome(byline.text);
    if (chrome && chrome.coverage >= 0.5) continue;
    const datedByline = NAMES_AFTER_BY.test(byline.text) && /\d/.test(byline.text.slice(0, byline.text.search(NAMES_AFTER_BY)));
    setAuthors(parseByline(datedByline ? byline.text : cutBylineTail(byline.text), options), 'dom:byline');
  }
  // Last, the element a template marks as the author by its class ("author vcard", "byline",
  // "autor"), outside teasers and comments: its short text, read as a byline.
  if (fields.authors.length === 0) {
    for (const element of elementsWhere($, isAuthorClassElement)) {
      if (within(element, isElsewhere)) continue;
      // Over a declared organisation, only an element named for the author: any hCard's name (an
      // infobox's place, a contact card's company) is no person credited with the page.
      if (declared.length > 0 && !namedForAuthor(element.attribs.class ?? '')) continue;
      const caption = $(element).text().replace(/\s+/g, ' ').trim();
      if (caption.length === 0 || caption.length > MAX_AUTHOR_ELEMENT_TEXT) continue;
      const names = parseByline(cutBylineTail(caption), options);
      if (names.length > 0) {
        setAuthors(names, 'dom:author-class');
        break;
      }
    }
  }
  if (onlyOrganisations) set('authors', declared, 'json-ld');
}

/**
 * Classes templates give the element that holds the author's name (htmldate's and trafilatura's
 * hints): the selector `[class~="author"], [class~="byline"], [class~="author-name"],
 * [class~="authorname"], [class~="author_name"], [class*="article-author"], [class*="post-author"],
 * [class*="entry-author"], [class~="autor"], [class*="author__name"], [class~="auteur"],
 * [class~="vcard"] [class~="fn"], [class~="fn"][class~="n"]` as one test per element
 * (test/ingest/dom-index.test.ts holds the two to the same answers).
 */
const AUTHOR_CLASS_WORDS = new Set(['author', 'byline', 'author-name', 'authorname', 'author_name', 'autor', 'auteur']);
/** A page's comments section, by its class or id ("comments", "comment-list", "respond-comments"). */
const AUTHOR_CLASS_PARTS = ['article-author', 'post-author', 'entry-author', 'author__name'];
const FN = new Set(['fn']);
const N = new Set(['n']);
const VCARD = new Set(['vcard']);
/** A class that names the author itself ("author vcard", "byline", "post-author"), not only an hCard's name. */
const namedForAuthor = (className: string) => hasWord(className, AUTHOR_CLASS_WORDS) || AUTHOR_CLASS_PARTS.some((part) => className.includes(part));
export function isAuthorClassElement(el: Element): boolean {
  const className = el.attribs.class;
  if (className === undefined) return false;
  if (namedForAuthor(className)) return true;
  if (!hasWord(className, FN)) return false;
  if (hasWord(className, N)) return true;
  for (let parent = el.parent; parent && isTag(parent); parent = parent.parent) if (hasWord(parent.attribs.class, VCARD)) return true;
  return false;
}
/**
 * The names of the page's author hCards (microformats, as blog templates print them: `<span
 * class="author vcard"><a class="url fn n">Jane Doe</a></span>`), outside teasers, comments and the
 * page's frame: the name element holds the name alone, where the byline around it runs its lead-in
 * and the category after it into one line ("von Jane Doe" + "in Allgemeines"). An hCard counts as the
 * author's when it or its parent carries an author class word; a company's contact card does not.
 * Co-authors are the author hCards beside the first one (in its parent), not those further down.
 */
function hCardAuthors($: CheerioAPI): string[] {
  const authorCard = (el: Element) =>
    hasWord(el.attribs.class, VCARD) &&
    (hasWord(el.attribs.class, AUTHOR_CLASS_WORDS) || (el.parent !== null && isTag(el.parent) && hasWord(el.parent.attribs.class, AUTHOR_CLASS_WORDS)));
  const first = elementsWhere($, authorCard).find((el) => !within(el, isElsewhere) && $(el).find('.fn').length > 0);
  if (!first?.parent || !isTag(first.parent)) return [];
  return $(first.parent)
    .find('.fn')
    .toArray()
    .filter((fn) => {
      const card = $(fn).closest('.vcard')[0];
      return card !== undefined && isTag(card) && authorCard(card);
    })
    .map((fn) => $(fn).text().replace(/\s+/g, ' ').trim())
    .filter((name) => name.length > 0 && name.length < 100);
}

/** Longer text in an author element is a bio or a teaser, not a name line. */
const MAX_AUTHOR_ELEMENT_TEXT = 80;

/**
 * A standfirst's markup: the selector `[itemprop~="alternativeHeadline"], [class~="subtitle"],
 * [class~="sub-title"], [class~="subheadline"], [class~="standfirst"], [class~="dek"],
 * [class~="deck"], [class~="strapline"], [class~="article-subtitle"], [class~="article__subtitle"],
 * [class~="article-dek"]` as one test per element (test/ingest/dom-index.test.ts holds the two to
 * the same answers).
 */
const ALTERNATIVE_HEADLINE = new Set(['alternativeHeadline']);
const SUBTITLE_CLASS_WORDS = new Set([
  'subtitle',
  'sub-title',
  'subheadline',
  'standfirst',
  'dek',
  'deck',
  'strapline',
  'article-subtitle',
  'article__subtitle',
  'article-dek',
]);
export const isSubtitleElement = (el: Element): boolean =>
  hasWord(el.attribs.itemprop, ALTERNATIVE_HEADLINE) || hasWord(el.attribs.class, SUBTITLE_CLASS_WORDS);

/** A byline's own lead-in: "By Jane Doe", "Par Jean Dupont", "Written by …". */
const BYLINE_LEAD_IN = new RegExp(
  `^\\s*(?:${anyCase(['written by', 'posted by', 'published by', 'reported by', 'words by', 'text by', 'story by', 'by', 'par', 'von', 'por', 'door'])})\\b\\s*[:：]?\\s*\\p{Lu}`,
  'u',
);

/** "by Jane Doe" inside a date line. */
const NAMES_AFTER_BY = pattern('names-after-lead-in');
/** A lead-in and everything after it (the byline run on after a date). */
const LEAD_IN_TO_END = new RegExp(`(?:^|[\\s,|·•–—-])${FRAGMENT.leadIn}\\s+.*$`, 'iu');
// A day glued to a name ("Jane Doe22 Dec 2016") starts the tail as well: names hold no digits.
const MONTH_OR_NUMBER =
  /(?:\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|follow\b|updated\b|published\b)|(?<=\p{Ll})\d{1,2}\s+\p{L}).*$/isu;

/**
 * A date's label of any lexicon language after the names, whole words, with its colon and all after
 * it: "Jane Doe Stand: 05. Februar 2020", "Jean Dupont Mis à jour le 3 mai 2020", "Jane Doe Last
 * updated: May 3, 2020"; the English words of MONTH_OR_NUMBER left "Stand:" and "Last" in the names.
 */
const DATE_LABEL_TAIL = new RegExp(`\\s+(?:${FRAGMENT.published}|${FRAGMENT.updatedOrRevised}|${FRAGMENT.generic})(?![\\p{L}\\p{N}_])\\s*[:：]?.*$`, 'iu');
/** A word before a colon that ends the names is a label ("Jane Doe Stand:"), as in byline.ts namesBeforeDate. */
const LABEL_BEFORE_COLON = /\s+[\p{L}.]+\s*[:：]$/u;

/** Bylines printed with a date or a follow button after the name: keep the names. */
function cutBylineTail(text: string): string {
  // The little words that led into the date ("… Albert on 2019-02-15", "Jane Doe vom 12. Mai") go
  // with it; lower-case only, as capitalised they may be part of a name. Before a follow button or
  // a bare "updated" they led into nothing, and may be a lower-case name ("… and bell hooks Follow").
  const names = text.replace(DATE_LABEL_TAIL, '');
  const beforeDate = names.replace(MONTH_OR_NUMBER, '');
  const dateCut = /\d/u.test(names.slice(beforeDate.length));
  return (
    (dateCut ? beforeDate.replace(TRAILING_LOWER_WORDS, '') : beforeDate)
      .replace(/[\s,]+(?:on|at|le|du|am|den|el|il|del|the)$/u, '')
      .replace(LABEL_BEFORE_COLON, '')
      .trim() || text
  );
}

/** "Doe, Jane" → "Jane Doe"; other forms unchanged. */
function invertName(value: string): string {
  const match = /^\s*([^,\s][^,]{0,40}),\s*([^,]{1,40})$/.exec(value);
  if (!match || match[1].split(/\s+/).length > 3 || match[2].split(/\s+/).length > 3) return value;
  return `${match[2].trim()} ${match[1].trim()}`;
}

const normaliseText = (value: string) =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

function dedupe(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((author) => {
    const key = author.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The blocks around the article's head: its title (as chosen), bylines and date lines. */
function headZone(cleaned: Cleaned, title: string | null): Block[] {
  const blocks = cleaned.blocks;
  const key = title ? normaliseText(title) : '';
  let anchor = blocks.findIndex((block) => block.kind === 'title');
  if (anchor < 0 && key) anchor = blocks.findIndex((block) => !block.kept && block.text.length < 400 && normaliseText(block.text) === key);
  const firstKept = blocks.findIndex((block) => block.kept);
  if (anchor < 0) anchor = firstKept;
  if (anchor < 0) return [];
  const end = Math.max(anchor, firstKept) + 4;
  return blocks.slice(Math.max(0, anchor - 4), end);
}

type DateContext = { language: string | null; dayFirst: boolean | undefined; zones?: ZoneReading };

/**
 * A short line that is a date line even though the cleaner kept it as text ("3 days ago · 12 March
 * 2024", "Posted on 12 January 2023 by Sam Writer"): once its dates, relative dates, date labels
 * and a "by …" credit are taken out, almost nothing is left.
 */
function isDateLine(text: string, context: DateContext): boolean {
  if (text.length > 120 || text.includes('\n')) return false;
  const dates = findDates(text, context);
  if (dates.length === 0) return false;
  return wordsBesideDates(text, dates, [new RegExp(RELATIVE_DATE.source, 'giu'), LEAD_IN_TO_END]).length <= DATE_LINE_OTHER_WORDS;
}
/** Words a date line may hold beside its dates, labels and a credit: a place, a time zone. */
const DATE_LINE_OTHER_WORDS = 2;

/** A clock time ("14:30", "9.05", "10h15"): a bare "today" beside one is a date line's. */
const CLOCK_TIME = /(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)/u;
/** "Today" or "yesterday" (in the page's languages, as RELATIVE_DATE reads them) with no count of units before "ago". */
const BARE_RELATIVE_DAY = /\b(?:yesterday|today)\b/giu;
/** A publication or update label, every one in a line. */
const DATE_LABELS = [new RegExp(pattern('date-label-published').source, 'giu'), new RegExp(pattern('date-label-updated-or-revised').source, 'giu')];

/**
 * The day a short line of the article's head states once the capture or the rest of the page is
 * asked: a relative date ("2 hours ago", "vor 3 Tagen") back from the capture time, else a day
 * printed without its year, its year from the page (yearOfYearlessDay). Only date lines: the same
 * words in a sentence ("three days ago the council met", "on 3 March the minister") date its story.
 * A bare "today" or "yesterday" counts only beside a time or a date label ("Posted today", "Today,
 * 14:30"): alone it is a top bar's, a sidebar's ("Most read today") or prose. A line that also
 * prints a day must agree with it. A year-less day counts only with nothing but a publication or
 * update label before it: "Deadline: 3 May", "Closes Friday 3 May" announce days to come.
 * The page's evidence is asked for only when a year-less day is found.
 */
function headDayFromContext(
  lines: readonly string[],
  options: DateContext,
  page: { url: string | null; capturedAt: string | null; ownNames: () => string; olderThanCapture: () => boolean },
): (FoundDate & { revision: boolean }) | null {
  const relativeDates = new RegExp(RELATIVE_DATE.source, 'giu');
  const shortLines = lines.filter((line) => line.length <= HEAD_LINE && !line.includes('\n'));
  for (const line of shortLines) {
    if (wordsBesideDates(line, [], [relativeDates, LEAD_IN_TO_END]).length > DATE_LINE_OTHER_WORDS) continue;
    const labelled = PUBLISHED_WORD.test(line) || UPDATED_WORD.test(line);
    const bareDayOnly = !RELATIVE_DATE.test(line.replace(BARE_RELATIVE_DAY, ' '));
    if (bareDayOnly && !labelled && !CLOCK_TIME.test(line)) continue;
    const value = relativeDay(line, options.language, page.capturedAt);
    if (!value) continue;
    // "Today, 3 March" captured in June, "2 days ago · 3 March": the line contradicts itself.
    if (yearlessDays(line, options).some((printed) => value.slice(5) !== `${pad2(printed.month)}-${pad2(printed.day)}`)) return null;
    return { value, source: 'text:relative-date(capture)', revision: UPDATED_WORD.test(line) };
  }
  let evidence: { ownNames: string; olderThanCapture: boolean } | null = null;
  for (const line of shortLines) {
    for (const printed of yearlessDays(line, options)) {
      if (wordsBesideDates(line, [{ value: '', text: printed.text }], [relativeDates, LEAD_IN_TO_END]).length > DATE_LINE_OTHER_WORDS) continue;
      if (wordsBesideDates(line.slice(0, line.indexOf(printed.text)), [], DATE_LABELS).length > 0) continue;
      evidence ??= { ownNames: page.ownNames(), olderThanCapture: page.olderThanCapture() };
      const value = yearOfYearlessDay(printed, { ...evidence, urlMonth: urlMonth(page.url), capturedAt: page.capturedAt });
      if (value) return { value, source: 'text:date-line(year from page)', revision: UPDATED_WORD.test(line) };
    }
  }
  return null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The names that are the page's own and can hold its day (a file name "20220314_ferry.jpg", an id
 * "post-2022-03-14"): the body's and articles' ids, the images inside the article, its og:image,
 * without query strings (a version stamp "?ver=20130303" dates a file). Links to other pages are
 * left out: "On this day" and related links hold other pages' days.
 */
function pageOwnNames($: CheerioAPI, ogImage: string | null): string {
  const names: (string | undefined | null)[] = [$('body').attr('id'), ogImage];
  $('article').each((_, element) => {
    names.push($(element).attr('id'));
  });
  $('article img, main img, [role="main"] img').each((_, element) => {
    names.push($(element).attr('src'));
  });
  return names
    .filter((name): name is string => Boolean(name))
    .map((name) => name.split(/[?#]/u)[0])
    .join('\n');
}

/**
 * Whether a page shows it is older than its capture: it prints a full day somewhere (a date the
 * reader did not take, in a comment or a teaser), or its copyright line's latest year is before the
 * capture's year ("© 2015" on a page saved in 2024).
 */
function pageOlderThanCapture(blocks: readonly Block[], options: DateContext, capturedAt: string | null): boolean {
  const capturedYear = capturedAt ? Number(capturedAt.slice(0, 4)) : null;
  for (const block of blocks) {
    if (findDates(block.text, options).some((date) => date.value.length >= 10)) return true;
    if (capturedYear !== null && COPYRIGHT_PATTERN.test(block.text)) {
      const years = [...block.text.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/gu)].map((match) => Number(match[1]));
      if (years.length > 0 && Math.max(...years) < capturedYear) return true;
    }
  }
  return false;
}

/** Blocks that can open with the article's own date: its text, and the unlabelled lines around its head (not a top bar's "today", a menu or a teaser). */
const LEAD_KINDS = new Set<Block['kind']>(['paragraph', 'boilerplate', 'heading']);

/** A short label as a key–value table prints it once flattened into lines ("Founded", "Release date"). */
const isFieldLabel = (block: Block | undefined) =>
  block !== undefined &&
  block.kind === 'paragraph' &&
  block.text.length <= 30 &&
  !/[\d.!?:,;]/u.test(block.text) &&
  block.text.split(/\s+/u).length <= 3 &&
  !PUBLISHED_WORD.test(block.text) &&
  !UPDATED_WORD.test(block.text);

/**
 * Whether a line sits between two labels, as a value of an infobox or fact table does ("Founded" /
 * "28 February 1998" / "Founder"): such a date belongs to the subject, not to the article.
 */
const isFieldValue = (blocks: readonly Block[], index: number) => isFieldLabel(blocks[index - 1]) && isFieldLabel(blocks[index + 1]);

/** Blocks that hold another piece or the site's navigation: a date in one dates something else. */
const OTHER_PIECE_KINDS = new Set<Block['kind']>(['menu', 'breadcrumb', 'sidebar', 'related', 'advert', 'comment', 'footer']);

/**
 * Whether the head's line at `at` sits above the title with a menu, breadcrumb, sidebar or teaser
 * between them (or is one itself): the dates of a "latest news" box, a seminar notice or a nav
 * teaser printed over the page's own header, not the article's. A date line right over its title
 * ("12 March 2024" / headline) has nothing of that kind between.
 */
function elsewhereAboveTitle(head: readonly Block[], at: number, titleAt: number): boolean {
  if (titleAt < 0 || at >= titleAt) return false;
  return head.slice(at, titleAt).some((block) => OTHER_PIECE_KINDS.has(block.kind));
}

/**
 * Other names under which templates and plugins state a publication date in a <meta> tag (name,
 * property or itemprop; `dc:x` read as `dc.x`), as htmldate 1.10 lists them: CMS and analytics
 * plugins (Parse.ly, Sailthru, Cxense, Shareaholic), Open Graph variants, Dublin Core's created and
 * issued forms, schema.org's dateCreated. Read after every other statement of the date (see
 * readDates), so they only date a page that states none.
 */
const OTHER_PUBLISHED_META = [
  'analyticsattributes.articledate',
  'article.created',
  'article_date_original',
  'article:post_date',
  'article.published',
  'article:published',
  'article:published_date',
  'article:publicationdate',
  'bt:pubdate',
  'content_create_date',
  'created',
  'cxenseparse:recs:publishtime',
  'date_created',
  'date_published',
  'datecreated',
  'dateposted',
  'dc.created',
  'dc.date.created',
  'dc.date.publication',
  'dcsext.articlefirstpublished',
  'dcterms.created',
  'displaydate',
  'doc_date',
  'field-name-post-date',
  'gentime',
  'mediator_published_time',
  'og:article:published',
  'og:datepublished',
  'og:pubdate',
  'og:publish_date',
  'og:question:published_time',
  'og:regdate',
  'originalpublicationdate',
  'pdate',
  'ptime',
  'publish_date',
  'publish_time',
  'publish-date',
  'published-date',
  'published_date',
  'published_time',
  'publisheddate',
  'publication_date',
  'rbpubdate',
  'release_date',
  'rnews:datepublished',
  'shareaholic:article_published_time',
  'timestamp',
  'twt-published-at',
  'video:release_date',
  'vr:published_time',
];
/** Other names of a modification date in a <meta> tag (htmldate 1.10's list): kept as the update, never as the publication. */
const OTHER_MODIFIED_META = [
  'lastdate',
  'lastmod',
  'lastmodified',
  'modified',
  'utime',
  'article:modified',
  'article:modified_date',
  'article:post_modified',
  'bt:moddate',
  'dc.modified',
  'modified_time',
  'modificationdate',
  'og:article:modified_time',
  'og:modified_time',
  'revision_date',
  'updated_time',
];

const UPDATED_WORD = pattern('date-label-updated-or-revised');
const REVISED_WORD = pattern('date-label-revised');
const PUBLISHED_WORD = pattern('date-label-published');

/** Reads the declared and printed dates; returns the publication days and the revision stamps' days the head's date lines print, in order. */
function readDates(
  $: CheerioAPI,
  meta: MetaTags,
  article: JsonLdNode | null,
  head: Block[],
  blocks: readonly Block[],
  context: DateContext,
  set: Setter,
): { published: string[]; updated: string[] } {
  const printed: string[] = [];
  const printedUpdates: string[] = [];
  const iso = (value: unknown) => {
    const raw = text(value);
    return raw ? normaliseIsoDate(raw.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3'), context) : null;
  };
  // Meta tags before JSON-LD, as htmldate reads them: where the two disagree, the JSON-LD block is
  // more often a template's or a syndication feed's (measured on dev/segments: 3 more right, 3 fewer wrong in 431).
  const publishedKeys = [
    'citation_publication_date',
    'citation_date',
    'citation_online_date',
    'dc.date.issued',
    'dcterms.issued',
    'dc.date',
    'dcterms.date',
    'article:published_time',
    'og:published_time',
    'og:article:published_time',
    'datepublished',
    'parsely-pub-date',
    'sailthru.date',
    'pubdate',
    'publishdate',
    'date',
  ];
  for (const key of publishedKeys) {
    const value = meta.get(key)?.[0];
    if (value) set('published', iso(value), `meta:${key}`);
  }
  for (const key of ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', ...OTHER_MODIFIED_META]) {
    const value = meta.get(key)?.[0];
    if (value) set('updated', iso(value), `meta:${key}`);
  }
  if (article) {
    set('published', iso(article.datePublished ?? article.dateCreated), 'json-ld');
    set('updated', iso(article.dateModified), 'json-ld');
  }
  const itemDate = (prop: string) => {
    const el = $(
      elementsByItemprop($, prop)
        .filter((element) => !inEmbeddedItem(element))
        .slice(0, 1),
    );
    return el.length ? (el.attr('datetime') ?? el.attr('content') ?? null) : null;
  };
  set('published', iso(itemDate('datePublished')), 'microdata:datePublished');
  set('updated', iso(itemDate('dateModified')), 'microdata:dateModified');
  // <time datetime>: the one marked as the publication date, else the article's own first one. On
  // pages with several <article> elements (teasers, related posts), the article's own is the one
  // holding the headline; when none or several do, none is taken.
  const articles = [...elementsByTag($, 'article')];
  const ownArticle = articles.length === 1 ? articles : articles.filter((element) => $(element).find('h1').length > 0);
  const pubdate =
    $(
      elementsByTag($, 'time')
        .filter((el) => el.attribs.pubdate !== undefined && el.attribs.datetime !== undefined)
        .slice(0, 1),
    ).attr('datetime') ??
    entryDateTime($) ??
    (ownArticle.length === 1 ? $(ownArticle[0]).find('time[datetime]').first().attr('datetime') : undefined);
  if (pubdate) set('published', iso(pubdate), 'dom:time');
  // hAtom's revision time (<time class="updated">), beside the entry-date above.
  const revised = elementsByTag($, 'time').find(
    (el) => el.attribs.datetime !== undefined && hasWord(el.attribs.class, UPDATED_CLASS) && !within(el, isOtherPiece),
  );
  if (revised) set('updated', iso(revised.attribs.datetime), 'dom:time-updated');
  // Printed date lines at the head of the article. "3 days ago" is not read (strict parser), so a
  // line "3 days ago · 12 March 2024" gives the absolute date it prints, and "Updated 2h ago" none.
  const source = context.dayFirst === undefined ? 'dom:dateline' : `dom:dateline(order:${context.dayFirst ? 'day-month' : 'month-day'} from page)`;
  const titleAt = head.findIndex((block) => block.kind === 'title');
  for (const [at, line] of head.entries()) {
    if (elsewhereAboveTitle(head, at, titleAt)) continue;
    if (line.kind !== 'dateline' && line.kind !== 'byline' && line.kind !== 'page-metadata' && !isDateLine(line.text, context)) {
      const lead = LEAD_KINDS.has(line.kind) ? leadingDay(line.text, context) : null;
      if (lead) {
        set('published', lead, 'dom:dateline-lead');
        printed.push(lead);
      }
      continue;
    }
    if (isFieldValue(blocks, blocks.indexOf(line))) continue;
    if (line.kind === 'page-metadata' && line.text.length > 120) continue;
    // Adjacent spans run together ("by Jane Doe7 May 2024"): a digit right after a lower-case
    // letter starts a new word in a byline or date line.
    const lineText = line.text.replace(/(\p{Ll})(\d)/gu, '$1 $2');
    const dates = findDates(lineText, context);
    if (dates.length === 0) continue;
    const updatedAt = lineText.search(UPDATED_WORD);
    const publishedAt = lineText.search(PUBLISHED_WORD);
    for (const date of dates) {
      const at = lineText.indexOf(date.text);
      // A date after "Updated" (and not after a later "Published") is the update.
      const isUpdate = updatedAt >= 0 && updatedAt < at && !(publishedAt > updatedAt && publishedAt < at);
      set(isUpdate ? 'updated' : 'published', date.value, source);
      if (!isUpdate) printed.push(date.value);
      // Only a revision stamp's day ("Stand: …", "Letzte Änderung …") is returned: a plain update
      // line ("Aktualisiert am …") under a generic meta date is a re-save, not the page's date.
      else if (lineText.search(REVISED_WORD) === updatedAt) printedUpdates.push(date.value);
    }
  }
  // The less common meta names last: where a page also states its date in JSON-LD, microdata or a
  // printed date line, those say it more often the way readers see it (a plugin's tag may carry
  // another zone or a feed's time).
  for (const key of OTHER_PUBLISHED_META) {
    const value = meta.get(key)?.[0];
    if (value) set('published', iso(value), `meta:${key}`);
  }
  return { published: printed, updated: printedUpdates };
}

/** hAtom's class for an entry's revision time. */
const UPDATED_CLASS: ReadonlySet<string> = new Set(['updated']);

/**
 * The datetime of a <time class="entry-date …"> (or entry-time) outside teasers, related lists and
 * comments: WordPress themes and the hAtom microformat mark a post's publication time so (its
 * revision is class "updated"), whatever the page's <article> elements, as htmldate takes it.
 */
function entryDateTime($: CheerioAPI): string | undefined {
  for (const element of elementsByTag($, 'time')) {
    if (element.attribs.datetime === undefined || !/^entry-(?:date|time)/.test(element.attribs.class ?? '')) continue;
    if (!within(element, isOtherPiece)) return element.attribs.datetime;
  }
  return undefined;
}

/** A machine date's UTC offset in minutes ("…T21:00:00+11:00"); null without one. */
const MACHINE_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):(\d{2})$/;

/**
 * How the page's ambiguous zone abbreviations (EST, IST …) read, from what it shows of where it is:
 * the offsets of its machine dates, its domain's country, then the countries of its locale tags
 * (og:locale and the language tag are often a template's default, so they come last).
 */
function pageZones(machineDates: readonly string[], url: string | null, locales: readonly (string | undefined)[]): ZoneReading {
  const offsets = machineDates.flatMap((value) => {
    const match = MACHINE_OFFSET.exec(value);
    return match ? [(match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))] : [];
  });
  return zoneReading({ offsets, countries: [domainCountry(url), ...locales.map(localeCountry)] });
}

/** Every machine-readable date the page declares (meta tags, JSON-LD, <time datetime>), as ISO. */
function* machineDateValues($: CheerioAPI, meta: MetaTags, nodes: readonly JsonLdNode[]): Generator<string> {
  const values: (string | null)[] = [];
  for (const el of elementsByTag($, 'time')) if (el.attribs.datetime !== undefined) values.push(normaliseIsoDate($(el).attr('datetime') ?? ''));
  for (const key of ['article:published_time', 'article:modified_time', 'og:updated_time', 'citation_publication_date', 'dc.date']) {
    for (const value of meta.get(key) ?? []) values.push(normaliseIsoDate(value.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3')));
  }
  for (const node of nodes) for (const key of ['datePublished', 'dateModified', 'dateCreated']) values.push(normaliseIsoDate(text(node[key]) ?? ''));
  for (const value of values) if (value) yield value;
}

function readClassification($: CheerioAPI, meta: MetaTags, nodes: readonly JsonLdNode[], article: JsonLdNode | null, cleaned: Cleaned, set: Setter): void {
  if (article) set('sections', unique(textList(article.articleSection, false)), 'json-ld');
  const section = allMeta(meta, ['article:section', 'parsely-section', 'section']);
  if (section) set('sections', unique(section.values), `meta:${section.key}`);

  const breadcrumb = nodes.find((node) => nodeTypes(node).includes('BreadcrumbList'));
  if (breadcrumb) set('breadcrumb', breadcrumbItems(breadcrumb), 'json-ld:BreadcrumbList');
  const crumbs = cleaned.blocks.find((block) => block.kind === 'breadcrumb');
  if (crumbs) {
    const items = crumbs.items ?? crumbs.text.split(/\s*[>›»/]\s*/);
    set(
      'breadcrumb',
      items.map((item) => item.trim()).filter((item) => item.length > 0 && item.length < 80),
      'dom:breadcrumb',
    );
  }

  const tags = allMeta(meta, ['article:tag', 'og:article:tag', 'parsely-tags']);
  if (tags) set('tags', unique(tags.values.flatMap((value) => (tags.key === 'parsely-tags' ? value.split(/\s*,\s*/) : [value]))), `meta:${tags.key}`);
  if (article) set('keywords', unique(textList(article.keywords)), 'json-ld');
  const keywords = allMeta(meta, ['citation_keywords', 'keywords', 'news_keywords', 'dc.subject']);
  if (keywords) set('keywords', unique(keywords.values.flatMap((value) => value.split(/\s*[,;]\s*/))), `meta:${keywords.key}`);

  const types = article ? nodeTypes(article) : [];
  const genre = types.map((type) => GENRE_BY_TYPE[type]).find(Boolean);
  if (genre) set('genre', genre, 'json-ld:@type');
  if (meta.has('citation_journal_title')) set('genre', 'journal-article', 'meta:citation_journal_title');

  const license = $(elementsByRel($, ['link', 'a'], 'license').slice(0, 1)).attr('href');
  if (license) set('license', license.trim(), 'dom:rel-license');
  if (article)
    set(
      'license',
      text(article.license) ?? (article.license && typeof article.license === 'object' ? text((article.license as JsonLdNode).url) : null),
      'json-ld',
    );
  const dcLicense = firstMeta(meta, ['dcterms.license', 'dc.rights.license', 'license']);
  if (dcLicense) set('license', dcLicense.value, `meta:${dcLicense.key}`);
}

function breadcrumbItems(list: JsonLdNode): string[] {
  const elements = Array.isArray(list.itemListElement) ? (list.itemListElement as JsonLdNode[]) : [];
  return elements
    .filter((item) => item && typeof item === 'object')
    .map((item, index) => ({ position: Number(item.position ?? index + 1), name: text(item.name) ?? text((item.item as JsonLdNode | undefined)?.name) }))
    .sort((a, b) => a.position - b.position)
    .map((item) => item.name)
    .filter((name): name is string => Boolean(name));
}

function readBibliographic(_$: CheerioAPI, meta: MetaTags, article: JsonLdNode | null, set: Setter): void {
  const scholarly =
    meta.has('citation_title') || meta.has('citation_journal_title') || (article !== null && nodeTypes(article).some((type) => /Scholarly/.test(type)));
  const abstract = firstMeta(meta, ['citation_abstract', 'dc.description', 'dcterms.abstract', 'dcterms.description']);
  if (abstract && (abstract.key === 'citation_abstract' || abstract.key === 'dcterms.abstract' || scholarly))
    set('abstract', decodeEntities(abstract.value), `meta:${abstract.key}`);
  if (article) set('abstract', text(article.abstract) ?? (scholarly ? text(article.description) : null), 'json-ld');

  const journal = firstMeta(meta, ['citation_journal_title', 'citation_conference_title', 'prism.publicationname', 'dc.source']);
  if (journal) set('journal', journal.value, `meta:${journal.key}`);
  const volume = firstMeta(meta, ['citation_volume', 'prism.volume']);
  if (volume) set('volume', volume.value, `meta:${volume.key}`);
  const issue = firstMeta(meta, ['citation_issue', 'prism.number']);
  if (issue) set('issue', issue.value, `meta:${issue.key}`);
  if (article) {
    set('volume', text(article.volumeNumber), 'json-ld');
    set('issue', text(article.issueNumber), 'json-ld');
  }
  const first = firstMeta(meta, ['citation_firstpage', 'prism.startingpage']);
  const last = firstMeta(meta, ['citation_lastpage', 'prism.endingpage']);
  const firstPage = first ? parseInt(first.value, 10) : article ? parseInt(text(article.pageStart) ?? '', 10) : NaN;
  const lastPage = last ? parseInt(last.value, 10) : article ? parseInt(text(article.pageEnd) ?? '', 10) : NaN;
  if (Number.isInteger(firstPage) && firstPage >= 0)
    set('pages', { first: firstPage, last: Number.isInteger(lastPage) && lastPage >= firstPage ? lastPage : null }, first ? `meta:${first.key}` : 'json-ld');

  for (const key of ['citation_doi', 'dc.identifier', 'dcterms.identifier', 'prism.doi', 'bepress_citation_doi']) {
    for (const value of meta.get(key) ?? []) {
      const doi = DOI.exec(value)?.[1];
      if (doi) set('doi', doi, `meta:${key}`);
    }
  }
  if (article) {
    const identifiers = [article.identifier, article.sameAs, article['@id']].flatMap((value) => textList(value, false));
    for (const value of identifiers) set('doi', DOI.exec(value)?.[1] ?? null, 'json-ld');
  }
  const pdf = firstMeta(meta, ['citation_pdf_url']);
  if (pdf) set('attachments', [{ label: 'PDF', size_text: null, url: pdf.value }], 'meta:citation_pdf_url');
}

function readUrl($: CheerioAPI, meta: MetaTags, article: JsonLdNode | null, set: Setter): void {
  const absolute = (value: string | null | undefined) => {
    const trimmed = value?.trim();
    return trimmed && /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : null;
  };
  set('url', absolute($(elementsByRel($, ['link'], 'canonical').slice(0, 1)).attr('href')), 'dom:link-canonical');
  const og = firstMeta(meta, ['og:url', 'twitter:url', 'citation_abstract_html_url']);
  if (og) set('url', absolute(og.value), `meta:${og.key}`);
  if (article) set('url', absolute(text(article.url) ?? text((article.mainEntityOfPage as JsonLdNode | undefined)?.['@id'])), 'json-ld');
}

function readCounters(meta: MetaTags, article: JsonLdNode | null, set: Setter): void {
  // Twitter card label/data pairs ("Est. reading time" / "5 minutes"), as many CMSs print them.
  for (let i = 1; i <= 4; i++) {
    const label = meta.get(`twitter:label${i}`)?.[0];
    const data = meta.get(`twitter:data${i}`)?.[0];
    if (!label || !data) continue;
    if (pattern('reading-time-meta-label').test(label)) {
      const minutes = /(\d+)/.exec(data);
      if (minutes) set('reading_time_minutes', Number(minutes[1]), `meta:twitter:label${i}`);
    }
  }
  if (article) {
    const duration = /^PT(?:(\d+)H)?(?:(\d+)M)?/i.exec(text(article.timeRequired) ?? '');
    if (duration && (duration[1] || duration[2])) set('reading_time_minutes', Number(duration[1] ?? 0) * 60 + Number(duration[2] ?? 0), 'json-ld');
  }
}

const YEAR = /\b(?:19|20)\d{2}\b/;

/** The newest day-precision date the page prints or declares: the capture was made no earlier. */
function newestDate(machineDates: readonly string[], cleaned: Cleaned, context: DateContext): string | null {
  let newest: string | null = null;
  const consider = (value: string | null | undefined) => {
    const day = value ? /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] : undefined;
    if (day && (newest === null || day > newest)) newest = day;
  };
  for (const value of machineDates) consider(value);
  for (const block of cleaned.blocks) {
    if (block.text.length > 400 || !YEAR.test(block.text)) continue;
    for (const date of findDates(block.text, context)) consider(date.value);
  }
  return newest;
}

/**
 * Counters and files the page prints or declares: views ("12,345 views", JSON-LD
 * interactionStatistic) and downloadable PDFs with their sizes as printed ("Download PDF (239 KB)").
 */
function readDomCounters(_$: CheerioAPI, article: JsonLdNode | null, head: Block[], set: Setter): void {
  if (article) {
    const statistics = Array.isArray(article.interactionStatistic)
      ? article.interactionStatistic
      : article.interactionStatistic
        ? [article.interactionStatistic]
        : [];
    for (const statistic of statistics as JsonLdNode[]) {
      const type =
        text((statistic?.interactionType as JsonLdNode | string | undefined) ?? null) ??
        text((statistic?.interactionType as JsonLdNode | undefined)?.['@type']) ??
        '';
      const count = Number(text(statistic?.userInteractionCount));
      if (/(?:View|Watch|Read)Action$/.test(type) && Number.isInteger(count) && count >= 0) set('views', count, 'json-ld:interactionStatistic');
    }
  }
  for (const block of head) {
    if (block.kept || block.text.length > 120) continue;
    const views = readViews(block.text);
    if (views !== null) set('views', views, 'dom:counter');
  }
}

/** Links to PDF files outside teasers and asides, with the size printed in or next to the link. */
function pdfLinks($: CheerioAPI, pageUrl: string | null): Attachment[] {
  const attachments: Attachment[] = [];
  const seen = new Set<string>();
  // `$('a[href]')`, read off the element index and the attributes themselves: a page has hundreds of
  // links, and wrapping each in a cheerio object only to read two attributes cost more than the rest.
  for (const el of elementsByTag($, 'a')) {
    if (el.attribs.href === undefined) continue;
    const href = el.attribs.href.trim();
    const type = el.attribs.type ?? '';
    if (!/\.pdf(?:[?#]|$)/i.test(href) && !/application\/pdf/i.test(type)) continue;
    const link = $(el);
    // Only after the cheap test: walking up to the root for every link of a long comment thread is costly.
    if (within(el, isElsewhere)) continue;
    const label = link.text().replace(/\s+/g, ' ').trim();
    if (label.length > 100) continue;
    // The size is printed in the link or right next to it, inside the same short parent.
    const parent = link.parent().text().replace(/\s+/g, ' ').trim();
    const stated = readAttachment(`PDF ${label}`)?.size_text ?? (parent.length <= 150 ? readAttachment(`PDF ${parent}`)?.size_text : null) ?? null;
    const url = resolveUrl(href, pageUrl);
    const key = url ?? href;
    if (seen.has(key)) continue;
    seen.add(key);
    attachments.push({ label: 'PDF', size_text: stated, url });
  }
  return attachments;
}

/** An absolute http(s) URL for a link, resolved against the page's own URL when it is relative. */
function resolveUrl(href: string, base: string | null): string | null {
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const trimmed = decodeEntities(value).replace(/\s+/g, ' ').trim();
    if (!trimmed || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    out.push(trimmed);
  }
  return out;
}
