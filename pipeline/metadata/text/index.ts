// The text-dump metadata extractor: reads what a plain-text capture states about itself from the
// zone around the article's title (title, bylines, dates, counters, bibliographic labels) and
// from the whole page (the newest printed date). Only what the page says; null where it is silent.
import type { Block, Cleaned } from '../../text/blocks.ts';
import type { Author, Genre, WarningCode } from '../../records/document.ts';
import { parseByline } from '../authors.ts';
import { leadingDay } from '../lead-day.ts';
import { wordsBesideDates } from '../date-line.ts';
import { findDates, firstPageDay, foreignDateLineDay, numericOrder, partGluedDates, plausiblePageDay, type DateOptions } from '../../text/dates.ts';
import { detectLanguage } from '../../text/language-detection.ts';
import { emptyMetadata, type Metadata, takeUpdatedAsPublished } from '../types.ts';
import {
  ABSTRACT_LABEL,
  SUMMARY_BY,
  readAttachment,
  readDoi,
  readKeywords,
  readLicense,
  readPublisher,
  readTags,
  readPages,
  readPublished,
  readReadingTime,
  readUpdated,
  readUpdatedOrRevised,
  readViews,
  readVolumeIssue,
} from './labels.ts';
import { LEAD_IN, NOT_BYLINE, findBylineNear } from './byline.ts';
import { findSections } from './sections.ts';
import { findTitleZone } from './zone.ts';
import { FRAGMENT, keyOf, pattern } from '../../lexicon/index.ts';

/** Blocks that carry metadata rather than article text. */
const METADATA_KINDS = new Set<Block['kind']>(['title', 'byline', 'dateline', 'page-metadata', 'attachment', 'breadcrumb']);

/** Blocks that hold other posts (comments, related teasers): a labelled day in one is that post's. */
const OTHER_POSTS = new Set<Block['kind']>(['comment', 'related']);

/** How far around the title (in blocks) its byline, dates and labels may sit. */
const ZONE_RADIUS = 12;

/** A date followed by "by" and a capitalised word. */
const NAMES_AFTER_DATE = new RegExp(`\\d.*(?:^|[\\s,|·•–—-])${FRAGMENT.leadIn}\\s+\\p{Lu}`, 'u');

/** An update label before a date: the date is the update, not the publication. */
const UPDATED_BEFORE = pattern('date-label-updated');

const SENTENCE_END = /[.!?…。؟][”"’'»)\]]*$/u;

/** Inside a related-stories box: a 'related' block opens it a few lines above, nothing kept between. */
function insideRelated(blocks: readonly Block[], index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 6); i--) {
    if (blocks[i]!.kind === 'related') return true;
    if (blocks[i]!.kept) return false;
  }
  return false;
}

/** The article's head: from a few blocks above the title to just past the start of its body. */
function headOf(blocks: readonly Block[], titleIndex: number | null): Set<Block> {
  const from =
    titleIndex ??
    Math.max(
      0,
      blocks.findIndex((block) => block.kept),
    );
  let body = blocks.findIndex((block, i) => i > from && block.kept && block.kind === 'paragraph' && block.text.length >= 80);
  if (body < 0) body = blocks.length;
  return new Set(blocks.slice(Math.max(0, from - 4), Math.min(blocks.length, Math.max(body, from + 4) + 4)));
}

/** Indices of the blocks around the title (or the top of the article), nearest first after it. */
function zoneOf(blocks: readonly Block[], titleIndex: number | null): number[] {
  const kept = blocks.flatMap((block, i) => (block.kept ? [i] : []));
  const anchor = titleIndex ?? kept[0] ?? 0;
  const lastKept = kept.length > 0 ? kept[kept.length - 1]! : anchor;
  const after: number[] = [];
  const before: number[] = [];
  for (let i = anchor; i < Math.min(blocks.length, Math.max(anchor, lastKept) + ZONE_RADIUS); i++) after.push(i);
  for (let i = anchor - 1; i >= Math.max(0, anchor - ZONE_RADIUS); i--) before.push(i);
  return [...after, ...before];
}

function genreOf(fields: ReturnType<typeof emptyMetadata>, summarised: boolean): Genre | null {
  if (summarised) return 'summary';
  if (fields.volume || fields.pages || (fields.abstract && fields.keywords.length > 0)) return 'journal-article';
  const labels = [...fields.sections, ...fields.breadcrumb].map((label) => label.toLowerCase());
  const says = (rule: RegExp) => labels.some((label) => rule.test(label));
  if (says(pattern('genre-press-release'))) return 'press-release';
  if (says(pattern('genre-commentary'))) return 'commentary';
  if (says(pattern('genre-analysis'))) return 'analysis';
  if (says(pattern('genre-report'))) return 'report';
  if (says(pattern('genre-news'))) return 'news';
  if (says(/\bblogs?\b/u)) return 'blog';
  return null;
}

/**
 * A standfirst: the one line between the title and the byline or date line, when the article's
 * head has that shape (title, standfirst, byline). A line elsewhere is not taken for one.
 */
function findSubtitle(blocks: readonly Block[], titleIndex: number | null): string | null {
  if (titleIndex === null) return null;
  const candidate = blocks[titleIndex + 1];
  const next = blocks[titleIndex + 2];
  if (!candidate || !next || (next.kind !== 'byline' && next.kind !== 'dateline')) return null;
  if (!['paragraph', 'heading', 'boilerplate', 'caption'].includes(candidate.kind)) return null;
  const text = candidate.text.trim();
  if (text.length < 20 || text.length > 300 || text.includes('\n') || /[:：]$/u.test(text)) return null;
  return text;
}

/** The abstract: the labelled paragraph and the kept paragraphs that follow it without a break. */
function findAbstract(content: string, blocks: readonly Block[]): { text: string; truncated: boolean } | null {
  const start = blocks.findIndex((block) => block.span && ABSTRACT_LABEL.test(content.slice(block.span.start, block.span.end)));
  if (start < 0) return null;
  const parts: string[] = [];
  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (i > start && (!block.kept || block.kind !== 'paragraph')) break;
    parts.push(block.text.replace(ABSTRACT_LABEL, ''));
  }
  const text = parts.join('\n\n').trim();
  return text ? { text, truncated: !SENTENCE_END.test(text) } : null;
}

/** Reads the metadata a plain-text capture states about itself. */
/** The longest line searched for a page's date: date lines and bylines, not paragraphs. */
const SHORT_LINE = 160;
/** How many of the body's first paragraphs may open with the article's day. */
const LEAD_PARAGRAPHS = 3;
/** How many lines before and after the headline the search reaches, when there is one. */
const TITLE_REACH = 15;

/** What the capture's container knows about the dump, and the language its text reads in. */
export interface TextContext {
  /** When the page was captured: no publication date after it is taken. */
  capturedAt?: string | null;
  /** The language detected from the clean text, when the caller has it (else detected here). */
  detectLanguage?: () => string | null;
}

/** A numbered-list marker the line splitter took off a line: "15." in "15. Januar 2022". */
const NUMBER_MARKER = /^\d{1,3}[.)][ \t]+$/u;

/**
 * A block's text with the number its line opened with, when the line splitter read that number as a
 * list marker: a day-first date on its own line ("15. Januar 2022", "3. März 2021") prints like the
 * item "15." of a numbered list, and without its day it names only a month. Dates the dump ran
 * together with their neighbours are parted (partGluedDates).
 */
function asPrinted(content: string, block: Block): string {
  if (!block.span) return partGluedDates(block.text);
  const lineStart = content.lastIndexOf('\n', block.span.start - 1) + 1;
  const before = content.slice(lineStart, block.span.start).trimStart();
  return partGluedDates(NUMBER_MARKER.test(before) ? `${before}${block.text}` : block.text);
}

/** How far after a headline its day may start in a line that runs on: a space, a bar or a dash. */
const HEADLINE_DAY_GAP = 3;
/**
 * How much of the line after the headline is parsed for that day: room for the longest way a day is
 * written with its weekday and time ("Donnerstag, 28. September 2021, 07:18 Uhr", under 50 characters)
 * after the gap, so the date is never cut; the rest is the lead, whose dates are the story's.
 */
const HEADLINE_DAY_SPAN = 80;

/** The longest printed line read as a date line inside a block. */
const DATE_LINE_LENGTH = 100;

/**
 * The day of a date line printed on a line of its own inside a block ("4 de maio de 2022, 05:34 h
 * Atualizado em 4 de maio de 2022, 05:35" under a standfirst): a short line that opens with a full
 * day and holds nothing but dates, their labels and little words (one stray word at most, never a
 * lower-case one: "12 de março de 2019, que" goes on a sentence). The line stands apart: the block's
 * first, or after a blank line or a sentence's end, and neither ends on a comma nor runs on into a
 * lower-case line: a hard-wrapped body line that opens with a date ("… e lembrou a lei de" / "12 de
 * março de 2019, que" / "obriga o município …") is no date line. Null when no line is one.
 */
function dateLineIn(content: string, block: Block, options: DateOptions, notAfter: string | null): string | null {
  if (!block.span) return null;
  const lines = content.slice(block.span.start, block.span.end).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = partGluedDates(lines[i]!.trim());
    if (!line || line.length > DATE_LINE_LENGTH) continue;
    const previous = lines[i - 1]?.trim() ?? '';
    const next = lines[i + 1]?.trim() ?? '';
    if ((previous !== '' && !SENTENCE_ENDED.test(previous)) || /[,;]$/u.test(line) || /^\p{Ll}/u.test(next)) continue;
    const dates = findDates(line, options);
    if (dates.length === 0 || dates[0]!.value.length < 10 || line.indexOf(dates[0]!.text) !== 0) continue;
    const words = wordsBesideDates(line, dates);
    if (words.length <= 1 && !words.some((word) => /^\p{Ll}/u.test(word)) && plausiblePageDay(dates[0]!.value, notAfter)) return dates[0]!.value;
  }
  return null;
}
/** A line that ends a sentence: its full stop, question or exclamation mark, maybe in a closing quote or bracket. */
const SENTENCE_ENDED = /[.!?…][”"’'»)\]]*$/u;

/** The full, plausible day that opens `rest` (what follows a headline in its line), or null. */
function dayRightAfterHeadline(rest: string, options: DateOptions, notAfter: string | null): string | null {
  const first = findDates(rest.slice(0, HEADLINE_DAY_SPAN), options)[0];
  if (!first || first.value.length < 10 || rest.indexOf(first.text) > HEADLINE_DAY_GAP) return null;
  return plausiblePageDay(first.value, notAfter) ? first.value : null;
}

export function textMetadata(content: string, cleaned: Cleaned, context: TextContext = {}): Metadata {
  const fields = emptyMetadata();
  const provenance: Record<string, string> = {};
  const warnings: WarningCode[] = [];
  const set = <K extends keyof typeof fields>(key: K, value: (typeof fields)[K], source: string) => {
    fields[key] = value;
    provenance[key] = source;
  };
  const blocks = cleaned.blocks;
  // The language only steers the date parser here; the dispatcher decides the language field.
  const language = context.detectLanguage ? context.detectLanguage() : detectLanguage(cleaned.text);
  // Day/month order of numeric dates, as the page's own unambiguous dates show it (else unread).
  const dateOptions: DateOptions = { language, dayFirst: numericOrder(content) };

  const zone = findTitleZone(blocks, content, dateOptions);
  if (zone.title) set('title', zone.title.value, zone.title.source);
  if (zone.siteName) set('site_name', zone.siteName.value, zone.siteName.source);
  if (zone.breadcrumb.length > 0) set('breadcrumb', zone.breadcrumb, 'text:breadcrumb');
  const sections = findSections(blocks, zone.titleIndex);
  if (sections.length > 0) set('sections', sections, 'text:sections');

  const subtitle = findSubtitle(blocks, zone.titleIndex);
  if (subtitle) set('subtitle', subtitle, 'text:after-title');

  const around = zoneOf(blocks, zone.titleIndex).map((i) => blocks[i]!);
  // A name the headline itself states is the story's subject (a kicker above or under it), not its author.
  const titleKey = ` ${keyOf(fields.title ?? '')} `;
  const namedInTitle = (text: string) => fields.title !== null && keyOf(text).length > 0 && titleKey.includes(` ${keyOf(text)} `);
  const siteName = fields.site_name;
  let summarised = false;
  let authors: Author[] = [];
  let summaryAuthors: Author[] = [];
  for (const block of around) {
    const text = block.text;
    const isByline =
      (block.kind === 'byline' || (zone.bylineIndex !== null && block === blocks[zone.bylineIndex])) &&
      !block.kept &&
      !NOT_BYLINE.test(text) &&
      !insideRelated(blocks, blocks.indexOf(block));
    if (isByline) {
      if (SUMMARY_BY.test(text)) {
        summarised = true;
        if (summaryAuthors.length === 0) summaryAuthors = parseByline(text, { siteName, language });
      } else if (
        authors.length === 0 &&
        (LEAD_IN.test(text) || findDates(text, dateOptions).length > 0 || (block === blocks[(zone.titleIndex ?? -2) + 1] && !namedInTitle(text)))
      )
        // A title-case caption the cleaner took for a byline ("View Photos") names no one: a byline
        // away from the title needs a lead-in or a date.
        authors = parseByline(text, { siteName, language });
    }
    // A date line that carries the names: "Posted on 12 January 2023 by Sam Writer".
    if (authors.length === 0 && !block.kept && (block.kind === 'dateline' || block.kind === 'page-metadata') && NAMES_AFTER_DATE.test(text))
      authors = parseByline(text, { siteName, language });
    if (!METADATA_KINDS.has(block.kind) && !(block.kind === 'menu' && !block.kept)) continue;
    // Dates are read from the line as printed: its day may have been taken for a list number.
    const printed = asPrinted(content, block);
    if (fields.published === null) {
      const published = readPublished(printed, dateOptions);
      if (published) set('published', published, 'text:label');
    }
    if (fields.updated === null) {
      const updated = readUpdated(printed, dateOptions);
      if (updated) {
        set('updated', updated, 'text:label');
        // "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019", "Dec. 6, 2024 / Updated Dec.
        // 7, 2024": the date printed before the update label is the publication's.
        if (fields.published === null && printed.length <= 160) {
          const first = findDates(printed, dateOptions)[0];
          const label = printed.search(UPDATED_BEFORE);
          if (first && first.value.length >= 10 && label > 0 && printed.indexOf(first.text) < label) set('published', first.value, 'text:dateline');
        }
      }
    }
    if (fields.views === null) {
      const views = readViews(text);
      if (views !== null) set('views', views, 'text:label');
    }
    if (fields.reading_time_minutes === null) {
      const minutes = readReadingTime(text);
      if (minutes !== null) set('reading_time_minutes', minutes, 'text:label');
    }
    if (fields.volume === null) {
      const volumeIssue = readVolumeIssue(text);
      if (volumeIssue) {
        set('volume', volumeIssue.volume, 'text:label');
        if (volumeIssue.issue) set('issue', volumeIssue.issue, 'text:label');
      }
    }
    if (fields.pages === null && block.kind === 'page-metadata') {
      const pages = readPages(text);
      if (pages) set('pages', pages, 'text:label');
    }
    if (fields.keywords.length === 0) {
      const keywords = readKeywords(text);
      if (keywords) set('keywords', keywords, 'text:label');
    }
    if (fields.tags.length === 0) {
      const tags = readTags(text);
      if (tags) set('tags', tags, 'text:label');
    }
    if (fields.doi === null) {
      const doi = readDoi(text);
      if (doi) set('doi', doi, 'text:label');
    }
    if (fields.publisher === null) {
      const publisher = readPublisher(text);
      if (publisher) set('publisher', publisher, 'text:label');
    }
    if (fields.license === null) {
      const license = readLicense(text);
      if (license) set('license', license, 'text:label');
    }
    if (block.kind === 'attachment') {
      const attachment = readAttachment(text);
      if (attachment) {
        fields.attachments.push(attachment);
        provenance.attachments = 'text:label';
      }
    }
  }

  // The byline next to the headline outranks one the cleaner labelled further away.
  const near = zone.titleIndex !== null ? findBylineNear(blocks, zone.titleIndex, dateOptions, siteName) : null;
  if (near) set('authors', near.authors, 'text:byline-near-title');
  else if (authors.length > 0) set('authors', authors, 'text:byline');
  else if (summaryAuthors.length > 0) set('authors', summaryAuthors, 'text:byline');

  // A date in the byline found next to the title ("Jane Doe July 10, 2015") is the publication date.
  if (near && fields.published === null && fields.updated === null) {
    // Only the first date, stated to the day and not after an "updated" label: a line may print
    // the publication and the update ("12.05.2015 • Mis à jour le 13.05.2015").
    const text = blocks[near.index]!.text;
    const date = findDates(text, dateOptions)[0];
    if (date && date.value.length >= 10 && !UPDATED_BEFORE.test(text.slice(0, text.indexOf(date.text)))) set('published', date.value, 'text:byline');
  }

  // A date on its own next to the title, or in the byline, is the publication date. The article's
  // head only: a date line deep in the body ("Retrieved 24 August 2021") dates a source, not the page.
  if (fields.published === null && fields.updated === null) {
    const head = headOf(blocks, zone.titleIndex);
    for (const block of around) {
      if (!head.has(block)) continue;
      if (block.kind !== 'dateline' && block.kind !== 'byline') continue;
      const date = findDates(asPrinted(content, block), dateOptions)[0];
      if (date) {
        set('published', date.value, block.kind === 'byline' ? 'text:byline' : 'text:dateline');
        break;
      }
    }
  }

  // A short line next to the headline that states a day ("Jane Doe March 9, 2017", "24 July 2015").
  if (fields.published === null && fields.updated === null && zone.titleIndex !== null) {
    for (let i = zone.titleIndex + 1, seen = 0; i < blocks.length && seen < 4; i++) {
      const block = blocks[i]!;
      if (['share', 'boilerplate', 'advert', 'comment', 'signin'].includes(block.kind)) continue;
      seen++;
      if (block.text.length > 100 || (block.kept && block.kind === 'paragraph')) {
        // The standfirst and the date line under it, run into one paragraph by the cleaner: the
        // date line still stands on a line of its own in the dump.
        const day = seen === 1 ? dateLineIn(content, block, dateOptions, context.capturedAt ?? null) : null;
        if (day) set('published', day, 'text:near-title');
        break;
      }
      // Links run together ("Yahoo TravelOctober 13, 2016"): a capital after a small letter starts a word.
      const date = findDates(asPrinted(content, block).replace(/(\p{Ll})(\p{Lu}\p{Ll})/gu, '$1 $2'), dateOptions).find((found) => found.value.length >= 10);
      if (date) {
        set('published', date.value, 'text:near-title');
        break;
      }
    }
  }

  // The body's lead opening with its day, as agency copy and press releases print it ("29.11.2022 –
  // Mehrfach hatte …", "Berlin, 3 May 2024 — …"): only the first paragraphs after the headline;
  // further in, a paragraph's opening day is the story's.
  if (fields.published === null && fields.updated === null) {
    const leads = blocks
      .slice(zone.titleIndex === null ? 0 : zone.titleIndex + 1)
      .filter((block) => block.kept && block.kind === 'paragraph')
      .slice(0, LEAD_PARAGRAPHS);
    for (const block of leads) {
      const day = leadingDay(asPrinted(content, block), dateOptions);
      if (day && plausiblePageDay(day, context.capturedAt ?? null)) {
        set('published', day, 'text:lead-day');
        break;
      }
    }
  }

  // As htmldate searches a page that states no date where pages do: the first full day its short
  // lines print (kept or dropped; a paragraph's dates are its events'), from 1995 on and not after the capture.
  // Up to the article's last kept line: what follows the body (related teasers) dates other pages.
  const shortLinesAroundTitle = () => {
    let bodyEnd = blocks.length - 1;
    while (bodyEnd >= 0 && !blocks[bodyEnd]!.kept) bodyEnd--;
    const from = zone.titleIndex === null ? 0 : Math.max(0, zone.titleIndex - TITLE_REACH);
    const to = Math.min(zone.titleIndex === null ? blocks.length - 1 : zone.titleIndex + TITLE_REACH, bodyEnd < 0 ? blocks.length - 1 : bodyEnd);
    return blocks
      .slice(from, to + 1)
      .filter((block) => block.text.length <= SHORT_LINE)
      .map((block) => asPrinted(content, block));
  };
  if (fields.published === null && fields.updated === null) {
    const day = firstPageDay(shortLinesAroundTitle(), dateOptions, context.capturedAt ?? null);
    if (day) set('published', day, 'text:first-date');
  }

  // The headline printed again with its day, as a player's or a teaser's caption prints it
  // ("Headline 23/10/2020 share"): wherever that line is, the day is the article's. A longer line
  // (the head's spans run into the lead: "Headline 28.04.2021 - 07:18 | Quelle: … The text …")
  // gives only the day that follows the headline at once; further on, its dates are the text's.
  if (fields.published === null && fields.updated === null && fields.title !== null) {
    const headline = fields.title;
    for (const block of blocks) {
      const at = block.text.indexOf(headline);
      if (at < 0 || OTHER_POSTS.has(block.kind)) continue;
      const rest = partGluedDates(block.text.slice(at + headline.length));
      const day =
        block.text.length <= headline.length + SHORT_LINE / 4
          ? firstPageDay([rest], dateOptions, context.capturedAt ?? null)
          : dayRightAfterHeadline(rest, dateOptions, context.capturedAt ?? null);
      if (day) {
        set('published', day, 'text:headline-date');
        break;
      }
    }
  }

  // Last, a labelled publication date anywhere on the page ("Erschienen am: 01.11.2023", "Published:
  // 03 December 2019"): a label says what the day is, so it does not need the cleaner to have found
  // the title or the body near it. Comments and teasers label their own posts' days, and are left out.
  // Where no line labels the publication, a labelled update or revision stamp ("Stand 27.01.2022",
  // "Letzte Änderung 03.06.2021") is kept for the very end: a site's stamp is the day its page was
  // last saved, so every other source of the article's own day (a date line in the body, a date line
  // in another language) goes first.
  let labelledUpdate: string | null = null;
  if (fields.published === null && fields.updated === null) {
    for (const block of blocks) {
      if (block.text.length > SHORT_LINE || OTHER_POSTS.has(block.kind)) continue;
      const printed = asPrinted(content, block);
      const published = readPublished(printed, dateOptions);
      if (published && published.length >= 10 && plausiblePageDay(published, context.capturedAt ?? null)) {
        set('published', published, 'text:label-on-page');
        break;
      }
      const updated: string | null = labelledUpdate ? null : readUpdatedOrRevised(printed, dateOptions);
      if (updated && updated.length >= 10 && plausiblePageDay(updated, context.capturedAt ?? null)) labelledUpdate = updated;
    }
  }

  // Last, a line the cleaner set aside as a date line between the article's first and last
  // paragraphs: a date printed on its own line there (under a section's heading, at the article's
  // foot) dates the article, where a date in its prose dates an event. Above the body, a lone date
  // line is as often a top bar's "today"; comments and related boxes date their own posts, and so
  // do the items of a teaser list the cleaner kept: date lines a few lines apart, one per item.
  if (fields.published === null && fields.updated === null) {
    const bodyStart = blocks.findIndex((block) => block.kept && block.kind === 'paragraph' && block.text.length >= 80);
    let bodyEnd = blocks.length - 1;
    while (bodyEnd >= 0 && !blocks[bodyEnd]!.kept) bodyEnd--;
    const isDateline = (i: number) => blocks[i]?.kind === 'dateline';
    const inDatedList = (i: number) => [1, 2, 3, 4, 5].some((step) => isDateline(i - step) || isDateline(i + step));
    for (let i = Math.max(0, bodyStart); bodyStart >= 0 && i <= bodyEnd; i++) {
      const block = blocks[i]!;
      if (block.kind !== 'dateline' || block.text.length > SHORT_LINE || insideRelated(blocks, i) || inDatedList(i)) continue;
      const day = firstPageDay([asPrinted(content, block)], dateOptions, context.capturedAt ?? null);
      if (day) {
        set('published', day, 'text:dateline-on-page');
        break;
      }
    }
  }

  // Last, a date line around the title in another language whose month names it prints: a platform
  // may print its dates in its own locale around a text in another language ("mardi 5 juin 2018"
  // over an English post).
  if (fields.published === null && fields.updated === null) {
    const day = foreignDateLineDay(shortLinesAroundTitle(), [language], dateOptions, context.capturedAt ?? null);
    if (day) set('published', day.value, `text:date-line(${day.language})`);
  }

  // The last resort: the labelled stamp found above is the page's update, and stands in for the
  // publication (takeUpdatedAsPublished), as the HTML reader's labelled search takes it.
  if (fields.published === null && fields.updated === null && labelledUpdate) set('updated', labelledUpdate, 'text:label-on-page');

  takeUpdatedAsPublished(fields, provenance, context.capturedAt ?? null);

  const abstract = findAbstract(content, blocks);
  if (abstract) {
    set('abstract', abstract.text, 'text:label');
    if (abstract.truncated) warnings.push('abstract_truncated');
  }

  const genre = genreOf(fields, summarised);
  if (genre) set('genre', genre, summarised ? 'text:byline' : 'text:label');

  let newest: string | null = null;
  for (const date of findDates(content, dateOptions)) {
    const day = date.value.slice(0, 10);
    if (day.length === 10 && (newest === null || day > newest)) newest = day;
  }
  if (newest) set('captured_not_before', newest, 'text:dates');

  return { fields, provenance, warnings };
}
