// Decides, block by block, what is article text and what is chrome: position relative to the
// article's container, chrome declared by ancestors, link density, chrome vocabulary, the title and
// byline at the head of the article, and lines the page repeats elsewhere. Each drop has a reason.
import type { Block, ChromeKind } from '../../text/blocks.ts';
import { COPYRIGHT_PATTERN, matchChrome } from '../../text/chrome-vocabulary.ts';
import type { PhrasingContent } from 'mdast';
import type { Segment } from './segment.ts';
import { chromeVerdict, type ChromeRule, type ChromeVerdict } from '../text/chrome.ts';
import { measure } from '../text/shape.ts';
import { statesTitle } from '../../text/title.ts';
import { ARTICLE_PROSE, isDisclosureNotice, noticesOutsideProse } from '../../text/notices.ts';
import { FRAGMENT, LANGUAGES, pattern } from '../../lexicon/index.ts';
import { countWhitespaceWords } from '../../text/regex.ts';
import { weekdayNames } from '../../text/dates.ts';
import { conjunctions } from '../../text/name-shapes.ts';
import { hostOf, onSite } from './site.ts';

export interface Verdict {
  kept: boolean;
  kind: Block['kind'];
  reason: string | null;
}

export interface JudgeOptions {
  /** Normalised texts that state the article's title (h1, og:title, <title> and its parts). */
  titles: Set<string>;
  /** Treat every block as inside the article (fallback when the container was too small). */
  wholePage?: boolean;
  /** The page's own host, without "www." (site.ts pageSite); null when the page does not state its address. */
  site?: string | null;
}

const drop = (kind: ChromeKind, reason: string): Verdict => ({ kept: false, kind, reason });

/** "By Jane Doe", "Par …", "Von …", "Por …", "Автор: …", "بقلم …", "Written by …" (lead-ins from pipeline/lexicon). */
const BYLINE = new RegExp(`^(?:${FRAGMENT.verbLeadIn}|${FRAGMENT.anyLeadIn})[\\s:]+\\p{Lu}`, 'iu');
/** Time zones and the like after a time (case-insensitive, so listed rather than matched as capitals). */
const ZONE = String.raw`(?:[ECMP][SD]T|CES?T|BST|IST|JST|AES?T|UTC|GMT|MES?Z|ET|PT|Uhr)(?![\p{L}])`;
/** One stated date with its time and zone ("Updated 12.03.2024 14:05", "April 28, 2019 at 6:01 am PST"). */
const DATE_PART = String.raw`(?:[\p{L}.]+\s*[:,]?\s*){0,3}(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?:[\s,|·–-]+(?:(?:at|à|um|om|alle|a las)\s+)?(?:\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\.?)?|${ZONE}))*\.?`;
/**
 * A line made of a date and little else ("March 3, 2024"), or of a date and when it was updated,
 * with the author and reading time such lines often end in ("Posted on 2 May 2023 by Ruth",
 * "· 8 min read") and the separator that stood before a sharing link the walk left out ("… UTC |").
 */
const DATELINE = new RegExp(
  String.raw`^${DATE_PART}(?:\s+${DATE_PART})?(?:,?\s+${FRAGMENT.anyLeadIn}\s+\p{L}[\p{L}.'’ -]{0,40})?(?:[\s|·•–-]+\d{1,3}\s*min(?:ute)?s?\s+read)?[\s|·–-]*$`,
  'iu',
);

/** Up to this many characters, a line of fields set apart by bars or bullets can be the post's meta line. */
const MAX_META_LINE = 200;
/** The bars and bullets that set a meta line's fields apart ("Le Monde | 4 May 2015 • Updated …"). */
const META_SEPARATOR = /\s+[|•·]\s+/u;
/** A field's label before its date: "Updated", "Mis à jour le", "Veröffentlicht am" (pipeline/lexicon). */
const DATE_LABEL_START = new RegExp(`^(?:${FRAGMENT.updatedOrRevised}|${FRAGMENT.published})(?:\\s+${FRAGMENT.preposition})?\\s*:?\\s*`, 'iu');
/** The date itself, at a field's start: all-numeric, day before month, or month before day ("12.05.2020", "12 May 2020", "May 12, 2020"). */
const DATE_START = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})/u;
/** Weekdays, long and short, of the lexicon's languages, from the platform's calendar data ("Tuesday", "mardi", "Di"). */
const WEEKDAYS: ReadonlySet<string> = new Set(LANGUAGES.flatMap(({ language }) => weekdayNames(language)));
const LEADING_WORD = /^([\p{L}]+)\.?,?\s+/u;

/**
 * A meta line's date field: the date after a lexicon label ("Mis à jour le", "Updated") and a
 * weekday at most. Other words before it make the field a sentence or a caption that states a date
 * ("Talks resumed on 12 May 2020", "Born 12 May 1950").
 */
function dateField(field: string): boolean {
  let date = field.replace(DATE_LABEL_START, '');
  const weekday = LEADING_WORD.exec(date);
  if (weekday && WEEKDAYS.has(weekday[1]!.toLowerCase())) date = date.slice(weekday[0].length);
  return DATE_START.test(date) && DATELINE.test(date);
}

/** A name and nothing else: up to four words, each opening with a capital or a digit ("Le Monde", "Genesis"). */
const NAME_ONLY = /^[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}.'’&-]*){0,3}$/u;
/** One name of a meta line's byline field: capitalised words ("Jane Doe", "Jean-Luc Mélenchon"). */
const FIELD_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
/** A meta line's byline field opens with a lead-in ("By", "Par", "Written by"): matched in any case. */
const FIELD_LEAD_IN = new RegExp(String.raw`^(?:${FRAGMENT.verbLeadIn}|${FRAGMENT.anyLeadIn})[\s:]+`, 'iu');
/** Names only after the lead-in, joined by commas, "&" or a conjunction ("Jane Doe and John Roe"); case-sensitive. */
const FIELD_NAMES = new RegExp(String.raw`^${FIELD_NAME}(?:(?:\s*,\s*|\s+(?:${conjunctions(['and', 'et', 'und'])}|&)\s+)${FIELD_NAME})*$`, 'u');
/** Beyond this many words, a meta line's byline field is a sentence. */
const MAX_BYLINE_FIELD_WORDS = 6;

/**
 * A meta line's byline field: a lead-in and names only ("Par Jane Doe", "By Jane Doe and John
 * Roe"). A field that opens with a lead-in and goes on as a sentence ("By Monday evening the talks
 * had collapsed …", "Von Montag an gelten …") is the article's text.
 */
function bylineField(field: string): boolean {
  // A sentence's closing mark; not the dot of an initial or "Jr.".
  if (countWhitespaceWords(field) > MAX_BYLINE_FIELD_WORDS || /(?:[!?]|\p{Ll}{3}\.)$/u.test(field)) return false;
  const names = field.replace(FIELD_LEAD_IN, '');
  return names !== field && FIELD_NAMES.test(names);
}

/**
 * The post's meta line: fields set apart by bars or bullets, one of them a date, each of the
 * others a date (with its label), a byline or a bare name (the site, the author):
 * "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Jane Doe",
 * "24. März 2004, 19:49 | Genesis". A field that reads as a sentence makes it a line of text.
 */
function metaLine(text: string): boolean {
  const fields = text.split(META_SEPARATOR);
  if (fields.length < 2) return false;
  let dated = false;
  for (const field of fields) {
    if (dateField(field)) dated = true;
    else if (!bylineField(field) && !NAME_ONLY.test(field)) return false;
  }
  return dated;
}

/** Credits closing a line (pipeline/lexicon): "… (Foto: Privat)", "Photo: Jane Doe", "… (REUTERS/Jane Doe)". */
const MEDIA_CREDIT_END = pattern('media-credit-end');
const AGENCY_CREDIT_END = pattern('agency-credit-end');
/** A credit label in a line ("Foto: …", "(Quelle: Fleischmann/Unsplash)", "Jane Doe, photo:"): pipeline/lexicon credit-label. */
const CREDIT_LINE = pattern('credit-line');
const CAPTION_CREDIT_END = pattern('caption-credit-end');
/** Longer than this, a line ending in a credit is a paragraph that names one, not a caption. */
const MAX_CAPTION = 300;
/** Up to this many characters (two lines under a picture), a <figcaption> labels the picture; longer, it explains a figure. */
const MAX_LABEL_CAPTION = 150;
/** Paragraphs longer than this are the article's running text, against which captions are weighed. */
const RUNNING_TEXT = 80;

/**
 * The page's captions hold more text than its paragraphs of running text: a slideshow or a photo
 * post, whose captions are its article. Counted over the blocks the judge reads (the container's,
 * or the whole page's).
 */
function captionsCarryArticle(segments: Segment[], wholePage: boolean): boolean {
  let captions = 0;
  let running = 0;
  for (const segment of segments) {
    if (!segment.inRoot && !wholePage) continue;
    if (segment.inCaption) captions += segment.textChars;
    else if (segment.kind === 'paragraph' && segment.text.length > RUNNING_TEXT) running += segment.textChars;
  }
  return captions > running;
}

/** Up to this many words, a line printed again and again is a label, not a sentence. */
const MAX_LABEL_LINE_WORDS = 3;
/** A label printed this many times or more in the article is a widget's (a product box's "To the shop", a step's "Show picture"). */
const MIN_LABEL_REPEATS = 3;

/**
 * A label opens with a letter that is not lower case (a capital, or a script without case): a
 * lower-case fragment ("and add", "link") is running text cut by code or markup around it.
 */
const LABEL_START = /^[^\p{L}]*(?!\p{Ll})\p{L}/u;

/**
 * Short lines the article prints three times or more, word for word: the label of a button or
 * widget each of its boxes repeats. Prose does not repeat a line whole; its list items differ,
 * and headings (a manual's "Setting up" in each chapter) are left alone. Lines with no letter (a
 * "* * *" break) are left to the other rules.
 */
function labelsRepeated(segments: Segment[], wholePage: boolean): Set<string> {
  const counts = new Map<string, number>();
  for (const segment of segments) {
    if ((!segment.inRoot && !wholePage) || segment.kind !== 'paragraph') continue;
    if (countWhitespaceWords(segment.text) > MAX_LABEL_LINE_WORDS || !LABEL_START.test(segment.text)) continue;
    counts.set(segment.text, (counts.get(segment.text) ?? 0) + 1);
  }
  const labels = new Set<string>();
  for (const [text, count] of counts) if (count >= MIN_LABEL_REPEATS) labels.add(text);
  return labels;
}

/**
 * The text path's chrome rules that read a renderer's drawing, not the page's words: bracketed
 * fields ("[Submit]") and ">" breadcrumbs are a dump's picture of widgets, while in HTML brackets
 * and arrows are the page's own text (an editor's note, a formula); a "By …" line inside the
 * article is a picture's credit the reader sees with it ("Photo by …"), bylines before the article
 * are judged above.
 */
const DUMP_ONLY_RULES = new Set<ChromeRule>(['form-field', 'form-field-label', 'breadcrumb', 'byline-start']);

/** Longer than this, a block is a paragraph, not one of the text path's chrome lines (they are a few words each). */
const MAX_CHROME_LINE = 300;
/** The text path's verdict on a segment's text, once per segment: a page is judged several times (the container, the whole page, the fallbacks). */
const lineVerdicts = new WeakMap<Segment, ChromeVerdict | null>();
function lineVerdict(segment: Segment): ChromeVerdict | null {
  let verdict = lineVerdicts.get(segment);
  if (verdict === undefined) {
    verdict = chromeVerdict(segment.text, measure(segment.text), null);
    if (verdict && DUMP_ONLY_RULES.has(verdict.rule)) verdict = null;
    lineVerdicts.set(segment, verdict);
  }
  return verdict;
}

const INLINE_KINDS = new Set<Block['kind']>(['paragraph', 'heading', 'quote']);

export function judge(segments: Segment[], { titles, wholePage = false, site = null }: JudgeOptions): Verdict[] {
  const verdicts: Verdict[] = [];
  // Short lines printed both inside and outside the article (teaser titles, labels) are chrome.
  const outside = new Set<string>();
  if (!wholePage) for (const segment of segments) if (!segment.inRoot && segment.text.length <= 100) outside.add(segment.text);

  let articleStarted = false;
  let titleSeen = false;
  const captionsCarry = captionsCarryArticle(segments, wholePage);
  const repeatedLabels = labelsRepeated(segments, wholePage);
  for (const segment of segments) {
    const verdict = judgeOne(segment);
    if (
      verdict.kept &&
      (segment.kind === 'paragraph' || segment.kind === 'list' || segment.kind === 'table' || segment.kind === 'quote') &&
      segment.text.length > ARTICLE_PROSE &&
      !disclosureNotice(segment)
    ) {
      articleStarted = true;
    }
    verdicts.push(verdict);
  }
  dropDisclosures(segments, verdicts);
  dropOrphanHeadings(segments, verdicts);
  dropTailDatelines(segments, verdicts);
  dropLinkLabels(segments, verdicts);
  dropAuthorNote(segments, verdicts);
  return verdicts;

  function judgeOne(segment: Segment): Verdict {
    if (!segment.inRoot && !wholePage) {
      const kind = segment.chrome?.kind ?? 'boilerplate';
      return drop(kind, `outside the article container${segment.chrome ? ` (${segment.chrome.reason})` : ''}`);
    }
    // The title heading is metadata wherever it sits (often in a <header> the article declares).
    if (!articleStarted && !titleSeen && segment.kind === 'heading' && statesTitle(segment.text, titles)) {
      titleSeen = true;
      return drop('title', 'the article title (kept as metadata)');
    }
    if (segment.chrome) return drop(segment.chrome.kind, segment.chrome.reason);

    // A picture's caption or credit line says whose picture it is: a short line that ends with a
    // credit is the picture's, not the article's (the prose of a caption without one stays).
    if (
      (segment.kind === 'paragraph' || segment.kind === 'caption') &&
      segment.text.length <= MAX_CAPTION &&
      (MEDIA_CREDIT_END.test(segment.text) || AGENCY_CREDIT_END.test(segment.text))
    )
      return drop('attachment', 'picture caption or credit');
    // A caption (<figcaption>) that names its source by a credit label ("(Quelle: …)", "Bild: …",
    // "… Quelle: jdoe / Fotolia.com") is the picture's too: in a paragraph the same label can cite
    // the source of a figure the text states, so only the picture's own block is judged by it.
    if (segment.kind === 'caption' && segment.text.length <= MAX_CAPTION && (CREDIT_LINE.test(segment.text) || CAPTION_CREDIT_END.test(segment.text)))
      return drop('attachment', 'picture caption with a credit label');
    // A short <figcaption> names what a picture shows ("Palm Springs Mini (left) vs. PM (right)"):
    // the picture's label, printed beside the article's run of text, not in it. A long one explains
    // a figure (a chart's reading, a map's legend) and stays; so do captions on a page whose text
    // they are (a slideshow, a photo post: their captions hold more text than its paragraphs).
    if (segment.inCaption && segment.text.length <= MAX_LABEL_CAPTION && !captionsCarry) return drop('attachment', 'picture caption');
    const text = segment.text;
    const density = segment.textChars > 0 ? segment.linkChars / segment.textChars : 0;
    const words = countWhitespaceWords(text);

    if (!articleStarted && segment.kind !== 'list') {
      // The post's meta line often ends in a link of the comment form or a share button after a
      // dash or a bar ("Posted on 6 July 2015 by Ann — Leave a reply"): the line without it is judged.
      const meta = withoutChromeTail(text);
      if (meta.length <= 120 && BYLINE.test(meta)) return drop('byline', 'byline (kept as metadata)');
      if (meta.length <= 80 && DATELINE.test(meta)) return drop('dateline', 'date line (kept as metadata)');
      if (segment.kind === 'paragraph' && !meta.includes('\n') && meta.length <= MAX_META_LINE && metaLine(meta))
        return drop('dateline', 'date and byline line (kept as metadata)');
    }

    if (segment.kind === 'list' && density > 0.5) {
      // Lists whose items are sentences with a link in them (changelogs, reading notes) are prose;
      // lists whose items are links and little else are menus and teasers. Inside the article, an
      // item that is a whole sentence without links (a status note over a list of tickets) says
      // the list is the article's own: menus and teaser lists have none.
      const items = segment.itemTexts?.length ?? 1;
      const linkItems = segment.linkItems ?? items;
      const ownList = articleStarted && (segment.proseItems ?? 0) > 0 && density <= 0.85;
      if (!ownList && (!articleStarted || linkItems >= items * 0.5 || density > 0.85)) {
        return drop(articleStarted ? 'related' : 'menu', `list of links (${Math.round(density * 100)}% link text, ${linkItems}/${items} items are links)`);
      }
    }
    // Between paragraphs of the article, a line that is one link is usually a subheading or a
    // citation that links; before the article starts it is navigation. A paragraph that is one
    // link to another of the site's own pages is neither: it is a teaser for another story ("Read
    // also" lines in any language, headline links after the text), which a citation of another site is not.
    // So is a quote that is one such link: an embedded card of another post (a blog's "embed" of
    // its own story), indented like a quotation, which quotes no one.
    const linkLine =
      density > 0.8 &&
      (!articleStarted ||
        !INLINE_KINDS.has(segment.kind) ||
        words < 3 ||
        ((segment.kind === 'paragraph' || segment.kind === 'quote') && linksWithinSite(segment, site)));
    if (segment.kind !== 'code' && segment.kind !== 'table' && segment.kind !== 'list' && density > 0.8 && ((text.length < 200 && linkLine) || words >= 20)) {
      return drop(articleStarted ? 'related' : 'menu', `mostly link text (${Math.round(density * 100)}%)`);
    }
    if (words <= 12 && segment.kind !== 'code') {
      const match = matchChrome(text);
      if (match && match.coverage >= 0.6) return drop(match.kind, `chrome words: ${match.phrases.slice(0, 3).join(', ')}`);
      if (COPYRIGHT_PATTERN.test(text) && words <= 12) return drop('footer', 'copyright line');
    }
    // "Read also: <headline>": a chrome label introducing a link.
    const label = /^([^:：]{2,40})\s*[:：]\s*\S/u.exec(text);
    if (label && density >= 0.5 && segment.kind !== 'list') {
      const match = matchChrome(label[1]);
      if (match && match.coverage >= 0.6) return drop(match.kind, `chrome label before a link: ${match.phrases[0]}`);
    }
    if (outside.has(text) && segment.kind !== 'code') return drop('repeated', 'also printed outside the article');
    if (repeatedLabels.has(text)) return drop('boilerplate', 'a button or widget label the article repeats');
    // Short lines the text path knows as chrome wherever they stand (a "Read also:" pointer, a
    // credit or source line, a date on its own, a comment counter, a related section's heading) are
    // chrome inside the container too: pages print them between and after the paragraphs, where
    // the byline and date rules above no longer look. One set of rules for both paths.
    if ((INLINE_KINDS.has(segment.kind) || segment.kind === 'caption') && text.length <= MAX_CHROME_LINE) {
      const verdict = lineVerdict(segment);
      if (verdict) return drop(verdict.kind, verdict.reason);
    }
    return { kept: true, kind: segment.kind, reason: null };
  }
}

/**
 * A heading whose section lost all its content (a "References" or "More on this" heading over a
 * dropped list) is a label of chrome, not article text.
 */
function dropOrphanHeadings(segments: Segment[], verdicts: Verdict[]): void {
  let textBefore = false;
  for (let i = 0; i < segments.length; i++) {
    const heading = segments[i];
    if (heading.kind !== 'heading' && verdicts[i].kept) textBefore = true;
    if (heading.kind !== 'heading' || !verdicts[i].kept) continue;
    const level = heading.level ?? 6;
    let dropped = 0;
    let kept = 0;
    for (let j = i + 1; j < segments.length; j++) {
      const next = segments[j];
      if (next.kind === 'heading' && (next.level ?? 6) <= level) break;
      if (next.kind === 'heading') {
        if (verdicts[j].kept) kept++;
        continue;
      }
      if (verdicts[j].kept) {
        kept++;
        break;
      }
      if (next.inRoot) dropped++;
    }
    // …or a heading after the article's text with nothing under it at all ("More on this" over a
    // list that lies outside the container).
    if (kept === 0 && (dropped > 0 || textBefore))
      verdicts[i] = drop(verdicts[i - 1]?.kept === false ? (verdicts[i - 1].kind as ChromeKind) : 'boilerplate', 'heading of a section with no article text');
  }
}

/** Up to this many words, a line ending in a colon is a label ("See also:", "Lue myös:"), not a sentence. */
const MAX_LABEL_WORDS = 4;

/**
 * A short line ending in a colon or a question mark right before a block dropped as links ("Lue
 * myös:" over a teaser link, "Mehr zum Thema:" over a list of headlines, "Already read?" over
 * cards of other posts) introduces those links, in any language: it goes with them (a question
 * only over two or more).
 */
function dropLinkLabels(segments: Segment[], verdicts: Verdict[]): void {
  for (let i = 0; i + 1 < segments.length; i++) {
    const label = segments[i];
    const next = verdicts[i + 1];
    if (!verdicts[i].kept || label.kind !== 'paragraph' || next.kept || (next.kind !== 'related' && next.kind !== 'menu')) continue;
    if (label.text.length > 40 || countWhitespaceWords(label.text) > MAX_LABEL_WORDS) continue;
    // A question is a label only over a run of links: over one link line it can be the article's
    // own short question, the link its source ("Why?" over a cited address).
    const overRun = i + 2 < segments.length && !verdicts[i + 2].kept && (verdicts[i + 2].kind === 'related' || verdicts[i + 2].kind === 'menu');
    if (/[:：]$/u.test(label.text) || (/[?？]$/u.test(label.text) && overRun)) verdicts[i] = drop(next.kind, 'label of the links after it');
  }
}

/** A short paragraph with a disclosure or disclaimer phrase: a notice, if it stands where notices stand. */
const disclosureNotice = (segment: Segment) => segment.kind === 'paragraph' && isDisclosureNotice(segment.text);

/**
 * A notice the page prints with the post ("This post contains affiliate links", "Dieser Beitrag
 * enthält Werbung", "… does not necessarily reflect the views of the editors", "Alle Angaben ohne
 * Gewähr") speaks of the article and is not part of it, but only where the page puts such notices:
 * before the article's first paragraph of running text or after its last. Between two such
 * paragraphs the same words are the story's own ("The poll does not necessarily reflect national
 * opinion, she said."), so only the head and the tail are judged.
 */
function dropDisclosures(segments: Segment[], verdicts: Verdict[]): void {
  const texts = segments.map((segment, i) => (verdicts[i].kept && segment.kind === 'paragraph' ? segment.text : null));
  for (const i of noticesOutsideProse(texts)) verdicts[i] = drop('advert', 'disclosure or disclaimer notice');
}

/**
 * The post footer's date line ("Publiziert: 03.04.2020, 12:35", "Posted on 2 May 2023 by Ruth"): a
 * line that is a date and little else, after the article's last paragraph of running text. Before
 * the article it is dropped as the byline's date; between paragraphs it can be an entry of the
 * article's own (a diary's date heading, a programme's day), so only the tail is judged.
 */
function dropTailDatelines(segments: Segment[], verdicts: Verdict[]): void {
  let last = -1;
  for (let i = segments.length - 1; i >= 0; i--) {
    if (verdicts[i].kept && segments[i].kind === 'paragraph' && segments[i].text.length > ARTICLE_PROSE) {
      last = i;
      break;
    }
  }
  if (last < 0) return;
  for (let i = last + 1; i < segments.length; i++) {
    const segment = segments[i];
    if (verdicts[i].kept && segment.kind !== 'list' && segment.text.length <= 80 && DATELINE.test(segment.text))
      verdicts[i] = drop('dateline', 'date line after the article (kept as metadata)');
  }
}

/**
 * The note on the author that closes a post ("Jane Doe is a freelance writer based in Leeds. Follow
 * her on …", "Max Muster ist Redakteur bei …"): the last paragraph after the article's running
 * text, set apart in italics or bold as a whole, opening with a name and the verb "is" of the
 * page's languages. The article's own sentences are not set in emphasis as a whole, and a quote
 * in italics names its speaker after the words, not before "is".
 */
function dropAuthorNote(segments: Segment[], verdicts: Verdict[]): void {
  let last = -1;
  for (let i = segments.length - 1; i >= 0 && last < 0; i--) if (verdicts[i].kept && segments[i].kind === 'paragraph') last = i;
  if (last < 0) return;
  // Three paragraphs of running text before the note, the note itself not counted: after two, the
  // closing paragraph in emphasis may still be the article's own.
  let prose = 0;
  for (let i = 0; i < last; i++) if (verdicts[i].kept && segments[i].kind === 'paragraph' && segments[i].text.length > ARTICLE_PROSE) prose++;
  if (prose < 3) return;
  const note = segments[last];
  if (note.text.length <= MAX_AUTHOR_NOTE && wholeInEmphasis(note.phrasing) && AUTHOR_NOTE_OPENING.test(note.text))
    verdicts[last] = drop('byline', 'note on the author after the article');
}

const MAX_AUTHOR_NOTE = 700;
const AUTHOR_NOTE_OPENING = pattern('author-note-opening');

/**
 * Whether the paragraph's text stands inside one emphasis or strong run, links and white space
 * aside: a note often closes on a link to the author's page or feed outside its italics ("<em>Jane
 * Doe is …</em> <a>More by Jane</a>"), and the note is still set apart as a whole.
 */
function wholeInEmphasis(phrasing: PhrasingContent[]): boolean {
  const content = phrasing.filter((node) => !(node.type === 'text' && node.value.trim() === '') && node.type !== 'break' && node.type !== 'link');
  return content.length === 1 && (content[0].type === 'emphasis' || content[0].type === 'strong');
}

/** A separator before the last part of a meta line: a dash or a bar with spaces around it. */
const TAIL_SEPARATOR = /\s+[—–|·]\s+(?=[^—–|·]+$)/u;

/** The text without a closing part made of chrome words ("… — Leave a reply", "… | 3 Comments"); else the text. */
function withoutChromeTail(text: string): string {
  const separator = TAIL_SEPARATOR.exec(text);
  if (!separator) return text;
  const tail = text.slice(separator.index + separator[0].length);
  const match = matchChrome(tail);
  return match && match.coverage >= 0.6 ? text.slice(0, separator.index) : text;
}

/**
 * Every link of the block stays on the page's own site: a relative address ("/news/…"), or one on
 * the page's host or a host of the same site ("www.", "m.", "blog."). A link elsewhere is a citation.
 */
function linksWithinSite(segment: Segment, site: string | null): boolean {
  let links = 0;
  const stack: PhrasingContent[] = [...segment.phrasing];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'link') {
      // An address with a scheme or a host of its own; a relative one stays on the site.
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(node.url)) {
        const host = hostOf(node.url);
        if (!host || !site || !onSite(host, site)) return false;
      }
      links++;
    } else if ('children' in node) stack.push(...(node.children as PhrasingContent[]));
  }
  return links > 0;
}
