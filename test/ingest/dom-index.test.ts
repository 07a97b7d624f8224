// The element index answers as cheerio's own `$(selector)` does: the metadata readers replaced CSS
// queries with its lookups and tests (for speed, issue 16), so each is held here to the selector it
// stands for, on a hand-written page with the edge cases and on every HTML fixture of the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeCapture } from '../../pipeline/ingest/decode.ts';
import { elementsByItemprop, elementsByRel, elementsByTag, elementsWhere, hasWord } from '../../pipeline/ingest/dom-index.ts';
import { toPage } from '../../pipeline/ingest/page.ts';
import { isAuthorClassElement, isSubtitleElement } from '../../pipeline/metadata/html/index.ts';

const SUBTITLE_SELECTOR =
  '[itemprop~="alternativeHeadline"], [class~="subtitle"], [class~="sub-title"], [class~="subheadline"], [class~="standfirst"], [class~="dek"], [class~="deck"], [class~="strapline"], [class~="article-subtitle"], [class~="article__subtitle"], [class~="article-dek"]';
const AUTHOR_CLASS_SELECTOR =
  '[class~="author"], [class~="byline"], [class~="author-name"], [class~="authorname"], [class~="author_name"], [class*="article-author"], [class*="post-author"], [class*="entry-author"], [class~="autor"], [class*="author__name"], [class~="auteur"], [class~="vcard"] [class~="fn"], [class~="fn"][class~="n"]';

const load = (html: string, name = 'page.html'): CheerioAPI => toPage(decodeCapture(name, Buffer.from(html))).html!;

/** Each lookup of the index beside the selector it replaces, on one parsed page. */
function compare($: CheerioAPI): void {
  expect(elementsWhere($, isSubtitleElement)).toEqual($(SUBTITLE_SELECTOR).toArray());
  expect(elementsWhere($, isAuthorClassElement)).toEqual($(AUTHOR_CLASS_SELECTOR).toArray());
  expect(elementsByTag($, 'a').filter((el) => el.attribs.href !== undefined)).toEqual($('a[href]').toArray());
  // Asked twice: the compiled token tests are kept between lookups, so the second must answer alike.
  for (let round = 0; round < 2; round++) {
    expect(elementsByItemprop($, 'author')).toEqual($('[itemprop~="author"]').toArray());
    expect(elementsByRel($, ['a', 'link'], 'author')).toEqual($('a[rel~="author"], link[rel~="author"]').toArray());
  }
}

const EDGE_CASES = `<!doctype html><html><head><link rel="Author" href="/a"><title>t</title></head><body>
<p class="dek">one word</p><p class="  deck\tlead ">padded, tab</p><p class="Dek">other case</p><p class="dekko">longer word</p>
<h2 itemprop="headline alternativeHeadline">two itemprops</h2><h2 itemprop="alternativeheadline">other case</h2>
<div class="subtitle-wrap"><span class="x sub-title">inner</span></div>
<span class="by-article-author-box">part of a word</span><span class="post-authors">part</span><i class="AUTHOR">case</i>
<div class="vcard"><section><b class="fn">deep in a vcard</b></section></div><b class="fn">alone</b><b class="n fn">with n</b>
<b class="vcard fn">vcard on itself</b><div class="vcard-like"><b class="fn">not a vcard</b></div>
<a href="/x.pdf">pdf</a><a>no href</a><a href="">empty href</a><A HREF="/y">upper case</A>
<a rel="author external" itemprop="author">Jane</a><a rel="AUTHOR">Sam</a><span itemprop="Author">other case</span>
<script>var s = '<p class="dek">';</script></body></html>`;

describe('dom-index lookups', () => {
  it('answer as the CSS selectors they replace on the edge cases', () => {
    const $ = load(EDGE_CASES);
    compare($);
    // The page above is not trivially empty for any of them.
    expect(elementsWhere($, isSubtitleElement).length).toBe(4);
    expect(elementsWhere($, isAuthorClassElement).length).toBe(4);
  });

  it('answer as the CSS selectors on every HTML fixture of the project', () => {
    const root = join(import.meta.dirname, '..', 'fixtures');
    let pages = 0;
    for (const stage of readdirSync(root)) {
      const dir = join(root, stage);
      if (!existsSync(dir) || !readdirSync(dir, { withFileTypes: true }).some((entry) => entry.isDirectory())) continue;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const source = join(dir, entry.name, 'source.html');
        if (!entry.isDirectory() || !existsSync(source)) continue;
        compare(toPage(decodeCapture('source.html', readFileSync(source))).html!);
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(50);
  });

  it('hasWord reads whitespace-separated words with case', () => {
    const words = new Set(['dek']);
    expect(hasWord(undefined, words)).toBe(false);
    expect(hasWord('a\n dek', words)).toBe(true);
    expect(hasWord('Dek', words)).toBe(false);
    expect(hasWord('deck dek-x', words)).toBe(false);
  });

  it('hasWord takes an empty word for no word (a split of the value never yields one) and returns', () => {
    expect(hasWord('a  b', new Set(['']))).toBe(false);
    expect(hasWord('a  dek', new Set(['', 'dek']))).toBe(true);
  });

  it('hasWord finds a word only as a whole run between white space, wherever else it occurs in the value', () => {
    const words = new Set(['sub-title', 'dek', 'n']);
    // The word inside longer words first, then whole: every occurrence is tried, not only the first.
    expect(hasWord('sub-titles xdek dekx sub-title', words)).toBe(true);
    expect(hasWord('sub-titles xdek dekx no-n n-o', words)).toBe(false);
    // JavaScript's white space beyond the ASCII kinds separates words too (no-break, ideographic, BOM).
    expect(hasWord('card\u00a0dek', words)).toBe(true);
    expect(hasWord('card\u3000n', words)).toBe(true);
    expect(hasWord('\ufeffdek', words)).toBe(true);
    // A joiner is no white space.
    expect(hasWord('card\u200bdek', words)).toBe(false);
    expect(hasWord('', words)).toBe(false);
  });
});
