// The containers metadata skips (article-node.ts: other pieces, footer and navigation, comments),
// tested on one element and up its ancestors by `within`, give what cheerio's closest() with their
// selectors gives, on every element of a page written for it: tags, a word inside a class or id,
// its case, the element itself, nesting, and an element outside them all.
import { load } from 'cheerio';
import { isTag, type Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { isComments, isElsewhere, isOtherPiece, OTHER_PIECES, within } from '../../../pipeline/metadata/html/article-node.ts';

const PAGE = `<html><body>
<article><h1>Title</h1><p class="byline"><a rel="author" href="/a">Ann Lee</a></p>
  <footer><span class="author">Own footer</span></footer></article>
<aside><p><span>In an aside</span></p></aside>
<div class="post-related-links"><a href="/b">Related</a></div>
<div class="Related"><a href="/c">Capital R: not the word</a></div>
<div id="comments-3"><div class="c"><span itemprop="author">Commenter</span></div></div>
<section class="most-read"><ul><li>Most read</li></ul></section>
<nav><a href="/">Home</a></nav>
<div id="sidebarRight"><p>Side</p></div>
<div class="recommendations popular"><b>Both</b></div>
<svg><g class="teaser"><text>In svg</text></g></svg>
</body></html>`;

const ELSEWHERE_SELECTOR = `footer, nav, ${OTHER_PIECES}`;
const COMMENTS_SELECTOR = '[class*="comment"], [id*="comment"]';

describe('containers tested on an element and its ancestors', () => {
  const $ = load(PAGE);
  const elements = $('*')
    .toArray()
    .filter((node): node is Element => isTag(node));
  it('agrees with closest() on every element', () => {
    for (const [test, selector] of [
      [isOtherPiece, OTHER_PIECES],
      [isElsewhere, ELSEWHERE_SELECTOR],
      [isComments, COMMENTS_SELECTOR],
    ] as const) {
      for (const el of elements) expect(within(el, test), `${selector} at <${el.name} ${JSON.stringify(el.attribs)}>`).toBe($(el).closest(selector).length > 0);
    }
  });
  it('tells the page’s own elements from the others', () => {
    const at = (selector: string) => $(selector)[0] as Element;
    expect(within(at('a[rel="author"]'), isElsewhere)).toBe(false);
    expect(within(at('footer span'), isElsewhere)).toBe(true);
    expect(within(at('footer span'), isOtherPiece)).toBe(false);
    expect(within(at('.Related a'), isElsewhere)).toBe(false);
    expect(within(at('[itemprop="author"]'), isComments)).toBe(true);
    expect(within(at('#sidebarRight'), isOtherPiece)).toBe(true);
    expect(within(at('svg text'), isOtherPiece)).toBe(true);
  });
});
