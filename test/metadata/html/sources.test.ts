// One small page per metadata source (JSON-LD @graph, citation_*, Open Graph, microdata,
// <time datetime>, Dublin Core, DOM byline): each field read from it, with its provenance.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../pipeline/clean/html/index.ts';
import { decodeCapture } from '../../../pipeline/ingest/decode.ts';
import { toPage } from '../../../pipeline/ingest/page.ts';
import { htmlMetadata } from '../../../pipeline/metadata/html/index.ts';

const BODY = Array.from(
  { length: 3 },
  (_, i) => `<p>Paragraph ${i + 1} of the article, long enough to read as prose, with commas, clauses, and detail.</p>`,
).join('');

function metadataOf(head: string, body = `<article>${BODY}</article>`, lang = '') {
  const page = toPage(decodeCapture('page.html', Buffer.from(`<html${lang}><head>${head}</head><body>${body}</body></html>`)));
  return htmlMetadata(page.html!, page.jsonLd, cleanHtml(page.html!, page.jsonLd));
}

describe('htmlMetadata sources', () => {
  it('JSON-LD with named and out-of-range numeric entities: decoded, never thrown', () => {
    const { fields } = metadataOf(`<script type="application/ld+json">{"@type":"NewsArticle",
      "headline":"Caf&eacute; diplomacy &hellip; Algeria&rsquo;s &#x110000;choice &#99999999;","datePublished":"2023-11-02",
      "author":{"@type":"Person","name":"Ren&eacute;e Dupont"}}</script>`);
    expect(fields.title).toBe('Café diplomacy … Algeria’s \uFFFDchoice \uFFFD');
    expect(fields.authors).toEqual([{ name: 'Renée Dupont', type: 'person' }]);
  });

  it('an element the template marks as the author by its class, when nothing else names one; not in a teaser', () => {
    const { fields, provenance } = metadataOf(
      '',
      `<div class="related"><a href="/b">Another piece on the region and its markets</a><span class="author">Teaser Writer</span></div><article><h1>A report</h1>${BODY}<p>Reported and written for the weekend edition.</p><span class='author vcard'>Ronja Muster</span></article>`,
    );
    expect(fields.authors).toEqual([{ name: 'Ronja Muster', type: 'person' }]);
    expect(provenance.authors).toBe('dom:author-class');
  });

  it("an author element's date label of any lexicon language, with its date, is not part of the name", () => {
    for (const [caption, name] of [
      ['Jane Doe Stand: 05. Februar 2020', 'Jane Doe'],
      ['Jean Dupont Mis à jour le 3 mai 2020', 'Jean Dupont'],
      ['Jane Doe Last updated: May 3, 2020', 'Jane Doe'],
    ]) {
      const { fields } = metadataOf('', `<article><h1>A report</h1>${BODY}<span class="author">${caption}</span></article>`);
      expect(fields.authors, caption).toEqual([{ name, type: 'person' }]);
    }
  });

  it('JSON-LD @graph with a broken trailing comma', () => {
    const { fields, provenance } = metadataOf(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebPage","name":"Page"},
      {"@type":["OpinionNewsArticle"],"headline":"Why the pact matters &amp; what comes next","datePublished":"2023-11-02",
       "author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Daily Example"},
       "articleSection":"Opinion","keywords":["Algeria","Russia"],"license":"https://creativecommons.org/licenses/by/4.0/",},
      {"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":{"name":"News"}},{"@type":"ListItem","position":2,"name":"Opinion"}]}
    ]}</script>`);
    expect(fields.title).toBe('Why the pact matters & what comes next');
    expect(fields.authors).toEqual([{ name: 'Jane Doe', type: 'person' }]);
    expect(fields.published).toBe('2023-11-02');
    expect(fields.publisher).toBe('Daily Example');
    expect(fields.sections).toEqual(['Opinion']);
    expect(fields.keywords).toEqual(['Algeria', 'Russia']);
    expect(fields.breadcrumb).toEqual(['News', 'Opinion']);
    expect(fields.genre).toBe('commentary');
    expect(fields.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(provenance.title).toBe('json-ld');
  });

  it('JSON-LD organisation author', () => {
    const { fields } = metadataOf(
      `<script type="application/ld+json">[{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Reuters"}}]</script>`,
    );
    expect(fields.authors).toEqual([{ name: 'Reuters', type: 'organization' }]);
  });

  it('citation_* (Highwire) tags of a journal article', () => {
    const { fields, provenance } = metadataOf(`
      <meta name="citation_title" content="Some aspects of military cooperation">
      <meta name="citation_author" content="Gasparyan, Aram"><meta name="citation_author" content="Jane Roe">
      <meta name="citation_publication_date" content="2023/06/15">
      <meta name="citation_journal_title" content="Journal of Example Studies">
      <meta name="citation_volume" content="12"><meta name="citation_issue" content="1">
      <meta name="citation_firstpage" content="51"><meta name="citation_lastpage" content="63">
      <meta name="citation_doi" content="10.1234/jes.2023.051">
      <meta name="citation_abstract" content="The article examines the military cooperation between two states.">
      <meta name="citation_keywords" content="Algeria; Russia; arms">
      <meta name="citation_pdf_url" content="https://journal.example/article.pdf">`);
    expect(fields.title).toBe('Some aspects of military cooperation');
    expect(fields.authors).toEqual([
      { name: 'Aram Gasparyan', type: 'person' },
      { name: 'Jane Roe', type: 'person' },
    ]);
    expect(fields.published).toBe('2023-06-15');
    expect(fields.journal).toBe('Journal of Example Studies');
    expect(fields.volume).toBe('12');
    expect(fields.issue).toBe('1');
    expect(fields.pages).toEqual({ first: 51, last: 63 });
    expect(fields.doi).toBe('10.1234/jes.2023.051');
    expect(fields.abstract).toBe('The article examines the military cooperation between two states.');
    expect(fields.keywords).toEqual(['Algeria', 'Russia', 'arms']);
    expect(fields.genre).toBe('journal-article');
    expect(fields.attachments).toEqual([{ label: 'PDF', size_text: null, url: 'https://journal.example/article.pdf' }]);
    expect(provenance.title).toBe('meta:citation_title');
  });

  it('Open Graph and article:* tags, title suffix stripped against og:site_name', () => {
    const { fields, provenance } = metadataOf(`
      <title>Gas deal signed in Algiers – Example Times</title>
      <meta property="og:site_name" content="Example Times">
      <meta property="og:title" content="Gas deal signed in Algiers - Example Times">
      <meta property="og:description" content="A teaser, not an abstract.">
      <meta property="og:url" content="https://example.com/gas-deal">
      <meta property="og:locale" content="fr_FR">
      <meta property="article:published_time" content="2024-09-14T00:58:00Z">
      <meta property="article:section" content="Economy">
      <meta property="article:tag" content="energy"><meta property="article:tag" content="gas">`);
    expect(fields.title).toBe('Gas deal signed in Algiers');
    expect(fields.site_name).toBe('Example Times');
    expect(fields.url).toBe('https://example.com/gas-deal');
    expect(fields.language).toBe('fr');
    expect(fields.published).toBe('2024-09-14T00:58:00Z');
    expect(fields.sections).toEqual(['Economy']);
    expect(fields.tags).toEqual(['energy', 'gas']);
    expect(fields.abstract).toBeNull();
    expect(provenance.published).toBe('meta:article:published_time');
  });

  it('microdata itemprops', () => {
    const { fields, provenance } = metadataOf(
      '<title>Page</title>',
      `<div itemscope itemtype="https://schema.org/Article">
      <h1 itemprop="headline">Microdata headline</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Amina Khelil</span></span>
      <meta itemprop="datePublished" content="2022-05-01">
      <div itemprop="articleBody">${BODY}</div></div>`,
    );
    expect(fields.title).toBe('Microdata headline');
    expect(fields.authors).toEqual([{ name: 'Amina Khelil', type: 'person' }]);
    expect(fields.published).toBe('2022-05-01');
    expect(provenance.authors).toBe('microdata:author');
  });

  it('<time datetime>, <html lang>, a DOM byline and rel=author', () => {
    const { fields, provenance } = metadataOf(
      '<title>Plain page</title>',
      `<article><h1>Plain page</h1><p class="byline">By John Roe and Mary Major</p>
      <time datetime="2021-02-03T10:00+01:00">3 February 2021</time>${BODY}</article>`,
      ' lang="en-US"',
    );
    expect(fields.published).toBe('2021-02-03T10:00+01:00');
    expect(provenance.published).toBe('dom:time');
    expect(fields.authors).toEqual([
      { name: 'John Roe', type: 'person' },
      { name: 'Mary Major', type: 'person' },
    ]);
    expect(provenance.authors).toBe('dom:byline');
    expect(fields.language).toBe('en');
    expect(fields.title).toBe('Plain page');
  });

  it('Dublin Core tags', () => {
    const { fields } = metadataOf(`<meta name="DC.title" content="Report on arms transfers"><meta name="DC.creator" content="Institute Staff">
      <meta name="DC.date" content="2020-01"><meta name="DC.language" content="ru">`);
    expect(fields.title).toBe('Report on arms transfers');
    expect(fields.published).toBe('2020-01');
    expect(fields.language).toBe('ru');
  });

  it('states nothing it was not told', () => {
    const { fields } = metadataOf('', `<div>${BODY}</div>`);
    expect(fields.title).toBeNull();
    expect(fields.authors).toEqual([]);
    expect(fields.published).toBeNull();
    expect(fields.site_name).toBeNull();
    expect(fields.genre).toBeNull();
    expect(fields.captured_not_before).toBeNull();
  });
});
