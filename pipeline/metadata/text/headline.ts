// Finds the article's headline in a text dump when the cleaner's title line is not one (a byline,
// a date line, a menu caption). The headline is a heading-shaped line just before the article's
// body, usually next to its byline or date line, and often printed twice (breadcrumb, share box,
// sticky header). Candidates are scored on those cues; none is taken without one.
import type { Block } from '../../text/blocks.ts';
import { RELATIVE_DATE, findDates, otherDateLanguages, partGluedDates, type DateOptions } from '../../text/dates.ts';
import { looksLikeByline } from '../authors.ts';
import { looksLikeNameLine } from '../../text/name-shapes.ts';
import { FRAGMENT, keyOf, keyOfBlock, pattern } from '../../lexicon/index.ts';

/** How many blocks before the start of the body the headline may sit. */
const LOOK_BACK = 30;
const CREDIT_LINE = pattern('credit-line');
const MEDIA_CREDIT_END = pattern('media-credit-end');
/** The longest line read as a standfirst between a headline and its byline. */
const STANDFIRST_MAX = 300;

/** Block kinds that never hold a headline (widgets, forms, legal text). */
const NEVER = new Set<Block['kind']>([
  'share',
  'signin',
  'cookie',
  'newsletter',
  'advert',
  'comment',
  'footer',
  'attachment',
  'breadcrumb',
  'byline',
  'dateline',
  'page-metadata',
]);

/** Block kinds a renderer's widgets fill, skipped when looking for the line after the headline. */
const FILLER = new Set<Block['kind']>(['share', 'boilerplate', 'advert', 'comment', 'signin']);

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Widget captions that take a headline's shape ("Share on LinkedIn", "Continue reading the main story"). */
const WIDGET = pattern('widget-caption');

/** A lead-in opening a comparison key (keys are lower case). */
const LEAD_IN_FIRST = new RegExp(`^${FRAGMENT.leadIn} `, 'u');
/** A lead-in anywhere in a line. */
const LEAD_IN_WORD = new RegExp(`\\b${FRAGMENT.leadIn}\\b`, 'iu');

/** Words in a line, counting two CJK characters as one word. */
function wordCount(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return (
    text
      .replace(CJK, ' ')
      .split(/\s+/)
      .filter((word) => /\p{L}/u.test(word)).length + Math.floor(cjk / 2)
  );
}

/** A full date (day stated) or a relative one: the mark of a date or byline line. */
function statesDay(text: string, options: DateOptions): boolean {
  // Links run together ("Yahoo FinanceOctober 13, 2016"): a capital after a small letter starts a
  // word, and so does a digit after a small letter ("Jane Doe2022-12-07T10:10:52", a name glued to its date).
  // A year runs into the next date too ("9. März 20219. März 2021": publication and update).
  const spaced = partGluedDates(text.replace(/(\p{Ll})(\p{Lu}\p{Ll})/gu, '$1 $2').replace(/(\p{Ll})(\d)/gu, '$1 $2'));
  const statesFullDay = (language: string | null | undefined) => findDates(spaced, { ...options, language }).some((date) => date.value.length >= 10);
  // A day printed in another language's month names ("jueves, 14 de marzo de 2019" over an English
  // post) marks a date line as well.
  return RELATIVE_DATE.test(spaced) || statesFullDay(options.language) || otherDateLanguages(spaced, [options.language]).some(statesFullDay);
}

/**
 * A picture's caption, known by the credit it ends with: "… Credit: Harare Herald", "…2023.Credit
 * Jane Doe/EPA", "… (Jane Doe/AFP/Getty Images)". Captions sit between a headline and its byline,
 * where the headline would be looked for.
 */
export const CAPTION =
  /(?:^|[\s.])(?:[Pp]hoto\s+|[Ii]mage\s+)?[Cc]redits?\s*:|[a-z.]Credit(?:Credit)?\s*\p{Lu}|\([^()]*\/[^()]*\)\s*$|\((?:[Pp]hoto|[Ff]oto|[Ii]mage|[Cc]rédit|[Ii]llustration)\b[^()]*\)\s*$|\b(?:Getty Images|Shutterstock)\b/u;

/** A labelled list ("Topics: uber, libertarians", "Tags: …", "Filed under: …"): metadata, not a headline. */
const LABELLED = pattern('list-label');

/** What follows a headline printed with its byline run on: "by Jane Doe", "par Jean Dupont". */
const RUN_ON_BYLINE = new RegExp(`\\s${FRAGMENT.leadIn}\\s+\\p{Lu}`, 'u');

/** A picture the dump prints as its alt text in brackets: "[photo]", "Image[merlin_138]". */
const PLACEHOLDER = pattern('media-placeholder');

/** A byline's lead-in followed by a capitalised name, however long the line runs on. */
const BY_NAME = new RegExp(`^${FRAGMENT.anyLeadIn}\\s+\\p{Lu}`, 'u');

/** A picture's credit line ("Photo by …"), which follows captions rather than headlines. */
const CREDIT = pattern('media-credit');

/** The mark of an article's head: a byline, a date line, or a name line with a date under it. */
function isHeadMark(blocks: readonly Block[], at: number, options: DateOptions): boolean {
  const block = blocks[at]!;
  const text = block.text.trim();
  if (CREDIT.test(text) || CALL_TO_ACTION.test(text)) return false;
  if (block.kind === 'byline' && !BY_NAME.test(text) && !statesDay(text, options)) {
    // A boxed "byline" with the credit under it is the headline (see findHeadline), not a mark.
    const below = blocks.slice(at + 1, at + 4).find((other) => !FILLER.has(other.kind) && !PLACEHOLDER.test(other.text));
    if (below !== undefined && below.text.length <= 160 && (BY_NAME.test(below.text) || DATE_THEN_BY.test(below.text))) return false;
  }
  if (block.kind === 'byline' || block.kind === 'dateline') return true;
  if (BY_NAME.test(text) || BY_NAME.test(text.replace(/^[/\\|•·#>*]+\s*/u, ''))) return true;
  if (text.length > 160) return false;
  // A sentence that mentions a day ("A man prays in Kathmandu on 30 April 2015.") is a caption.
  const sentence = /[.!?]$/u.test(text) && wordCount(text) >= 6;
  if (looksLikeByline(text) || (text.length <= 100 && !sentence && statesDay(text, options))) return true;
  const following = blocks.slice(at + 1, at + 6).filter((candidate) => !FILLER.has(candidate.kind) && !PLACEHOLDER.test(candidate.text));
  // A lead-in printed on a line of its own ("por" / "César Salza"), the name on the next.
  if (LONE_LEAD_IN.test(text)) return following[0] !== undefined && looksLikeNameLine(following[0].text.trim());
  // A bare name is also how menus print ("Special Reports"): only a date under it (or under the
  // job title printed below it: "Jane Doe" / "Games Editor" / "October 13, 2016") makes it a byline.
  if (!looksLikeNameLine(text)) return false;
  const dated = (candidate: Block | undefined) =>
    candidate !== undefined && candidate.text.length <= 100 && (candidate.kind === 'dateline' || statesDay(candidate.text, options));
  return dated(following[0]) || (following[0] !== undefined && looksLikeByline(`${text}, ${following[0].text.trim()}`) && dated(following[1]));
}

/** A button's caption the cleaner may box as a byline ("Buy Now", "Shop now >"): no head mark. */
const CALL_TO_ACTION = pattern('call-to-action');

/** A date, then "by" and a capitalised name: "Tuesday 15 October 2019 by Jane Doe". */
const DATE_THEN_BY = new RegExp(`\\d.*?\\s${FRAGMENT.leadIn}\\s+\\p{Lu}`, 'u');

/** A line ending on a lower-case preposition or article: a caption that ran into a logo or a link. */
const DANGLING = pattern('dangling-word');

/** A byline's lead-in alone on its line. */
export const LONE_LEAD_IN = new RegExp(`^${FRAGMENT.anyLeadIn}$`, 'iu');

/**
 * The marks a text renderer sets before list items, one per nesting level ("•", "□", "☆" in one
 * renderer, "○" "■" "▪" in others): a line opening with one is a menu's or a list's item, even when
 * the cleaner kept the mark in the line's text.
 */
const LIST_MARK = /^[•·◦▪▫▸►‣⁃○●■□☆★◆◇]/u;

/** Whether a line has the shape of a headline: one line, a few words, not a label, date or byline. */
export function headlineShaped(text: string, options: DateOptions, nameShapedOk = false): boolean {
  const line = text.trim();
  if (line.includes('\n') || line.length < 8 || line.length > 220) return false;
  const words = wordCount(line);
  if (words < 3 || words > 40) return false;
  if (/[:：]$/u.test(line) || /^[[(<*+-]/u.test(line) || LIST_MARK.test(line) || (/[\])]$/u.test(line) && /^\S*\[/u.test(line))) return false;
  if (/^(?:\p{Ll}[\p{L}-]*\s*){1,4}$/u.test(line)) return false; // "chaos theory": a tag, not a headline
  if (/@\w/u.test(line) || /https?:\/\//u.test(line)) return false;
  if (BY_NAME.test(line) || looksLikeByline(line) || (!nameShapedOk && looksLikeNameLine(line)) || statesDay(line, options)) return false;
  // A footnote mark ("0.917^[8]") belongs to a table row or body text.
  if (WIDGET.test(line) || CAPTION.test(line) || LABELLED.test(line) || /\^\[/u.test(line)) return false;
  // "Get more news on": a widget's caption that ran into a logo; headlines do not end on a
  // lower-case preposition or article.
  if (DANGLING.test(line)) return false;
  // Headlines carry no full stop; captions and sentences of body text do.
  if (/[^.\p{Lu}]\.$/u.test(line)) return false;
  // A sentence run on over several clauses is body text, not a headline.
  if ((line.match(/[.!?。](?:\s|$)/gu)?.length ?? 0) > 2) return false;
  return true;
}

export interface Headline {
  index: number;
  /** The cues that chose it, for the provenance. */
  cues: string[];
}

/**
 * Scores each headline-shaped line in the stretch before the body (and the cleaner's title line):
 * a head mark (byline, date line) right after it, the same line printed elsewhere on the page,
 * being the cleaner's pick or a kept heading, and nearness to the body.
 */
export function findHeadline(blocks: readonly Block[], options: DateOptions, cleanerTitle: number | null, content?: string): Headline | null {
  // The dump's own lines, list mark included: the cleaner strips "• " off a menu's items. A block
  // that runs on past its item (a sidebar's bullet and the headline printed under it, joined by the
  // cleaner) is an item only if each further line is the item's wrapped continuation, indented past
  // the mark.
  const listItem = (block: Block) => {
    if (content === undefined || block.span === null) return false;
    const lines = content
      .slice(content.lastIndexOf('\n', block.span.start - 1) + 1, block.span.end)
      .split('\n')
      .filter((line) => line.trim() !== '');
    const first = lines[0];
    if (first === undefined || !LIST_MARK.test(first.trimStart())) return false;
    const indent = first.length - first.trimStart().length;
    return lines.slice(1).every((line) => LIST_MARK.test(line.trimStart()) || line.length - line.trimStart().length > indent);
  };
  let bodyStart = blocks.findIndex((block) => block.kept && block.kind === 'paragraph' && block.text.length >= 80);
  if (bodyStart < 0) bodyStart = blocks.findIndex((block) => block.kept);
  if (bodyStart < 0) bodyStart = blocks.length;
  // Each block's key once: the candidates below compare every block's key with theirs, and keyOf
  // (case folding, punctuation) cost about 2.5% of a text dump's CPU when recomputed per candidate.
  // keyOfBlock reuses the key the text cleaner computed for the same line.
  const keys = blocks.map(keyOfBlock);
  const counts = new Map<string, number>();
  for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  // Printed again inside a breadcrumb or a "Reading:" bar, or with its byline run on ("Headline by
  // Jane Doe July 10, 2015").
  const printedInside = (key: string, self: number) =>
    blocks.some(
      (block, i) =>
        i !== self &&
        block.text.length > key.length + 3 &&
        (((block.kind === 'breadcrumb' || /^(?:reading|now reading|you are reading)\b/iu.test(block.text)) && keys[i]!.endsWith(key)) ||
          // "New York|Headline": a section label run into a sticky header's copy of the headline.
          (/^[^|]{2,30}\|/u.test(block.text) && keys[i]!.endsWith(' ' + key) && keyOf(block.text.slice(0, block.text.indexOf('|'))).split(' ').length <= 3) ||
          (keys[i]!.startsWith(key + ' ') && LEAD_IN_FIRST.test(keys[i]!.slice(key.length + 1)) && RUN_ON_BYLINE.test(block.text))),
    );

  const first = Math.max(0, Math.min(bodyStart, cleanerTitle ?? bodyStart) - LOOK_BACK);
  const last = Math.min(blocks.length - 1, bodyStart + 1);
  let best: { index: number; score: number; cues: string[] } | null = null;
  for (let i = first; i <= last; i++) {
    const block = blocks[i]!;
    // A title-case line right above a credit ("Tuesday 15 October 2019 by Jane Doe", "By Jane Doe")
    // is the headline even when it has a name's shape or the cleaner boxed it as a byline: a byline
    // does not sit on top of another.
    const below = blocks.slice(i + 1, i + 4).find((other) => !FILLER.has(other.kind) && !PLACEHOLDER.test(other.text));
    const creditBelow = below !== undefined && below.text.length <= 160 && (BY_NAME.test(below.text) || DATE_THEN_BY.test(below.text));
    if ((NEVER.has(block.kind) && !(creditBelow && block.kind === 'byline')) || (block.kept && block.kind !== 'heading' && block.kind !== 'paragraph'))
      continue;
    if (!headlineShaped(block.text, options, creditBelow && wordCount(block.text) >= 3) || listItem(block)) continue;
    // A picture's credit or caption ("Quelle: jdoe / Fotolia.com", "… Foto: LN") sits over a
    // standfirst and a byline as a headline does, but names a picture.
    // A date line with its credit ("Dezember 10, 2019 · von jdoe · in News") is the head's mark, not its headline.
    if (CREDIT_LINE.test(block.text) || (MEDIA_CREDIT_END.exec(block.text)?.index ?? 0) > 0 || DATE_THEN_BY.test(block.text)) continue;
    // One of a run of links that open alike ("Link externo, abre página … no Twitter", "… no
    // Instagram") is a menu item, not a headline.
    // Inside a related-stories box ("Sur le même sujet", "Related": the box opens a few lines above
    // with nothing of the article between): a teaser's title, even when the cleaner picked it.
    let opener = i - 1;
    while (opener >= Math.max(0, i - 6) && !blocks[opener]!.kept && blocks[opener]!.kind !== 'related') opener--;
    if (opener >= Math.max(0, i - 6) && blocks[opener]!.kind === 'related') continue;
    const own = keys[i]!;
    const opening = own.split(' ').slice(0, 3).join(' ');
    const alike = (at: number) => {
      const theirs = keys[at] ?? '';
      // A copy of the headline, or the headline with its byline run on, is no sibling link.
      return theirs !== '' && !theirs.startsWith(own) && !own.startsWith(theirs) && theirs.split(' ').slice(0, 3).join(' ') === opening;
    };
    if (alike(i - 1) || alike(i + 1)) continue;
    const cues: string[] = [];
    let score = 0;
    // The line after it (past share buttons and image placeholders) is a byline or a date line.
    let marked = false;
    let gap = 0;
    let standfirst = false;
    for (let j = i + 1, seen = 0; j < blocks.length && seen < 4; j++) {
      const next = blocks[j]!;
      // Bullets, picture placeholders ("Image[lead]", "[photo]") and captions stand between a
      // headline and its byline without breaking the pair.
      if (FILLER.has(next.kind) || /^[•·\s]*$/u.test(next.text) || PLACEHOLDER.test(next.text) || CAPTION.test(next.text)) continue;
      // A widget's caption ("Get more news on", "Share this") does not part them either.
      if (!next.kept && next.text.length <= 60 && (WIDGET.test(next.text.trim()) || DANGLING.test(next.text.trim()))) continue;
      seen++;
      if (isHeadMark(blocks, j, options)) {
        marked = true;
        gap = seen;
        break;
      }
      // A boxed "byline" that is no mark (a button, or the real headline above its credit) ends
      // the search: the line above it is not the article's headline.
      if (next.kind === 'byline') break;
      // A standfirst may sit between the headline and the byline, whether the cleaner kept it
      // with the article or not (its span rules decide that, not the head's shape): a short
      // paragraph right under the line, with the mark right under it, is stepped over
      // (headline / standfirst / byline); body text, or anything else after it, ends the search.
      if (seen >= 4 || standfirst) break;
      if (next.kept) {
        if (seen !== 1 || next.kind !== 'paragraph' || next.text.length > STANDFIRST_MAX || next.text.includes('\n')) break;
        standfirst = true;
      }
    }
    if (marked) {
      score += gap <= 2 ? 3 : 2;
      cues.push('before-byline');
    }
    if ((counts.get(own) ?? 0) >= 2 || printedInside(own, i)) {
      // Menus repeat their short labels too; a repeated line of several words is a headline's mark.
      score += wordCount(block.text) >= 4 ? 3 : 1;
      cues.push('repeated');
    }
    // A date line just above and the body just below: "Sunday, May 8, 2016" / headline / text.
    const previous = blocks
      .slice(Math.max(0, i - 2), i)
      .reverse()
      .find((candidate) => !FILLER.has(candidate.kind));
    const following = blocks.slice(i + 1, i + 4).find((candidate) => !FILLER.has(candidate.kind) && !PLACEHOLDER.test(candidate.text));
    // The date line is a bare date (a blog's day header), not a byline; the line opens as headlines do.
    if (
      !marked &&
      !block.kept &&
      /^[\p{Lu}\p{N}"'“‘«¿¡]/u.test(block.text) &&
      previous &&
      previous.text.length <= 40 &&
      !LEAD_IN_WORD.test(previous.text) &&
      (previous.kind === 'dateline' || statesDay(previous.text, options)) &&
      following?.kept &&
      following.kind === 'paragraph'
    ) {
      score += 3;
      cues.push('after-date');
    }
    if (i === cleanerTitle) {
      score += 2;
      cues.push('cleaner');
    }
    if (block.kind === 'heading' && (block.level ?? 9) <= 2) {
      score += 2;
      cues.push('heading');
    }
    if (cues.length === 0) continue;
    // Nearer the body is likelier; a kept paragraph is only a headline with a byline under it.
    score -= Math.abs(bodyStart - i) / 20;
    if (block.kept && block.kind === 'paragraph' && !marked) continue;
    if (!best || score > best.score) best = { index: i, score, cues };
  }
  return best && best.score >= 2 ? { index: best.index, cues: best.cues } : null;
}
