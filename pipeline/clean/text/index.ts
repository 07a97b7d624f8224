// The text-dump cleaner: lines → rejoined paragraphs → each measured and checked for chrome →
// the article located as the best-scoring run of prose → blocks kept or dropped with a reason.
import type { Block, ChromeKind, Cleaned } from '../../text/blocks.ts';
import { splitLines, wrapWidth } from './lines.ts';
import { segmentLines, type Segment } from './segments.ts';
import { measure, type Shape } from './shape.ts';
import { chromeVerdict, type ChromeVerdict } from './chrome.ts';
import { bestSpan } from './span.ts';
import { classifyLines, isShortLine, type LineFacts, lineWords, runLanguage, runScores } from './runs.ts';
import { blocksToMarkdown } from './markdown.ts';
import { dropDisclosureNotices } from './notices.ts';
import { isClosingChrome } from './closing-chrome.ts';
import { looksLikeNameLine } from '../../text/name-shapes.ts';
import { FRAGMENT, keyOf, pattern, rememberKeyOfBlock } from '../../lexicon/index.ts';
import { findDates, monthNames } from '../../text/dates.ts';
import { countWhitespaceWords } from '../../text/regex.ts';

interface Candidate {
  segment: Segment;
  /** The paragraph's comparison key (keyOf). */
  key: string;
  shape: Shape;
  chrome: ChromeVerdict | null;
  /** The same short text appears elsewhere in the dump (menus printed twice, site name lines). */
  repeated: boolean;
  /** The same text run together with itself ("Site NameSite NameSite Name"). */
  selfRepeated: boolean;
  /** A list item repeated further down as the heading of a section of prose: a table of contents. */
  contents: boolean;
  /**
   * The second print of a paragraph of prose printed once already well above it: the article's
   * opening again as the excerpt of its own teaser in a list under it, a recipe's steps again in a
   * printable card. It weighs nothing for the span it stands in, or the list of teasers around it
   * outweighs the article it copies. A paragraph printed once right under itself (a picture's
   * alternative text and its caption) is no reprint, nor one printed over and over (placeholder
   * text that fills a page): each copy of those counts as prose.
   */
  reprint: boolean;
  /** A numbered slide of a picture gallery ("12/50 Title", and its caption under it). */
  slide: boolean;
}

/** Points a paragraph contributes to the article span: prose for its length, the rest against. */
function score(candidate: Candidate): number {
  const { shape, chrome, segment } = candidate;
  // A table of contents sits between an article's opening and its sections: it neither belongs to
  // the text nor separates two parts of it, so it weighs nothing.
  // A gallery set into an article is the same: its slides' captions are prose, but not the text.
  if (candidate.contents || candidate.slide) return 0;
  if (chrome) return chrome.kind === 'byline' || chrome.kind === 'dateline' || chrome.kind === 'page-metadata' ? -4 : -6;
  if (candidate.repeated || candidate.selfRepeated) return -4;
  // Script printed as text weighs against the span by its length: a long block of it between a
  // notice and an article parts them, where a few lines of code in a tutorial cost little.
  if (shape.code) return -Math.max(1, shape.weight / CODE_WORDS_PER_POINT);
  if (shape.prose) {
    // A short paragraph earns less: teaser excerpts and captions are one or two sentences, and a
    // page of them would otherwise outweigh the chrome between them and the article. Scripts
    // written without spaces are weighed by characters and keep their weight.
    const short = !segment.bullet && shape.weight < 30 && shape.weight === shape.words;
    return shape.weight * (segment.bullet ? 0.8 : 1) * (short ? 0.6 : 1);
  }
  if (shape.weight >= 8 && !shape.titleCase) return -1;
  return -3;
}

/**
 * Lines of a row of the same short label printed one under another ("link", "link", "link";
 * "[photo]", "[photo]", "[photo]"): a row of links or pictures the renderer gave one label each. The
 * row parts an article as one widget does, so only its first line counts against the span. A name
 * printed twice (a byline's link and its text) is no row: it takes ROW_LINES lines.
 */
function rowRepeats(candidates: readonly Candidate[]): boolean[] {
  const repeats = candidates.map(() => false);
  const isLabel = (candidate: Candidate) => candidate.shape.words <= ROW_LABEL_WORDS && candidate.key !== '';
  for (let first = 0; first < candidates.length; ) {
    let end = first + 1;
    while (end < candidates.length && isLabel(candidates[first]!) && candidates[end]!.key === candidates[first]!.key) end++;
    if (end - first >= ROW_LINES) for (let i = first + 1; i < end; i++) repeats[i] = true;
    first = end;
  }
  return repeats;
}
/** Words of a label in such a row: a teaser's title printed twice is longer, and each costs. */
const ROW_LABEL_WORDS = 3;
const ROW_LINES = 3;

/** Words of code that count as one point against the span. */
const CODE_WORDS_PER_POINT = 10;

/**
 * An article interleaves its headings, captions and credits with paragraphs; chrome comes in runs
 * after it (a share bar, tags, an author box, a newsletter form) before the teasers' prose. Each
 * further chrome line of a run costs more, so a long run parts the article from the prose after it
 * where a credit or a date line inside the article does not. Lines that are merely short (chart
 * labels, code, table cells) neither count nor end a run: articles hold those too.
 */
function escalateChromeRuns(scores: readonly number[], candidates: readonly Candidate[]): number[] {
  const escalated = [...scores];
  const escalate = (run: readonly number[]) =>
    run.forEach((index, k) => {
      escalated[index] = scores[index]! * (k + 1);
    });
  let run: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const value = scores[i]!;
    if (value > 0) {
      // A share bar or a "Read more" box set inside the article, with the article going on below
      // it in long paragraphs one after another: teasers after an article alternate a title and a
      // short excerpt, so the run weighs as plain chrome there. Not across the heading of a related
      // or latest section: an author box or a long excerpt under it is prose too, and that heading
      // says the article is over.
      const resumes =
        isParagraph(candidates[i], CREDITED_PARAGRAPH) &&
        isParagraph(candidates[i + 1], CREDITED_PARAGRAPH) &&
        !run.some((index) => opensAfterArticle(candidates[index]!));
      if (!resumes) escalate(run);
      run = [];
    }
    if (value < 0 && candidates[i]!.chrome !== null) run.push(i);
  }
  escalate(run);
  return escalated;
}

/** The index in [first, last] where the sum of `values` from `first` is highest (the first such). */
function bestPrefixEnd(values: readonly number[], first: number, last: number): number {
  let sum = 0;
  let best = -Infinity;
  let end = last;
  for (let i = first; i <= last; i++) {
    sum += values[i]!;
    if (sum > best) {
      best = sum;
      end = i;
    }
  }
  return end;
}

/** The span cut after its last paragraph worth keeping, by escalated scores: its start stays. */
function trimTail(
  span: { first: number; last: number },
  candidates: readonly Candidate[],
  scores: readonly number[],
  escalated: readonly number[],
): { first: number; last: number } {
  const last = bestPrefixEnd(escalated, span.first, span.last);
  // A run right under the byline (a share bar over the article's first paragraph) follows only a
  // standfirst: the head holds less than two paragraphs and what the cut drops outweighs it, so
  // the span stays whole. An article of two paragraphs or more before the run is cut however
  // much prose follows (a long list of teasers).
  const positive = (from: number, to: number) => scores.slice(from, to + 1).reduce((sum, value) => sum + Math.max(0, value), 0);
  let paragraphs = 0;
  for (let i = span.first; i <= last; i++) if (isParagraph(candidates[i], CREDITED_PARAGRAPH)) paragraphs++;
  if (paragraphs < 2 && positive(span.first, last) < positive(last + 1, span.last) * HEAD_SHARE) return span;
  return { first: span.first, last };
}
/** The least share of the cut-off tail's prose that a head of one paragraph must hold for the cut to stand. */
const HEAD_SHARE = 0.5;

/**
 * Chrome that ends an article: a comment prompt of several words ("Leave a reply", "Add new
 * comment") or a copyright line. What follows it (comments, footer) is never the article's text.
 */
function isBarrier(candidates: readonly Candidate[], index: number): boolean {
  const { chrome, shape, segment } = candidates[index]!;
  if (!chrome || segment.bullet) return false;
  if (chrome.rule === 'comment-heading') return true;
  if (shape.words > 10) return false;
  if (chrome.rule === 'copyright') {
    // An undated "© Name" late in a long page is the footer's, unless a long paragraph of prose
    // follows within a few lines: then it credits the picture over the article's next paragraph
    // (a news page whose article starts below a tall header of menus).
    const nearEnd = index >= candidates.length * FOOTER_FROM && !proseFollows(candidates, index);
    return isFooterCopyright(segment.text, nearEnd);
  }
  return chrome.kind === 'comment' && shape.words >= 2;
}

/** A paragraph of running text of at least `weight` words: not chrome, not a list item. */
const isParagraph = (candidate: Candidate | undefined, weight: number) =>
  candidate !== undefined && !candidate.chrome && !candidate.segment.bullet && candidate.shape.prose && candidate.shape.weight >= weight;

/** A paragraph of article length within a few lines after `index`. */
function proseFollows(candidates: readonly Candidate[], index: number): boolean {
  for (let i = index + 1; i < Math.min(candidates.length, index + 1 + CREDIT_TO_ARTICLE); i++) {
    if (isParagraph(candidates[i], CREDITED_PARAGRAPH)) return true;
  }
  return false;
}
/** Lines between a picture's credit and the paragraph under the picture: the caption, the title. */
const CREDIT_TO_ARTICLE = 4;
/** Words of a paragraph of running text, longer than a footer's blurb or a teaser's sentence. */
const CREDITED_PARAGRAPH = 30;

/**
 * A copyright line of the page's footer ("© 2024 Example", "Copyright Example Media", "All rights
 * reserved"), not a picture's credit inside the article ("The harbour at dawn © Jane Doe / Agency"):
 * a footer opens with the mark or dates it; a credit names a photographer or agency after it.
 */
function isFooterCopyright(text: string, nearEnd: boolean): boolean {
  return DATED_COPYRIGHT.test(text) || RIGHTS_RESERVED.test(text) || (nearEnd && OPENS_COPYRIGHT.test(text));
}
/** "© 2024 …", "Copyright Example 2024", "2024 © …". */
const DATED_COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}|\p{L}+\s+\d{4})|\d{4}\s*©/iu;
/** "© Example Media" opens a footer's line, or a credit under a picture: only the former comes late in the page. */
const OPENS_COPYRIGHT = /^(?:©|\(c\)|copyright\b)/iu;
const FOOTER_FROM = 0.6;
const RIGHTS_RESERVED = new RegExp(FRAGMENT.rightsReserved, 'iu');

/**
 * A heading after which the page holds no more article: a counted comment thread. (Related-posts
 * headings were tried too, but encyclopedic pages print "See also" above article text.)
 */
function endsArticle(candidate: Candidate): boolean {
  const { chrome, segment } = candidate;
  if (!chrome || segment.bullet) return false;
  // A count, in digits or the one-word form ("One thought on …"), tells a thread from a prompt like "Comments:".
  return chrome.rule === 'comment-heading' && (/\d/.test(segment.text) || ONE_COMMENT.test(segment.text));
}
const ONE_COMMENT = pattern('comment-heading-one');
/** A comment thread's heading with or without its count, not a list item. */
const headsComments = (candidate: Candidate) => candidate.chrome?.rule === 'comment-heading' && !candidate.segment.bullet;
/** "Your email address will not be published": a comment form's notice, which closes the post. */
const COMMENT_FORM_NOTICE = pattern('comment-form-notice');

/**
 * A comment's header: its author and when it was posted, a short line with a date and a time of
 * day ("Leo July 23, 2015 at 3:20 pm", "1. August 2019 um 03:36 Uhr", "Comment by Bo — 17.07, 2011
 * @ 13:04"). An article prints its own date once, at its top; a thread prints one such line over
 * every comment.
 */
function isPostStamp(candidate: Candidate, language: string | null): boolean {
  const { shape, segment, chrome } = candidate;
  // A thread's header may read as a byline ("geschrieben von jo am 21. Jan. 2015, 19:04"): one
  // such line tells nothing, a chain of them with readers' prose between is the thread.
  if (shape.prose || shape.words > STAMP_WORDS || (chrome && chrome.kind !== 'dateline' && chrome.kind !== 'byline')) return false;
  if (!TIME_OF_DAY.test(segment.text)) return false;
  const dates = stampDates(segment.text, language);
  if (dates.length === 0) return false;
  // Besides the date, a name and a word or two ("at", "um", "sagt"): a line that says more is a
  // widget's notice that happens to be dated ("Price may have risen. Price as of 02.01.2023 12:53").
  // A renderer's buttons in brackets ("[ antworten ]", "[Reply]") are no words of the line.
  let residue = segment.text.replace(BRACKETED_BUTTON, ' ');
  for (const date of dates) residue = residue.replace(date, ' ');
  return residue.split(/\s+/u).filter((token) => /\p{L}/u.test(token)).length <= STAMP_OTHER_WORDS;
}
const STAMP_WORDS = 12;
const BRACKETED_BUTTON = /\[[^\]]*\]/gu;
const STAMP_OTHER_WORDS = 4;
const TIME_OF_DAY = /(?:^|[^\d.:])\d{1,2}[:h]\d{2}(?![\d.:]\d)/u;

/**
 * The dates of a stamp: those findDates reads (a year in them), or a day printed without its year
 * or with an odd separator before it, as threads and "latest comments" boxes print a post's day
 * ("Nov 1", "1. Nov", "17.07, 2011"). Only right before a clock time ("Nov 1, 11:14", "17.07,
 * 2011 @ 13:04"): alone, "17.07" is as likely a price or a score, and "May 3" a sentence's words.
 */
function stampDates(text: string, language: string | null): string[] {
  const dates = findDates(text, { language }).map((date) => date.text);
  if (dates.length > 0) return dates;
  const stamp = STAMP_DAY_TIME.exec(text);
  if (!stamp) return [];
  const { day, month, monthName, nameDay, dayNumber, nameMonth, hour, minute } = stamp.groups!;
  if (Number(hour) > 23 || Number(minute) > 59) return [];
  const named = monthName ?? nameMonth;
  if (named !== undefined) {
    // The page's month names and English ones (a German page's comment box may say "Nov 1").
    const number = Number(nameDay ?? dayNumber);
    if (!monthNames(language ?? 'en').has(named.toLowerCase()) || number < 1 || number > 31) return [];
  } else if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) return [];
  return [stamp[0]];
}
/**
 * A day ("17.07", "17.07.", "Nov 1", "1. Nov"), an optional year, a separator ("," "@" "at" "um"
 * "-") and a clock time that nothing numeric follows: no decimal ("17.07 €") or dotted date
 * ("17.07.2011" is findDates's) passes for a day here, and no price for a time.
 */
const STAMP_DAY_TIME =
  /(?<![\p{L}\d.,])(?:(?<day>\d{1,2})\.(?<month>\d{1,2})\.?|(?<monthName>\p{L}{3,9})\.?\s(?<nameDay>\d{1,2})(?:st|nd|rd|th)?|(?<dayNumber>\d{1,2})\.?\s(?<nameMonth>\p{L}{3,9})\.?)(?:,?\s*(?:19|20)\d{2})?\s*(?:,|@|\||-|–|—|\bat\b|\bum\b|\bà\b)?\s*(?<hour>\d{1,2}):(?<minute>\d{2})(?:\s*[ap]\.?m\.?)?(?![\d.:,]?\d)/iu;

/**
 * A comment that carries its stamp at its end, as "latest comments" boxes and some threads print
 * them ("Jo on Title: “The quote…” Nov 1, 11:14"): a paragraph or list item of prose whose last
 * words are a day and a clock time. An article's sentence does not end on a time of a given day.
 */
function endsWithStamp(candidate: Candidate, language: string | null): boolean {
  const { shape, segment, chrome } = candidate;
  if (!shape.prose || chrome || !CLOCK_AT_END.test(segment.text)) return false;
  const tail = segment.text.slice(-STAMP_TAIL_CHARS);
  const stamp = STAMP_DAY_TIME.exec(tail);
  if (stamp && stamp.index + stamp[0].length === tail.length) return stampDates(tail, language).length > 0;
  // A date with its year, which findDates reads with the time joined to it.
  return findDates(tail, { language }).some((date) => tail.endsWith(date.text) && TIME_OF_DAY.test(date.text));
}
const CLOCK_AT_END = /(?:^|[^\d.:])\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/iu;
/** Enough of a paragraph's end to hold a stamp ("September 23, 2015 at 11:20 pm"). */
const STAMP_TAIL_CHARS = 40;

/**
 * Where a comment thread opens: the first of at least THREAD_STAMPS post stamps that follow one
 * another a few lines apart with readers' prose between them (or in them, when the stamp closes
 * the comment); null when the page has no thread.
 */
function threadStart(candidates: readonly Candidate[], language: string | null): number | null {
  let chain: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const closing = endsWithStamp(candidates[i]!, language);
    if (!closing && !isPostStamp(candidates[i]!, language)) continue;
    const previous = chain[chain.length - 1];
    const linked =
      previous !== undefined &&
      i - previous <= THREAD_LINK_GAP &&
      (closing || candidates.slice(previous + 1, i).some((candidate) => candidate.shape.prose && !candidate.chrome));
    if (linked) chain.push(i);
    else {
      if (chain.length >= THREAD_STAMPS) return chain[0]!;
      chain = [i];
    }
  }
  return chain.length >= THREAD_STAMPS ? chain[0]! : null;
}
const THREAD_STAMPS = 3;
/** The least score of a run of prose that can be the article when something marks what follows it as not. */
const MIN_ARTICLE = 40;
const STAMP_GAP = 8;
/** Lines between two post stamps of one thread: a comment of a few paragraphs under its own title. */
const THREAD_LINK_GAP = 12;

/** A heading of what follows the article ("Related articles", "Meistgelesen"), not a list item. */
const opensAfterArticle = (candidate: Candidate) => candidate.chrome?.rule === 'after-article-heading' && !candidate.segment.bullet;
/**
 * An article that goes on after a related-articles box set inside it: a long paragraph of prose
 * soon after the heading that is not standing alone under a teaser's title or the heading itself
 * (prose right under it or right over it). Teasers under such a heading are a sentence or two
 * each, and a long excerpt or a picture's caption stands alone between teaser titles.
 */
function articleResumes(candidates: readonly Candidate[], heading: number): boolean {
  for (let i = heading + 1; i < Math.min(candidates.length, heading + 1 + RESUME_WITHIN); i++) {
    if (!isParagraph(candidates[i], RESUME_WEIGHT)) continue;
    if (isParagraph(candidates[i + 1], 0) || (i > heading + 1 && isParagraph(candidates[i - 1], 0))) return true;
  }
  return false;
}
const RESUME_WITHIN = 24;
/** A listed link in the run of list items right under a related heading ("Related", "Read also"). */
function isBoxLink(candidates: readonly Candidate[], index: number): boolean {
  let i = index;
  while (i > 0 && candidates[i]!.segment.bullet && !candidates[i]!.shape.prose) i--;
  return i < index && opensAfterArticle(candidates[i]!);
}
const RESUME_WEIGHT = 40;
/** At most this many paragraphs (share bars, tags, an author box) between an article and a related-articles heading that ends it. */
const RELATED_GAP = 8;

/**
 * The span without the author box that closes many articles: the author's name on a line of its
 * own ("Jane Doe", "Jane Doe 300 posts", a credit line "… by Jane Doe") and under it a short
 * paragraph that opens with the same name ("Jane Doe is a reporter…"). An article's last paragraph
 * does not repeat the first words of a short line just above it; a biography does.
 */
function withoutAuthorBox(span: { first: number; last: number }, candidates: readonly Candidate[]): { first: number; last: number } {
  const last = candidates[span.last]!;
  if (!isParagraph(last, 0) || last.shape.weight > BIO_WORDS) return span;
  const name = NAME_OPENING.exec(last.segment.text)?.[0];
  if (!name) return withoutUnnamedBio(span, candidates);
  for (let i = span.last - 1; i > span.first && i >= span.last - BIO_NAME_WITHIN; i--) {
    const line = candidates[i]!;
    if (line.shape.prose && !line.chrome) return span;
    // The name stands alone (with a post count or a label at most) or in a credit or copyright
    // line; a headline that names the article's subject says more than that.
    const alone = line.shape.words <= name.split(/[ -]/u).length + BIO_NAME_EXTRA_WORDS && looksLikeNameLine(line.segment.text.replace(POST_COUNT, ''));
    if ((alone || line.chrome) && line.shape.words <= BIO_NAME_LINE_WORDS && line.segment.text.includes(name)) return { first: span.first, last: i - 1 };
  }
  // German capitalises its nouns: "Als Content Marketing Managerin…" opens like a name and is none.
  return withoutUnnamedBio(span, candidates);
}
/**
 * An author box whose biography does not repeat the name ("Redakteur in der Wirtschaft.", "As a
 * content manager I look after…"): the name alone on its line right over the span's last short
 * paragraph, set off from the article above it by a second print of the name (the box's heading
 * or a caption under its picture). A section headed by a person's name inside an article (a list of portraits) has the
 * previous portrait's prose right over the name instead.
 */
function withoutUnnamedBio(span: { first: number; last: number }, candidates: readonly Candidate[]): { first: number; last: number } {
  const nameLine = span.last - 1;
  const line = candidates[nameLine];
  if (nameLine <= span.first || !line || line.chrome || line.segment.bullet || !looksLikeNameLine(line.segment.text)) return span;
  // Only a second print of the name sets the box off: a picture or a list over a Title Case line
  // is as often an article's own last section ("[photo]", "Final Thoughts", one closing paragraph).
  const setOff = line.repeated || candidates[nameLine - 1]!.key === line.key;
  return setOff ? { first: span.first, last: nameLine - 1 } : span;
}

/**
 * An author box headed by its own line ("About Jane", "Über Steffi 1009 Artikel") a few lines from
 * the span's end, with nothing longer than a biography under it: the heading's index, or null. A
 * biography in the first person ("I'm Jane…", "Ich bin…") does not repeat the name the way the
 * boxes withoutAuthorBox reads otherwise do, so the heading is what marks it.
 */
function authorBoxHeading(span: { first: number; last: number }, candidates: readonly Candidate[]): number | null {
  for (let i = span.last - 1; i > span.first && i >= span.last - BIO_NAME_WITHIN; i--) {
    const { segment, chrome } = candidates[i]!;
    if (chrome || segment.bullet || !AUTHOR_BOX_HEADING.test(segment.text)) continue;
    const box = candidates.slice(i + 1, span.last + 1);
    if (box.some((line) => isParagraph(line, 0)) && box.every((line) => line.shape.weight <= BIO_WORDS)) return i;
  }
  return null;
}
const AUTHOR_BOX_HEADING = pattern('author-box-heading');

/** Two or three capitalised words opening a paragraph: a person's name as a biography begins. */
const NAME_OPENING = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}(?=[\s,])/u;
const BIO_WORDS = 80;
const BIO_NAME_WITHIN = 3;
const BIO_NAME_LINE_WORDS = 30;
const BIO_NAME_EXTRA_WORDS = 3;
/** "300 posts", "12 Beiträge": an author box's count of the author's articles after the name. */
const POST_COUNT = /\s+\d[\d.,]*\s+\p{L}+$/u;

/** A short sentence of ordinary words, not chrome and not printed elsewhere on the page. */
function isLede(candidate: Candidate): boolean {
  const { shape, chrome, segment } = candidate;
  return !chrome && !segment.bullet && !candidate.repeated && !candidate.selfRepeated && shape.endsSentence && shape.words >= 3 && !shape.titleCase;
}

/**
 * A short line that closes the text right under its last paragraph: an interview's last answer
 * ("Jo Lee: Gladly. Bye."), a sign-off ("Bis bald, eure Lena"). Too short to count as prose, it
 * would fall outside the span; a full stop, or commas between phrases of mostly lower-case words,
 * tell it from the heading of what follows the article ("More from the desk"), which has neither.
 */
function isClosingLine(candidate: Candidate): boolean {
  const { shape, chrome, segment } = candidate;
  if (chrome || segment.bullet || candidate.repeated || candidate.selfRepeated || shape.code || candidate.contents || shape.words < 4) return false;
  // A question or a cry under an article is a prompt ("Did you like this post?", "Thanks!"), and
  // a label's colon or a comma between single words is a line of tags ("Tags linux, retro, c64").
  if (/[?!]/u.test(segment.text)) return false;
  // Chrome printed under articles takes this shape too: a link invitation, a label's list or credit,
  // a name linked to its page, a note on the author, a contact line.
  if (isClosingChrome(segment.text)) return false;
  if (shape.endsSentence) return true;
  const parts = segment.text.split(',');
  return parts.length > 1 && !segment.text.includes(':') && parts.every((part) => part.trim().split(/\s+/u).length >= 2) && shape.lowerRatio >= 0.5;
}

/**
 * The standfirst: a sentence or two summing the article up, printed over its first paragraph with
 * the picture, its caption and credit, the title or a date line between them, which count against
 * the span and keep it out. Only lines of that kind are stepped over, never a list or a barrier.
 */
function findStandfirst(candidates: readonly Candidate[], first: number, barriers: readonly boolean[]): number | null {
  // A sentence without its full stop is the standfirst only when no prose one sits further up:
  // a picture's caption has that shape too, and it comes between the standfirst and the article.
  let unstopped: number | null = null;
  for (let i = first - 1, stepped = 0; i >= 0 && stepped <= STANDFIRST_STEPS; i--, stepped++) {
    const candidate = candidates[i]!;
    const { shape, segment, chrome } = candidate;
    // A script printed as text is never between a standfirst and its article: it ends the search.
    if (barriers[i] || (segment.bullet && !chrome) || shape.code) return unstopped;
    if (!chrome && shape.prose) return shape.weight >= 8 && shape.weight <= 80 ? i : unstopped;
    if (!chrome && unstopped === null && isSentence(shape)) unstopped = i;
    else if (!chrome && shape.weight > 16) return unstopped;
  }
  return unstopped;
}
const STANDFIRST_STEPS = 5;

/**
 * A sentence printed without its full stop, as standfirsts often are ("Was seit Wochen kolportiert
 * wurde, ist nun offiziell bestätigt"): a line of ordinary words, mostly lower case, longer than a
 * headline (a title in sentence case, "Open data flow for the new tram timetable", has that shape
 * too, and it is a dozen words at most).
 */
const isSentence = (shape: Shape) => shape.weight >= UNSTOPPED_WORDS && !shape.titleCase && shape.lowerRatio >= 0.5 && !shape.endsSentence;
const UNSTOPPED_WORDS = 12;

/** "AbcAbcAbc": a label a renderer printed several times without spaces. */
function isSelfRepeated(text: string): boolean {
  if (text.length > 300 || text.length < 8) return false;
  return /^(.{4,}?)\1+$/su.test(text);
}

function candidatesOf(segments: readonly Segment[], language: string | null): Candidate[] {
  // Each paragraph's comparison key, computed once: the repeat count and the contents use it.
  const keys = segments.map((segment) => keyOf(segment.text));
  const counts = new Map<string, number>();
  const firstAt = new Map<string, number>();
  keys.forEach((key, i) => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!firstAt.has(key)) firstAt.set(key, i);
  });
  const candidates = segments.map((segment, i) => {
    const shape = measure(segment.text);
    return {
      segment,
      key: keys[i]!,
      shape,
      chrome: chromeVerdict(segment.text, shape, language),
      repeated: !shape.prose && (counts.get(keys[i]!) ?? 0) > 1,
      selfRepeated: isSelfRepeated(segment.text),
      contents: false,
      reprint: shape.prose && counts.get(keys[i]!) === 2 && firstAt.get(keys[i]!)! < i - REPRINT_DISTANCE,
      slide: false,
    };
  });
  markContents(candidates);
  markSlides(candidates);
  return candidates;
}

/** Paragraphs between two prints of the same paragraph for the second to be a reprint, not a caption under its picture's alternative text. */
const REPRINT_DISTANCE = 3;

/**
 * Marks the slides of a picture gallery printed into the page: lines that open with the slide's
 * number over the gallery's size followed by a short title ("1/50 United goin down", "2/5 Der
 * Fahrer"), never a sentence (a numbered thread, "1/4 So here is what happened …", or captions
 * printed on the slide's own line are read as text). At least GALLERY_SLIDES numbers over the same
 * size, each one more than the last: dates printed the same way ("18/11 Soirée-débat", "01/19
 * reply") come in a list that runs back in time, or forward in leaps ("01/12 Concert", "05/12
 * Lecture"), or with days past the month's number. The paragraph under each slide is its caption
 * only when every slide of the gallery has one, and the last slide's only when it is no longer than
 * the others' (the article resumes under the last slide).
 */
function markSlides(candidates: Candidate[]): void {
  const bySize = new Map<number, { index: number; number: number; asks: boolean }[]>();
  candidates.forEach((candidate, index) => {
    const match = SLIDE_NUMBER.exec(candidate.segment.text);
    const sentence = candidate.shape.prose || candidate.shape.endsSentence;
    // A slide's title may ask or exclaim as headlines do ("8/50 Scope to do more in the City?"):
    // one such slide read as a sentence would break the run of numbers and lose the gallery.
    const asks = sentence && HEADLINE_MARK.test(candidate.segment.text) && candidate.shape.weight <= SLIDE_TITLE_WORDS;
    if (!match || (sentence && !asks)) return;
    const number = Number(match[1]);
    const size = Number(match[2]);
    if (number < 1 || number > size) return;
    bySize.set(size, [...(bySize.get(size) ?? []), { index, number, asks }]);
  });
  const captionOf = (index: number) => {
    const caption = candidates[index + 1];
    return caption?.shape.prose && !caption.chrome && !SLIDE_NUMBER.test(caption.segment.text) ? caption : null;
  };
  for (const [size, slides] of bySize) {
    if (slides.length < GALLERY_SLIDES || slides.some((slide, k) => k > 0 && slide.number !== slides[k - 1]!.number + 1)) continue;
    // Most of a gallery's titles are labels; a numbered thread whose posts open with questions
    // ("1/4 Why did the council close the library?", its answer under it) is the article itself.
    if (slides.filter((slide) => slide.asks).length * 2 > slides.length) continue;
    for (const { index } of slides) candidates[index]!.slide = true;
    markPager(candidates, size);
    const captions = slides.map(({ index }) => captionOf(index));
    if (captions.some((caption) => caption === null)) continue;
    // A picture's credit printed between a slide's caption and the next slide ("Reuters/Corbis",
    // "AFP") is the gallery's too: counted against the span, a gallery of fifty pictures parts the
    // article around it. Only a gap of credit lines alone: a gallery spread through an article has
    // the article's paragraphs and its section headings between two slides.
    slides.slice(0, -1).forEach((slide, k) => {
      const gap = candidates.slice(slide.index + 2, slides[k + 1]!.index);
      if (gap.length <= CREDIT_LINES && gap.every((line) => !line.shape.prose && !line.segment.bullet && line.shape.weight <= CREDIT_WORDS))
        for (const line of gap) line.slide = true;
    });
    const longest = Math.max(...captions.slice(0, -1).map((caption) => caption!.shape.weight));
    captions.forEach((caption, k) => {
      if (k < captions.length - 1 || caption!.shape.weight <= longest) caption!.slide = true;
    });
  }
}

/**
 * Marks a gallery's pager: a run of exactly as many lines of marks alone ("•", one per picture) as
 * the gallery has slides. Weighed as chrome, fifty dots part the article around the gallery; a
 * row of a few such dots elsewhere (a share bar's icons) still parts an article from what follows.
 */
function markPager(candidates: Candidate[], size: number): void {
  const isDot = (candidate: Candidate | undefined) => candidate !== undefined && candidate.key === '' && candidate.segment.text.trim() !== '';
  for (let first = 0; first < candidates.length; first++) {
    if (!isDot(candidates[first]) || isDot(candidates[first - 1])) continue;
    let end = first;
    while (isDot(candidates[end])) end++;
    if (end - first === size) for (let i = first; i < end; i++) candidates[i]!.slide = true;
  }
}

/** "12/50 Title", "3 / 5 Caption": a slide's number and the gallery's size opening a line. */
const SLIDE_NUMBER = /^(\d{1,3}) ?\/ ?(\d{1,3})\s+\p{L}/u;
const GALLERY_SLIDES = 3;
/** A question or exclamation mark closing a line: a headline's, where a full stop or an ellipsis closes a thread's sentence. */
const HEADLINE_MARK = /[?!][”"’'»]*$/u;
/** Words of a slide's title at most, the number included: a headline, not a post of a numbered thread. */
const SLIDE_TITLE_WORDS = 12;
/** Words of a picture's credit between two slides at most. */
const CREDIT_WORDS = 8;
/** Lines of credits between a caption and the next slide at most ("Photo: Jane Doe", "AFP"). */
const CREDIT_LINES = 2;

/**
 * Marks a table of contents: short list items whose text comes back further down as the line over
 * a section of prose (the section the entry links to), and the label over the list ("Contents").
 * The section lines it points to are the article's headings, not repeated menu labels. One pass
 * from the end, remembering the keys of headed sections seen so far: linear in the paragraphs.
 */
const NUMBERED = /^\d{1,3}[.)]\s/u;
function markContents(candidates: Candidate[]): void {
  const sections = new Map<string, Candidate[]>();
  const headsSection = (i: number) => candidates[i + 1] !== undefined && candidates[i + 1]!.shape.prose && !candidates[i + 1]!.chrome;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const candidate = candidates[i]!;
    if (candidate.shape.prose || candidate.shape.words > 12) continue;
    // "1. Overview" in the contents, "Overview" over the section (or the other way round).
    const key = NUMBERED.test(candidate.segment.text) ? candidate.key.replace(/^\d+ /u, '') : candidate.key;
    if (key === '') continue;
    if (headsSection(i)) sections.set(key, [...(sections.get(key) ?? []), candidate]);
    else if (candidate.segment.bullet && sections.has(key)) {
      candidate.contents = true;
      for (const heading of sections.get(key)!) heading.repeated = false;
    } else if (!candidate.segment.bullet && !candidate.chrome && candidate.shape.words <= 3 && candidates[i + 1]?.contents && candidates[i + 1]!.segment.bullet)
      candidate.contents = true;
  }
}

/** What a paragraph outside the article most likely is, for the audit trail. */
function outsideKind(candidate: Candidate, next: Candidate | undefined): { kind: Block['kind']; reason: string } {
  if (candidate.contents) return { kind: 'menu', reason: 'outside the article: table of contents (an item repeated as a section heading below)' };
  if (candidate.segment.bullet) return { kind: 'menu', reason: 'outside the article: list item (menu or link list)' };
  if (next?.chrome?.kind === 'dateline' && !candidate.shape.prose) return { kind: 'related', reason: 'outside the article: teaser title followed by a date' };
  if (candidate.shape.prose) return { kind: 'sidebar', reason: 'outside the article: prose away from the main text' };
  return { kind: 'menu', reason: 'outside the article: short line (menu, label or teaser)' };
}

const isHeadingLike = (candidate: Candidate) =>
  !candidate.shape.prose && !candidate.segment.bullet && candidate.shape.weight >= 1 && candidate.shape.weight <= 25 && !/[.,;]$/.test(candidate.segment.text);

/**
 * The title: the longest heading-like line just before the article (or opening it), within the
 * zone of bylines, dates and metadata lines that sits on top of an article.
 */
function findTitle(candidates: readonly Candidate[], first: number): number | null {
  let best: number | null = null;
  let nearest: number | null = null;
  const firstIsHeading = candidates[first] && isHeadingLike(candidates[first]!) && !candidates[first]!.chrome;
  for (let i = firstIsHeading ? first : first - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
    const candidate = candidates[i]!;
    if (candidate.shape.prose && i !== first) break;
    if (candidate.chrome || candidate.repeated || candidate.selfRepeated || !isHeadingLike(candidate)) continue;
    // A line right under a byline is the byline's own (a desk: "By Jane Doe" / "WebMD Health News"
    // / "Reviewed by …"), not the title: a title is not printed under its byline.
    if (candidates[i - 1]?.chrome?.rule === 'byline-start') continue;
    // A heading with the byline or date right under it is the title, whatever else is around.
    const under = candidates[i + 1]?.chrome?.kind;
    if (nearest === null && (under === 'byline' || under === 'dateline' || (candidates[i + 1] && looksLikeNameLine(candidates[i + 1]!.segment.text))))
      nearest = i;
    if (best === null || candidate.shape.weight > candidates[best]!.shape.weight) best = i;
  }
  return nearest ?? best;
}

/** A line of names right under the title (no "By"): the author line of journal pages and blogs. */
function findAuthorLine(candidates: readonly Candidate[], title: number): number | null {
  for (let i = title + 1; i < Math.min(candidates.length, title + 3); i++) {
    const candidate = candidates[i]!;
    if (candidate.chrome?.kind === 'byline') return null;
    if (!candidate.chrome && !candidate.segment.bullet && looksLikeNameLine(candidate.segment.text)) return i;
  }
  return null;
}

const ABSTRACT_LABEL = pattern('abstract-label');

function spanOf(segment: Segment) {
  return { start: segment.start, end: segment.end };
}

/**
 * The article's opening that the span's scores cut off, found by the second way of finding the
 * article (runs.ts: lines classed by length, function words and sentence ends; the article the
 * best run of good lines, a byline or date line over its first paragraph counting for it). Where
 * that run overlaps the span and starts above it, its good paragraphs above the span are the
 * article's too (a standfirst and an intro over a picture's credits and a share bar, which the
 * span's scores weigh as a chrome run that parts them from the body); the short lines between them
 * stay out. Used only to extend the span: as a replacement for a span it judged weak (under 40
 * words of good lines), the run moved two tuned snippets and no held-out one, so it was left out.
 */
function openingAbove(
  candidates: readonly Candidate[],
  span: { first: number; last: number },
  barriers: readonly boolean[],
  language: string | null,
): Set<number> {
  const facts: LineFacts[] = candidates.map((c) => ({
    text: c.segment.text,
    weight: c.shape.weight,
    endsSentence: c.shape.endsSentence,
    excluded: c.chrome !== null || c.repeated || c.selfRepeated || c.shape.code || c.contents,
    // A date line with a byline or a place ("jeudi 13 juin 2019, par Attac France") heads an
    // article as a recognised date line does.
    dated:
      c.chrome?.kind === 'byline' ||
      c.chrome?.kind === 'dateline' ||
      (!c.shape.prose && c.shape.words <= DATED_WORDS && findDates(c.segment.text, { language }).length > 0),
  }));
  // Each line's words are read for the page's language and for its own class: split once.
  const wordsOf = lineWords();
  const classes = classifyLines(facts, runLanguage(facts, language, wordsOf), wordsOf);
  const points = runScores(facts, classes);
  const head = new Set<number>();
  const run = bestSpan(points, barriers);
  if (run && run.first < span.first && run.last >= span.first) {
    for (let i = run.first; i < span.first; i++) if (classes[i] === 'good' && !isShortLine(facts[i]!)) head.add(i);
  }
  return head;
}
/** Words of a date line that may also carry a byline or a place. */
const DATED_WORDS = 12;
/** The widgets of an article's own head (not its share bar or picture) that may stand in a filled gap. */
const BYLINE_CHROME: ReadonlySet<ChromeKind> = new Set(['byline', 'dateline']);

/**
 * The article's body under its head, when the span is one paragraph right over a byline or date
 * line: a standfirst printed over the head ("Von Jane Doe", the date, a chart's links, a share bar),
 * whose chrome run parts it from the body under it. The body opens with the first paragraph of
 * running text within HEAD_TO_BODY lines under the head and runs on as far as its scores add up
 * most; null when there is none. (Measured on dev/segments: it moved three tuned snippets, all
 * gained, and no held-out one.)
 */
function bodyUnderHead(
  candidates: readonly Candidate[],
  span: { first: number; last: number },
  scores: readonly number[],
  barriers: readonly boolean[],
): { first: number; last: number } | null {
  let paragraphs = 0;
  for (let i = span.first; i <= span.last; i++) if (isParagraph(candidates[i], 0)) paragraphs++;
  if (paragraphs !== 1 || !isParagraph(candidates[span.last], CREDITED_PARAGRAPH)) return null;
  const head = span.last + 1;
  const kind = candidates[head]?.chrome?.kind;
  if (kind !== 'byline' && kind !== 'dateline') return null;
  for (let i = head + 1; i < Math.min(candidates.length, head + 1 + HEAD_TO_BODY); i++) {
    if (barriers[i]) return null;
    const candidate = candidates[i]!;
    // Only the head's own chrome stands between it and the body: a "Related stories" heading
    // under a brief's byline opens teasers, not the article's body.
    if (candidate.chrome && !HEAD_CHROME.has(candidate.chrome.kind)) return null;
    if (isParagraph(candidate, 0)) {
      const barrier = barriers.indexOf(true, i);
      return { first: i, last: bestPrefixEnd(scores, i, barrier < 0 ? candidates.length - 1 : barrier - 1) };
    }
  }
  return null;
}
/** Lines of a head's chrome (byline, date, share bar, picture) between a standfirst and the body. */
const HEAD_TO_BODY = 12;
/** The chrome a head is made of (its byline, date, share bar, a picture's credit or download, renderer fields). */
const HEAD_CHROME = new Set<Block['kind']>(['byline', 'dateline', 'page-metadata', 'share', 'attachment', 'boilerplate']);

/** Cleans a plain-text dump of a page: keeps the article's paragraphs, drops the chrome. */
export function cleanText(content: string, options: { language?: string | null } = {}): Cleaned {
  const language = options.language ?? null;
  const lines = splitLines(content);
  const segments = segmentLines(lines, wrapWidth(lines));
  const candidates = candidatesOf(segments, language);
  const inRow = rowRepeats(candidates);
  const scores = candidates.map((candidate, i) => (inRow[i] || candidate.reprint ? 0 : score(candidate)));
  const barriers = candidates.map((_, i) => isBarrier(candidates, i));
  const whole = bestSpan(scores, barriers);
  const sum = (range: { first: number; last: number } | null) => (range ? scores.slice(range.first, range.last + 1).reduce((a, b) => a + b, 0) : 0);
  let span = whole;
  const thread = whole ? threadStart(candidates, language) : null;
  // A counted comment-thread heading ("Comments (6)") ends the article: what follows is readers'
  // prose, which can outweigh the article, so the span is sought before the first such heading
  // that has an article above it (and not merely a counter in the page header).
  for (let k = 1; k < candidates.length; k++) {
    // An uncounted heading ("Comments") does too when the thread's first post stamp follows it
    // within a few lines: a prompt by the title has the article, not a thread, under it.
    const comments = endsArticle(candidates[k]!) || (headsComments(candidates[k]!) && thread !== null && thread > k && thread - k <= STAMP_GAP);
    // A related-articles heading inside the span ends it when the article runs right up to it:
    // the teasers under it are prose too and would otherwise join the article.
    const related = !comments && whole !== null && k > whole.first && k <= whole.last && opensAfterArticle(candidates[k]!) && !articleResumes(candidates, k);
    if (!comments && !related) continue;
    const before = bestSpan(scores.slice(0, k), barriers.slice(0, k));
    // A counted heading in a page's header ("12 comments" by the title) has the article after it,
    // so what precedes it must weigh something against the whole. With post stamps right under
    // it, it heads the thread itself, and any article above it is the one.
    const headsThread = comments && thread !== null && thread > k && thread - k <= STAMP_GAP;
    const least = headsThread ? MIN_ARTICLE : Math.max(MIN_ARTICLE, sum(whole) * 0.2);
    if (before && sum(before) >= least && (comments || k - before.last <= RELATED_GAP)) {
      span = before;
      break;
    }
  }
  // The page ends at its footer's copyright line: what a dump prints after it (a cookie dialog's
  // category texts, a sign-up modal) is never the article, however much prose it holds. A comment
  // form's notice (that the reader's e-mail stays private, which fields are required) closes the
  // post the same way: what follows it is the form and the sidebar (an author's blurb, a feed). Only
  // the form's notice does: other comment chrome ("Be the first to comment", "No comments") often
  // stands under the headline, and the header above it would take the article's place.
  const closesPage = (i: number) =>
    candidates[i]!.chrome?.rule === 'copyright' ||
    (candidates[i]!.chrome?.kind === 'comment' && candidates[i]!.chrome?.rule === 'chrome-words' && COMMENT_FORM_NOTICE.test(candidates[i]!.segment.text));
  const footer = span ? barriers.findIndex((barrier, i) => barrier && closesPage(i)) : -1;
  if (span && footer >= 0 && span.first > footer) {
    const before = bestSpan(scores.slice(0, footer), barriers.slice(0, footer));
    if (before && sum(before) >= Math.max(40, sum(whole) * 0.2)) span = before;
  }
  // A comment thread takes the span's place when its comments outweigh the article above it.
  if (span && thread !== null && span.last >= thread) {
    const before = bestSpan(scores.slice(0, thread), barriers.slice(0, thread));
    if (before && sum(before) >= Math.max(40, sum(whole) * 0.2)) span = before;
  }
  // The second way (jusText-style runs of good lines) finds where the span cut the article's opening off.
  const headLines = span ? openingAbove(candidates, span, barriers, language) : new Set<number>();
  // A standfirst over the byline has the article's body under the head's chrome (a date line, a
  // share bar): the body takes the span's place, and the standfirst is kept as an opening.
  const body = span ? bodyUnderHead(candidates, span, scores, barriers) : null;
  if (span && body) {
    for (let i = span.first; i <= span.last; i++) if (isParagraph(candidates[i], 0)) headLines.add(i);
    span = body;
  }
  if (span) span = trimTail(span, candidates, scores, escalateChromeRuns(scores, candidates));
  // An author box under its own heading leaves the article with its lines marked, so that nothing
  // reads the author's name in it for a menu's label (the site-name reader looks for "About X"
  // beside an X the chrome prints).
  const authorBox = new Set<number>();
  const boxHeading = span ? authorBoxHeading(span, candidates) : null;
  if (span && boxHeading !== null) {
    for (let i = boxHeading; i <= span.last; i++) authorBox.add(i);
    span = { first: span.first, last: boxHeading - 1 };
  } else if (span) span = withoutAuthorBox(span, candidates);
  // A lede of one short sentence ("Lorem ipsum dolor sit amet.") right above the first paragraph
  // counts against the span like any short line, but it opens the article.
  while (span && span.first > 0 && isLede(candidates[span.first - 1]!)) span = { first: span.first - 1, last: span.last };
  // Likewise a closing line right under the last paragraph (one line only: a run of them is teasers).
  if (span && span.last + 1 < candidates.length && !barriers[span.last + 1] && isClosingLine(candidates[span.last + 1]!))
    span = { first: span.first, last: span.last + 1 };
  const standfirst = span ? findStandfirst(candidates, span.first, barriers) : null;
  // The title sits over the article's opening: over the first paragraph kept above the span when
  // the runs found one (the metadata readers take the lines over the first kept paragraph for the head).
  const opening = headLines.size > 0 ? Math.min(...headLines) : null;
  const title = span ? findTitle(candidates, opening ?? standfirst ?? span.first) : null;
  const authorLine = title !== null ? findAuthorLine(candidates, title) : null;
  // Between that opening and the span, a run of short lines and list items with no prose of its
  // own is the article's too: a recipe's ingredients between its description and its method, a
  // fact box's "Label: value" rows. Prose in the gap that the runs did not take (a comment form's
  // notice, teasers) says the opening and the span are two texts, and the gap stays out. So does a
  // widget other than the article's byline or date line (a share bar, a "Most read" box): the short
  // lines around it are a picture's caption and credit or the box's links, not the article's.
  const gapFilled =
    span !== null &&
    opening !== null &&
    candidates
      .slice(opening + 1, span.first)
      .every((candidate, k) => headLines.has(opening + 1 + k) || (candidate.chrome ? BYLINE_CHROME.has(candidate.chrome.kind) : !candidate.shape.prose));

  const blocks: Block[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    const { segment, shape, chrome } = candidate;
    // The metadata readers key these blocks again (keyOfBlock): hand them the key computed above.
    const made = blocks.length;
    const inside =
      span !== null && ((i >= span.first && i <= span.last) || i === standfirst || headLines.has(i) || (gapFilled && i > opening! && i < span.first));
    const drop = (kind: Block['kind'], reason: string) => blocks.push({ text: segment.text, kind, kept: false, reason, span: spanOf(segment) });
    if (i === title) {
      drop('title', 'the article title (carried as metadata)');
    } else if (i === authorLine) {
      drop('byline', 'byline: names on the line under the title');
    } else if (chrome) {
      drop(chrome.kind, chrome.reason);
    } else if (inside && isBoxLink(candidates, i)) {
      drop('related', 'related links set into the article: a listed link under a related heading');
    } else if (authorBox.has(i)) {
      drop('sidebar', "author box: the author's name and biography under the article");
    } else if (!inside && span !== null) {
      const { kind, reason } = outsideKind(candidate, candidates[i + 1]);
      drop(kind, reason);
    } else if (candidate.contents) {
      drop('menu', 'table of contents: an item repeated as a section heading below');
    } else if (candidate.slide) {
      drop('boilerplate', 'picture gallery: a numbered slide ("12/50") and its caption');
    } else if (candidate.selfRepeated) {
      drop('repeated', 'the same label printed several times in a row');
    } else if (candidate.repeated) {
      drop('repeated', 'short line repeated elsewhere on the page');
    } else if (segment.bullet) {
      const previous = blocks[blocks.length - 1];
      const item = segment.text;
      if (previous && previous.kind === 'list' && previous.kept && candidates[i - 1]?.segment.bullet) {
        previous.items!.push(item);
        previous.text += `\n${item}`;
        previous.span = { start: previous.span!.start, end: segment.end };
      } else {
        blocks.push({ text: item, kind: 'list', kept: true, reason: null, items: [item], span: spanOf(segment) });
      }
    } else if (segment.indent >= 4 && shape.prose) {
      blocks.push({ text: segment.text, kind: 'quote', kept: true, reason: null, span: spanOf(segment) });
    } else if (shape.prose || shape.code || !isHeadingLike(candidate)) {
      // Code and formulas are never a section's heading, however short.
      const text = segment.text.replace(ABSTRACT_LABEL, '');
      blocks.push({ text, kind: 'paragraph', kept: true, reason: null, span: spanOf(segment) });
    } else {
      blocks.push({ text: segment.text, kind: 'heading', kept: true, reason: null, level: 2, span: spanOf(segment) });
    }
    if (blocks.length > made && blocks[made]!.text === segment.text) rememberKeyOfBlock(blocks[made]!, candidate.key);
  }
  demoteMenus(blocks);
  dropDisclosureNotices(blocks);
  if (span === null) dropScraps(blocks);
  const kept = blocks.filter((block) => block.kept);
  const extraction: Cleaned['extraction'] = kept.length
    ? { method: 'text_span', reason: null }
    : { method: 'none', reason: blocks.length ? `every one of the dump's ${blocks.length} paragraphs reads as chrome` : 'the dump holds no text' };
  return { blocks, text: kept.map((block) => block.text).join('\n\n'), markdown: blocks.length ? blocksToMarkdown(kept) : '', extraction };
}

/** Below this many words, what is left of a page without any prose is scraps, not an article. */
const MIN_WORDS_WITHOUT_PROSE = 20;

/**
 * A page with no prose keeps its non-chrome blocks (listings, product pages) only when they add up
 * to some text; a few stray labels ("Home", "News") amid chrome mean the page is all chrome. A tiny
 * page with nothing recognised as chrome is all content, however short ("Test", a three-line note).
 */
function dropScraps(blocks: Block[]): void {
  const wordsOf = (list: Block[]) => list.reduce((sum, block) => sum + countWhitespaceWords(block.text), 0);
  const kept = blocks.filter((block) => block.kept);
  const words = wordsOf(kept);
  if (words >= MIN_WORDS_WITHOUT_PROSE) return;
  if (words > 0 && wordsOf(blocks.filter((block) => !block.kept)) < words) return;
  for (const block of kept) {
    block.kept = false;
    block.reason = `no article: only ${words} words of non-chrome text on a page without prose`;
    if (block.kind === 'list' || block.kind === 'paragraph' || block.kind === 'heading') block.kind = 'boilerplate';
  }
}

/** Lists inside the article whose items are all one- to three-word labels are menus, not content. */
function demoteMenus(blocks: Block[]): void {
  for (const block of blocks) {
    if (block.kind !== 'list' || !block.kept || !block.items) continue;
    const short = block.items.every((item) => item.split(/\s+/).length <= 3 && !/[.!?]$/.test(item));
    if (short && block.items.length >= 3) {
      block.kept = false;
      block.kind = 'menu';
      block.reason = 'menu: list of short labels';
    }
  }
}
