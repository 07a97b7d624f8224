// Disclosure notices of a text dump's article: the lines a page prints with a post about its
// advertising or its authors' views ("This post contains affiliate links", "Der Beitrag gibt die
// Meinung des Autors wieder"), dropped where notices stand, over or under the article's prose, by
// the rule the HTML cleaner uses (pipeline/text/notices.ts).
import type { Block } from '../../text/blocks.ts';
import { noticesOutsideProse } from '../../text/notices.ts';

/** Drops the kept disclosure notices before the article's first paragraph of running text or after its last. */
export function dropDisclosureNotices(blocks: Block[]): void {
  const texts = blocks.map((block) => (block.kept && (block.kind === 'paragraph' || block.kind === 'quote') ? block.text : null));
  for (const i of noticesOutsideProse(texts)) {
    const block = blocks[i]!;
    block.kept = false;
    block.kind = 'advert';
    block.reason = 'disclosure or disclaimer notice';
  }
}
