// Notices a page prints with a post about its advertising or its authors' views ("This post contains
// affiliate links", "Der Beitrag gibt die Meinung des Autors wieder"): both cleaners (clean/html/judge.ts,
// clean/text/notices.ts) drop them where notices stand, over or under the article's prose, by this one rule.
import { pattern } from '../lexicon/index.ts';

/** An advertising or affiliate disclosure or an editorial disclaimer (the lexicon's disclosure lists). */
const DISCLOSURE = pattern('disclosure');
/** Longer than this, a paragraph that names a disclosure or a post notice discusses one; a notice is a line or two. */
export const MAX_NOTICE = 300;
/** A kept paragraph of running text longer than this: the article's own prose. */
export const ARTICLE_PROSE = 80;

/** A short text with a disclosure or disclaimer phrase: a notice, if it stands where notices stand. */
export const isDisclosureNotice = (text: string) => text.length <= MAX_NOTICE && DISCLOSURE.test(text);

/**
 * The disclosure notices before the article's first paragraph of running text or after its last,
 * by index; `texts[i]` is the text of a kept paragraph, null for anything else. Between two such
 * paragraphs the same words are the story's own ("The poll does not necessarily reflect national
 * opinion, she said."), so they stay there.
 */
export function noticesOutsideProse(texts: readonly (string | null)[]): number[] {
  const notice = texts.map((text) => text !== null && isDisclosureNotice(text));
  const prose = (i: number) => texts[i] !== null && texts[i]!.length > ARTICLE_PROSE && !notice[i];
  let first = texts.findIndex((_, i) => prose(i));
  let last = -1;
  for (let i = texts.length - 1; i >= 0 && last < 0; i--) if (prose(i)) last = i;
  if (first < 0) first = last = texts.length;
  const found: number[] = [];
  for (let i = 0; i < texts.length; i++) if ((i < first || i > last) && notice[i]) found.push(i);
  return found;
}
