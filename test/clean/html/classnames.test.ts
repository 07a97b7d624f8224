// How class and id names are read: utility CSS classes and CSS-modules hashes name no region, hyphenated names read as one
// word, "more" alone (a "Learn more" link, a "more-features" section) is not a teaser list, and an
// image widget inside the article, or the caption a gallery shows beside it, is one of its figures;
// charts' labels and players' controls are not article text.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { classTokens } from '../../../pipeline/clean/html/dom.ts';
import { chromeSignal } from '../../../pipeline/clean/html/signals.ts';
import { cleanHtml } from '../../../pipeline/clean/html/index.ts';
import { decodeCapture } from '../../../pipeline/ingest/decode.ts';
import { toPage } from '../../../pipeline/ingest/page.ts';

const clean = (html: string) => {
  const page = toPage(decodeCapture('page.html', Buffer.from(html)));
  return cleanHtml(page.html!, page.jsonLd);
};
const div = (attrs: string): Element => parseDocument(`<div ${attrs}></div>`).children[0] as Element;

describe('class names', () => {
  it('skips utility classes and size-limited hiding', () => {
    expect(classTokens(div('class="mt-35 pb-35 border-top border-bottom"'))).toEqual([]);
    expect(classTokens(div('class="Pos(r) hide@tp- md:hidden h-[64px] story-body"'))).toEqual(['story', 'body']);
    expect(classTokens(div('class="hidden-xs hidden-sm"'))).toEqual([]);
    expect(classTokens(div('class="hidden md:flex"'))).toEqual([]);
    expect(classTokens(div('class="hidden"'))).toEqual(['hidden']);
    expect(classTokens(div('class="site-footer" id="pageBottom"'))).toEqual(['site', 'footer', 'page', 'bottom']);
  });

  it("drops a CSS-modules name's hash suffix, keeps a BEM element", () => {
    // "2pNav" and "EsDZM" are content hashes: read as words they gave "nav" (a menu) and noise.
    expect(classTokens(div('class="BasePageLayout_Main__2pNav"'))).toEqual(['base', 'page', 'layout', 'main']);
    expect(classTokens(div('class="PageSection_IsPadded__EsDZM"'))).toEqual(['page', 'section', 'is', 'padded']);
    expect(chromeSignal(div('class="BasePageLayout_Main__2pNav"'))).toBeNull();
    // A BEM element is a word, and a lower-case one after "__" stays ("post__title", "site__footer").
    expect(classTokens(div('class="site_wrap__footer"'))).toEqual(['site', 'wrap', 'footer']);
    expect(classTokens(div('class="post__title"'))).toEqual(['post', 'title']);
  });

  it('answers from the class/id string alone, whatever element asked first (the words and the class verdict are kept per string)', () => {
    const el = (html: string): Element => parseDocument(html).children[0] as Element;
    // The same class string on a share bar and on a quoted post: the quotation's exception is the
    // element's, so a blockquote asking first must not clear the <div>, nor the <div> mark the quote.
    expect(chromeSignal(el('<blockquote class="twitter-share"></blockquote>'))).toBeNull();
    expect(chromeSignal(el('<div class="twitter-share"></div>'))?.kind).toBe('share');
    expect(chromeSignal(el('<blockquote class="twitter-share"></blockquote>'))).toBeNull();
    // Class words count on blocks, links and spans only: an <em> with a chrome class is no chrome,
    // before or after a <div> with the same class was read.
    expect(chromeSignal(el('<em class="share-bar"></em>'))).toBeNull();
    expect(chromeSignal(el('<div class="share-bar"></div>'))?.kind).toBe('share');
    expect(chromeSignal(el('<em class="share-bar"></em>'))).toBeNull();
    // A class alone, an id alone and both are read alike, one-letter names included.
    expect(classTokens(div('class="a"'))).toEqual(['a']);
    expect(classTokens(div('id="a"'))).toEqual(['a']);
    expect(classTokens(div('class="" id=""'))).toEqual([]);
    expect(classTokens(div('class="menu" id="main"'))).toEqual(['menu', 'main']);
    expect(classTokens(div('class="menu main"'))).toEqual(['menu', 'main']);
  });

  it('reads hyphenated chrome names as one word, and "more" alone as nothing', () => {
    expect(chromeSignal(div('class="more-stories"'))?.kind).toBe('related');
    expect(chromeSignal(div('class="read-more"'))?.kind).toBe('related');
    expect(chromeSignal(div('class="most-read"'))?.kind).toBe('related');
    expect(chromeSignal(div('class="more-features"'))).toBeNull();
    expect(chromeSignal(div('class="more"'))).toBeNull();
    expect(chromeSignal(div('class="border-bottom"'))).toBeNull();
  });

  it('keeps a product page\'s feature sections whose class says "more"', () => {
    const feature = (n: number) =>
      `<li class="feature"><h2>Tool ${n}</h2><p>Tool ${n} lets you examine the layout of any page and modify it in place while you work.</p><a class="more" href="/t${n}">Learn more about tool ${n}</a></li>`;
    const { text } = clean(`<html><body><main><section class="intro"><h1>Welcome</h1><ul class="features">${feature(1)}${feature(2)}</ul>
      <div class="notice"><h4>Important</h4><p>This edition comes with a new profile, so you can run it alongside other versions, and keep your bookmarks, history and more in sync.</p></div></section>
      <section class="more-features"><ul class="features">${feature(3)}${feature(4)}${feature(5)}</ul></section></main>
      <section class="more-stories"><ul><li><a href="/a">A headline elsewhere on the site</a></li><li><a href="/b">Another headline elsewhere</a></li></ul></section></body></html>`);
    expect(text).toContain('Tool 4 lets you examine');
    expect(text).toContain('Tool 1 lets you examine');
    expect(text).not.toContain('headline elsewhere');
  });

  it("keeps an image widget's caption inside the article, drops a text widget and a gallery", () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story, long enough and with commas, clauses, and detail to read as the article's prose.</p>`;
    const { text } = clean(`<html><body><div class="story">${para(1)}${para(2)}
      <div class="embed-widget-wrapper type-image"><img src="/a.jpg" alt=""><div class="caption">Towels should be cleaned between stays</div></div>
      ${para(3)}<div class="widget"><p>Sign up to hear about our offers.</p></div>
      <div class="gallery"><img src="/b.jpg"><p>1 of 24</p><p>Another slide's caption</p></div>${para(4)}</div></body></html>`);
    expect(text).toContain('Towels should be cleaned between stays');
    expect(text).not.toContain('Sign up');
    expect(text).not.toContain('1 of 24');
  });

  it("keeps the shown slide's caption a gallery names, not the slides' own chrome", () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story, long enough and with commas, clauses, and detail to read as the article's prose.</p>`;
    const caption = 'In this photo the rocket booster with the cargo ship is installed on a launch pad, days before the launch (photo via the agency)';
    const { text } =
      clean(`<html><body><article><div class="lead"><div class="slideshow-carousel"><ul><li><figure><img src="/a.jpg"></figure><p>1 of 5</p></li></ul></div>
      <div class="caption-box"><h2 class="slideshow-headline">${caption}</h2></div></div>
      <div class="body">${para(1)}${para(2)}${para(3)}</div></article></body></html>`);
    expect(text).toContain(caption);
    expect(text).not.toContain('1 of 5');
  });

  it('drops the axis labels of a chart exported with ai2html', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story, long enough and with commas, clauses, and detail to read as the article's prose.</p>`;
    const { text } = clean(
      `<html><body><article>${para(1)}<div class="ai2html"><div class="g-artboard"><p>$915 billion</p><p>’17</p><p>’18</p></div></div>${para(2)}${para(3)}</article></body></html>`,
    );
    expect(text).toContain('Paragraph 2');
    expect(text).not.toContain('$915');
  });

  it("drops a media player's control labels inside the article", () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story, long enough and with commas, clauses, and detail to read as the article's prose.</p>`;
    const { text } = clean(
      `<html><body><article>${para(1)}<div id="video-player"><div class="settings"><div>Video Quality</div><div>High (HD)</div><div>Captions will look like this</div></div></div>${para(2)}${para(3)}</article></body></html>`,
    );
    expect(text).toContain('Paragraph 2');
    expect(text).not.toContain('Captions will look like this');
  });

  it('keeps an embedded post the article quotes, drops a share bar', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the post, long enough and with commas, clauses, and detail to read as the article's prose.</p>`;
    const { text } =
      clean(`<html><body><div class="post">${para(1)}<blockquote class="twitter-tweet"><p>Drinking game for web devs: think of a noun and search for it</p>— Someone (@someone) August 22, 2013</blockquote>
      ${para(2)}<div class="share-twitter"><p>Share on Twitter</p></div>${para(3)}</div></body></html>`);
    expect(text).toContain('Drinking game for web devs');
    expect(text).not.toContain('Share on Twitter');
  });

  it('reads "bottom" as a styled side wherever a style word stands in the same class name, before or after it', () => {
    for (const name of [
      'uk-margin-small-bottom',
      'uk-margin-remove-bottom',
      'spacing-xl-bottom',
      'bottom-margin',
      'bottomSpacing',
      'block-bottom-margin',
      'marg-bottom',
      'm-bottom-3',
    ])
      expect(classTokens(div(`class="${name}"`)), name).not.toContain('bottom');
    expect(classTokens(div('class="pageBottom"'))).toContain('bottom');
    expect(classTokens(div('class="bottom-bar"'))).toContain('bottom');
    const para = (n: number) => `<p>Paragraph ${n} of the story, long enough and with commas, clauses, and detail to read as the article's prose.</p>`;
    const { text } = clean(
      `<html><body><div class="uk-margin-medium-bottom">${para(1)}${para(2)}</div><div class="text bottom-margin">${para(3)}${para(4)}</div></body></html>`,
    );
    expect(text).toContain('Paragraph 1');
    expect(text).toContain('Paragraph 4');
  });

  it("reads no class on an article's description (itemprop, as a list), but its role and tag, and any other item's description", () => {
    const article = (inner: string) => parseDocument(`<div itemscope itemtype="https://schema.org/NewsArticle">${inner}</div>`);
    const first = (inner: string) => (article(inner).children[0] as Element).children[0] as Element;
    expect(chromeSignal(first('<div class="teaser-text" itemprop="description name"></div>'))).toBeNull();
    expect(chromeSignal(first('<aside class="sidebar-about" itemprop="description"></aside>'))).not.toBeNull();
    expect(chromeSignal(first('<div role="complementary" itemprop="description"></div>'))).not.toBeNull();
    expect(chromeSignal(first('<nav itemprop="description"></nav>'))).not.toBeNull();
    const brand = parseDocument('<div itemscope itemtype="https://schema.org/Brand"><div class="teaser-text" itemprop="description"></div></div>');
    expect(chromeSignal((brand.children[0] as Element).children[0] as Element)).not.toBeNull();
    expect(chromeSignal(div('class="teaser-text" itemprop="description"'))).not.toBeNull();
  });
});
