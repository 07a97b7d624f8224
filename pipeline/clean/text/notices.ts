// Disclosure notices of a text dump's article: the lines a page prints with a post about its
// advertising or its authors' views ("This post contains affiliate links", "Der Beitrag gibt die
// Meinung des Autors wieder"), dropped where notices stand, over or under the article's prose.
import type { Block } from '../../text/blocks.ts';
import { pattern } from '../../lexicon/index.ts';

/** An advertising or affiliate disclosure or an editorial disclaimer (the lexicon's disclosure lists). */
const DISCLOSURE = pattern('disclosure');
/** Longer than this, a paragraph that names a disclosure discusses one; a notice is a line or two. */
const MAX_NOTICE = 300;
/** A kept paragraph of running text at least this long: the article's own prose. */
const ARTICLE_PROSE = 80;

const isText = (block: Block) => block.kept && (block.kind === 'paragraph' || block.kind === 'quote');
const isNotice = (block: Block) => isText(block) && block.text.length <= MAX_NOTICE && DISCLOSURE.test(block.text);

/**
 * Drops the kept disclosure notices before the article's first paragraph of running text or after
 * its last. Between two such paragraphs the same words are the story's own ("The poll does not
 * necessarily reflect national opinion, she said."), so they stay there.
 */
export function dropDisclosureNotices(blocks: Block[]): void {
  const prose = (block: Block) => isText(block) && block.text.length > ARTICLE_PROSE && !isNotice(block);
  const first = blocks.findIndex(prose);
  let last = -1;
  blocks.forEach((block, i) => {
    if (prose(block)) last = i;
  });
  blocks.forEach((block, i) => {
    if ((first < 0 || i < first || i > last) && isNotice(block)) {
      block.kept = false;
      block.kind = 'advert';
      block.reason = 'disclosure or disclaimer notice';
    }
  });
}
