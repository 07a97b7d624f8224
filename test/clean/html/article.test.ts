// End to end on a realistic article page: the clean text holds every article paragraph whole and
// none of the page's chrome; the metadata is read from JSON-LD, Open Graph and the DOM.
import { describe, expect, it } from 'vitest';
import { processFixture } from '../../helpers.ts';

const { document, cleaned } = processFixture('html/article/source.html');

const PARAGRAPHS = [
  "Algeria and Russia signed a new framework agreement on military-technical cooperation in Algiers on Monday, extending a partnership that has supplied most of the Algerian army's equipment since independence.",
  'According to officials quoted by the state news agency, the agreement covers the delivery of air-defence systems, the training of officers in Russian academies and the joint maintenance of aircraft already in service.',
  'Algeria has been one of the largest buyers of Russian weapons in Africa for two decades, and the two governments describe their relationship as a strategic partnership.',
  '"Our cooperation rests on mutual trust and will continue to grow," the Algerian defence minister said after the signing ceremony.',
  'Analysts note that the deal comes as Algiers also seeks to diversify its suppliers, with recent purchases from China and talks with European manufacturers.',
  'Neither side disclosed the value of the contracts, which diplomats expect to be finalised before the end of the year.',
];

const CHROME = [
  'We use cookies',
  'Accept all',
  'Privacy policy',
  'Sign in',
  'Politics',
  'Economy',
  'Share this article',
  'Facebook',
  'Related posts',
  "Algeria's gas exports to Europe",
  'Moscow hosts African defence ministers',
  '2 comments',
  'This agreement was expected for months',
  'Leave a Reply',
  'Your email address will not be published',
  'Newsletter',
  'Oil prices climb',
  'All rights reserved',
  'Follow us',
  'Tags:',
  'By Leila Benali',
  '12 March 2024',
];

describe('HTML article page: clean text', () => {
  it('keeps every article paragraph whole, one per block, blank line between', () => {
    for (const paragraph of PARAGRAPHS) expect(document.text.split('\n\n')).toContain(paragraph);
  });

  it("keeps the subheading and the list, and drops the short figure caption (the picture's label)", () => {
    expect(document.text).toContain('A long partnership');
    expect(document.text).toContain('Officer training in Russian academies');
    expect(document.text).not.toContain('The signing ceremony in Algiers on Monday.');
  });

  it('drops the chrome', () => {
    for (const chrome of CHROME) expect(document.text).not.toContain(chrome);
  });

  it('does not repeat the title as text and starts with the first paragraph', () => {
    expect(document.text.startsWith(PARAGRAPHS[0])).toBe(true);
    expect(document.text).not.toContain('renew their arms pact');
    expect(cleaned.blocks.find((block) => block.kind === 'title')?.text).toBe('Algiers and Moscow renew their arms pact');
  });

  it('gives every dropped block a reason and keeps blocks in document order', () => {
    for (const block of cleaned.blocks) {
      if (!block.kept) expect(block.reason).toBeTruthy();
    }
    const kinds = cleaned.blocks.filter((b) => !b.kept).map((b) => b.kind);
    expect(kinds).toEqual(expect.arrayContaining(['cookie', 'menu', 'share', 'related', 'comment', 'footer', 'byline']));
    const texts = cleaned.blocks.map((b) => b.text);
    expect(texts.findIndex((t) => t.startsWith('We use cookies'))).toBeLessThan(texts.findIndex((t) => t.startsWith('Algeria and Russia signed')));
    expect(texts.findIndex((t) => t.startsWith('Neither side'))).toBeLessThan(texts.findIndex((t) => t.startsWith('Related posts')));
  });

  it('writes markdown with the heading, quote and list marked up', () => {
    expect(document.markdown).toContain('## A long partnership');
    expect(document.markdown).toContain('> "Our cooperation rests on mutual trust');
    expect(document.markdown).toContain('- Air-defence systems and radars');
  });
});

describe('HTML article page: metadata', () => {
  it('reads the fields the page states, with their sources', () => {
    expect(document.title).toBe('Algiers and Moscow renew their arms pact');
    expect(document.authors).toEqual([
      { name: 'Leila Benali', type: 'person' },
      { name: 'Pavel Orlov', type: 'person' },
    ]);
    expect(document.published).toBe('2024-03-12T08:30:00+01:00');
    expect(document.updated).toBe('2024-03-13T10:05:00+01:00');
    expect(document.site_name).toBe('The Maghreb Ledger');
    expect(document.publisher).toBe('Ledger Media Group');
    expect(document.url).toBe('https://maghreb-ledger.example/defence/2024/03/algiers-moscow-arms-pact');
    expect(document.sections).toEqual(['Defence', 'North Africa']);
    expect(document.breadcrumb).toEqual(['Home', 'Defence']);
    expect(document.tags).toEqual(['Algeria', 'Russia']);
    expect(document.keywords).toEqual(['Algeria', 'Russia', 'arms trade']);
    expect(document.language).toBe('en');
    expect(document.genre).toBe('news');
    expect(document.license).toBe('https://creativecommons.org/licenses/by-nc/4.0/');
    expect(document.reading_time_minutes).toBe(4);
    expect(document.captured_not_before).toBe('2024-03-13');
    expect(document.provenance).toMatchObject({
      title: 'json-ld',
      authors: 'json-ld',
      published: 'meta:article:published_time',
      site_name: 'meta:og:site_name',
    });
  });

  it('does not take the og:description teaser for an abstract, nor invent what the page does not say', () => {
    expect(document.abstract).toBeNull();
    expect(document.doi).toBeNull();
    expect(document.journal).toBeNull();
    expect(document.pages).toBeNull();
    expect(document.subtitle).toBeNull();
  });
});
