// Main text is never silently empty (issue 14): when the container the paragraphs vote for holds
// little of the page's text, the cleaner tries the other ways, records which one won on the
// document (extraction.method), and a page where no way finds anything carries the warning
// no_main_text with the reason. Cases are the folders of test/fixtures/main-text/, one per failure
// class, written by hand: source.html or source.txt, the expected clean text (expected.txt) and the
// expected extraction (expected.json, with the title where the case is about it). Also the defects
// of real pages: footnote markers and reference lists, markup and entities left in dumps and in a
// JSON-LD articleBody, a hard-wrapped East Asian paragraph.
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../pipeline/clean/html/stats.ts';
import { segment } from '../../pipeline/clean/html/segment.ts';
import { classifyParagraphs } from '../../pipeline/clean/html/classify.ts';
import { stopwordLanguage, words } from '../../pipeline/clean/stopwords.ts';
import type { Element } from 'domhandler';
import { stageCases } from '../fixture-cases.ts';
import { processFixture } from '../helpers.ts';

interface Expected {
  about: string;
  /** extraction.method on the document. */
  method: string;
  /** What extraction.reason must match: why the first way was not kept, in words; null when the first way held. */
  reason_matches: string | null;
  /** Whether the document carries the warning no_main_text. */
  no_main_text: boolean;
  /** The document's title, where the case is about how it is read (entities decoded). */
  title?: string;
}

describe('main text: the next way when the container holds little of the page', () => {
  for (const fixture of stageCases('main-text')) {
    const expected = fixture.json<Expected>('expected.json');
    it(`${fixture.name}: ${expected.method} gives the expected text, recorded on the document (${expected.about})`, () => {
      // The HTML when the case has it, else the text dump (the dump cases of issue 14's defects).
      const { document } = processFixture(fixture.path(fixture.sources[0]!));
      expect(document.text).toBe(fixture.text('expected.txt').trim());
      expect(document.extraction.method).toBe(expected.method);
      if (expected.reason_matches === null) expect(document.extraction.reason).toBeNull();
      else expect(document.extraction.reason).toMatch(new RegExp(expected.reason_matches));
      expect(document.warnings.includes('no_main_text')).toBe(expected.no_main_text);
      if (expected.title !== undefined) expect(document.title).toBe(expected.title);
    });
  }

  it('a page the container reads well keeps the container, with no reason', () => {
    const { document } = processFixture('html/article/source.html');
    expect(document.extraction).toEqual({ method: 'container', reason: null });
  });
});

describe('paragraph classifier (jusText-style)', () => {
  const page = (body: string) => {
    const $ = cheerio.load(`<html><body>${body}</body></html>`);
    const root = $('body').get(0) as Element;
    const stats = computeStats(root);
    return segment(root, { roots: new Set([root]), stats });
  };
  // Paragraphs over 200 characters: jusText's length for a paragraph that is good on its own.
  const prose = [
    'The committee met on Tuesday and agreed that the new library would open in the spring, after the builders have finished the roof and the shelves have been delivered to the site by the two firms that won the contract.',
    'It was the first time in ten years that the town had built a public building of this size, and the members said they were proud of the way the project had been run from the first drawings to the last.',
  ];

  it('keeps long paragraphs dense in function words and drops link lists and keyword strings', () => {
    const segments = page(
      `<ul><li><a href="/a">Home</a></li><li><a href="/b">News</a></li><li><a href="/c">Sport</a></li></ul>` +
        `<p>${prose[0]}</p><p>${prose[1]}</p>` +
        `<p>Library Town Council Roof Shelves Builders Spring Opening Project Building Members Committee Tuesday Public Size</p>` +
        `<p><a href="/x">Read more about the committee and its members on the page of the council</a> and <a href="/y">elsewhere on this site</a></p>`,
    );
    const verdicts = classifyParagraphs(segments);
    const kept = segments.filter((_, i) => verdicts[i].kept).map((s) => s.text);
    expect(kept).toEqual(prose);
    const dropped = segments.filter((_, i) => !verdicts[i].kept);
    expect(dropped.map((s) => s.text.slice(0, 7))).toEqual(['Home\nNe', 'Library', 'Read mo'].map((t) => t.slice(0, 7)));
  });

  it('a short line between two good paragraphs is kept; the same line between chrome is dropped', () => {
    const between = page(`<p>${prose[0]}</p><p>The vote was close.</p><p>${prose[1]}</p>`);
    expect(classifyParagraphs(between).map((v) => v.kept)).toEqual([true, true, true]);
    const alone = page(`<p><a href="/1">Home</a> <a href="/2">Contact</a></p><p>The vote was close.</p><p><a href="/3">Imprint</a></p>`);
    expect(classifyParagraphs(alone).map((v) => v.kept)).toEqual([false, false, false]);
  });

  it('reads the page language from its function words (German here) and judges by that list', () => {
    const german =
      'Die Stadt hat in diesen Wochen die ersten beiden Abschnitte des neuen Radwegs am Stadtpark fertiggestellt, und bis zum Herbst sollen die übrigen drei folgen, wenn das Wetter es zulässt und die Firmen mit der Arbeit nachkommen.';
    expect(stopwordLanguage(words(german))).toBe('de');
    expect(stopwordLanguage(words(prose.join(' ')))).toBe('en');
    // Words both Spanish and Portuguese lists hold count for both; a tie goes to the list first in
    // the lexicon's order, and one word only Portuguese has breaks it.
    expect(stopwordLanguage(words('que de para sobre entre como'))).toBe('es');
    expect(stopwordLanguage(words('que de para sobre entre como não'))).toBe('pt');
    // Under one word in twenty from any list: no language.
    expect(stopwordLanguage(words(`the ${'Zyxw '.repeat(20)}`))).toBeNull();
    expect(stopwordLanguage([])).toBeNull();
    const segments = page(`<div>${german}</div><div>Impressum Datenschutz Kontakt Newsletter Presse Stellenangebote Formulare Downloads</div>`);
    expect(classifyParagraphs(segments).map((v) => v.kept)).toEqual([true, false]);
  });
});
