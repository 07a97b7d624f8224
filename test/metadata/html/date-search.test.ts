// The publication date where a page's metadata and article head state none: the URL's day, the
// elements a template marks as dates, then the first full date in its lines, each with its source.
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../pipeline/clean/html/index.ts';
import { decodeCapture } from '../../../pipeline/ingest/decode.ts';
import { toPage } from '../../../pipeline/ingest/page.ts';
import { urlDate } from '../../../pipeline/metadata/html/date-search.ts';
import { htmlMetadata } from '../../../pipeline/metadata/html/index.ts';

const PROSE = Array.from(
  { length: 3 },
  (_, i) => `<p>Paragraph ${i + 1} of the report, long enough to read as prose, with commas, clauses, and detail.</p>`,
).join('');

function metadataOf(html: string, context = {}) {
  const page = toPage(decodeCapture('page.html', Buffer.from(html)));
  return htmlMetadata(page.html!, page.jsonLd, cleanHtml(page.html!, page.jsonLd), context);
}

function published(html: string, context = {}) {
  const { fields, provenance } = metadataOf(html, context);
  return { value: fields.published, source: provenance.published ?? null };
}

describe('urlDate', () => {
  it('reads a day from the path, year first, in parts or compact', () => {
    expect(urlDate('https://example.org/2019/08/02/a-story/')).toBe('2019-08-02');
    expect(urlDate('https://example.org/news/2020-01-13-title.html')).toBe('2020-01-13');
    expect(urlDate('https://example.org/Meldung/2022/20220124-foerderung.html')).toBe('2022-01-24');
  });
  it('reads a day-first day from the path only when it cannot be month first', () => {
    expect(urlDate('https://example.org/news/29-10-2021')).toBe('2021-10-29');
    expect(urlDate('https://example.org/news/05-10-2021')).toBeNull();
  });
  it('ignores months alone, impossible days, numbers that are ids, query strings and hosts', () => {
    expect(urlDate('https://example.org/2019/08/a-story/')).toBeNull();
    expect(urlDate('https://example.org/2019/02/30/a-story/')).toBeNull();
    expect(urlDate('https://example.org/articles/123456789/')).toBeNull();
    expect(urlDate('https://example.org/a?date=2019-08-02')).toBeNull();
    expect(urlDate('https://20190802.example.org/a')).toBeNull();
    expect(urlDate(null)).toBeNull();
  });
});

describe('publication date search', () => {
  it('takes the canonical URL’s day when the page states none', () => {
    const found = published(
      `<html lang="en"><head><link rel="canonical" href="https://example.org/blog/2020/01/13/a-journey/"></head><body><article><h1>A journey</h1>${PROSE}</article></body></html>`,
    );
    expect(found).toEqual({ value: '2020-01-13', source: 'url' });
  });

  it('reads an element the template marks as a date, in the page’s language and order', () => {
    const found = published(
      `<html lang="de"><body><article><h1>Ein Bericht</h1>${PROSE}</article><footer><span class="news-date">12.12.2022</span></footer></body></html>`,
    );
    expect(found).toEqual({ value: '2022-12-12', source: 'dom:date-element' });
  });

  it('reads a date element’s machine-readable attribute before its text', () => {
    const found = published(
      `<html lang="en"><body><article><h1>A report</h1><abbr class="published" title="2017-09-09T10:52:00+02:00">10:52</abbr>${PROSE}</article></body></html>`,
    );
    expect(found.value).toBe('2017-09-09T10:52:00+02:00');
  });

  it('falls back to the first full date in the page’s lines, and to none before 1995 or after the capture', () => {
    expect(
      published(
        `<html lang="en"><body><article><h1>A report</h1>${PROSE}<p>The council met again in the spring, and its minutes of 3 August 2015 record the vote, the objections raised, and the amendments.</p></article></body></html>`,
      ),
    ).toEqual({ value: '2015-08-03', source: 'text:first-date' });
    expect(
      published(
        `<html lang="en"><body><article><h1>A history</h1>${PROSE}<p>The council met again in the spring, and the treaty it recalled, signed on 3 August 1962, was read out with its amendments.</p></article></body></html>`,
      ).value,
    ).toBeNull();
    const later = `<html lang="en"><body><article><h1>A report</h1>${PROSE}<p>The council met again in the spring, and the summit it prepared, due on 3 August 2031, was discussed with its agenda.</p></article></body></html>`;
    expect(published(later, { capturedAt: '2024-05-01T00:00:00Z' }).value).toBeNull();
    expect(published(later).value).toBe('2031-08-03');
  });

  it('reads dates in the language the text reads in when the declared one finds none', () => {
    const german =
      'Die Stadtverwaltung hat am Montag die neuen Pläne für den Ausbau der Straßenbahn vorgestellt, die bis zum Ende des Jahrzehnts umgesetzt werden sollen.';
    const found = published(
      `<html lang="en"><body><article><h1>Ein Bericht</h1><p>Wiesbaden, 11. März 2021</p>${`<p>${german}</p>`.repeat(3)}</article></body></html>`,
      { detectLanguage: () => 'de' },
    );
    // The line "Wiesbaden, 11. März 2021" stands on its own: the cleaner sets it aside as a date line.
    expect(found).toEqual({ value: '2021-03-11', source: 'text:dateline' });
  });

  it('takes a <time> from the <article> holding the headline, not from teasers before it', () => {
    const teaser = (day: string) => `<article><h2>Another story</h2><time datetime="${day}">${day}</time></article>`;
    const html = (own: string) =>
      `<html lang="en"><body>${teaser('2009-04-11')}${teaser('2013-09-27')}<article><h1>A report</h1>${own}${PROSE}</article></body></html>`;
    expect(published(html('<time datetime="2019-10-22">22 October 2019</time>'))).toEqual({ value: '2019-10-22', source: 'dom:time' });
    // Without one of its own, no teaser's time is taken as the article's.
    expect(published(html('')).source).not.toBe('dom:time');
  });

  it('leaves the page’s own metadata first: a meta date is never replaced by a search', () => {
    // A URL day a few days before the declared date (filed, then published) leaves the declared one.
    const found = published(
      `<html lang="en"><head><meta property="article:published_time" content="2021-03-04"><link rel="canonical" href="https://example.org/2021/02/27/x/"></head><body><article><h1>A report</h1>${PROSE}</article></body></html>`,
    );
    expect(found).toEqual({ value: '2021-03-04', source: 'meta:article:published_time' });
  });

  it('takes the URL’s day over a declared date more than a month after it, and keeps that one as the update', () => {
    const page = (declared: string) =>
      `<html lang="en"><head><meta property="article:published_time" content="${declared}"><link rel="canonical" href="https://example.org/2019/08/02/x/"></head><body><article><h1>A report</h1>${PROSE}</article></body></html>`;
    expect(published(page('2021-03-04'))).toEqual({ value: '2019-08-02', source: 'url(meta:article:published_time later)' });
    expect(metadataOf(page('2021-03-04')).fields.updated).toBe('2021-03-04');
    // Within a month the declared date stands: pages are filed before they go out.
    expect(published(page('2019-08-30'))).toEqual({ value: '2019-08-30', source: 'meta:article:published_time' });
  });

  it('reads a day from application state when the page prints and declares none: the day stated most often', () => {
    const state = JSON.stringify({
      story: { createdAt: '2022-01-31T15:58:43+01:00', parts: [{ createdAt: '2022-01-31T14:22:51+01:00' }] },
      related: [{ createdAt: '2021-12-02T08:00:00+01:00' }],
    });
    const found = published(`<html lang="en"><body><article><h1>A report</h1>${PROSE}</article><script>window.__STATE__ = ${state};</script></body></html>`);
    expect(found).toEqual({ value: '2022-01-31', source: 'script:state-date' });
    // Reviews or comments on several days, none of them holding half: no day is the page's.
    const reviews = JSON.stringify({
      review: ['2018-07-25', '2019-04-12', '2019-07-09', '2019-07-09', '2019-08-13', '2019-12-10'].map((datePublished) => ({ datePublished })),
    });
    expect(
      published(`<html lang="en"><body><article><h1>A report</h1>${PROSE}</article><script type="application/json">${reviews}</script></body></html>`).value,
    ).toBeNull();
    // A script of another kind (a template) is not read.
    expect(
      published(`<html lang="en"><body><article><h1>A report</h1>${PROSE}</article><script type="text/template">${state}</script></body></html>`).value,
    ).toBeNull();
  });
});

describe('the page’s own day for a publication instant stored in UTC', () => {
  const page = (instant: string, printed: string) =>
    `<html lang="en"><head><meta property="article:published_time" content="${instant}"></head><body><article><h1>A journey</h1><div class="post-date">${printed}</div>${PROSE}</article></body></html>`;

  it('takes the day the page prints when a real UTC offset reaches it', () => {
    // 00:44 UTC is the evening before in the Americas; 23:00 UTC is the next morning in Europe.
    expect(published(page('2022-05-04T00:44:52.000Z', 'May 3, 2022'))).toEqual({ value: '2022-05-03', source: 'meta:article:published_time+local-day' });
    expect(published(page('2021-11-04T23:00Z', '5 November 2021'))).toEqual({ value: '2021-11-05', source: 'meta:article:published_time+local-day' });
  });

  it('keeps the instant when the page prints the same day, a day no offset reaches, or an offset of its own', () => {
    expect(published(page('2022-05-04T00:44:52Z', 'May 4, 2022')).value).toBe('2022-05-04T00:44:52Z');
    expect(published(page('2022-05-04T12:00:00Z', 'May 3, 2022')).value).toBe('2022-05-04T12:00:00Z');
    expect(published(page('2022-05-04T00:44:52+02:00', 'May 3, 2022')).value).toBe('2022-05-04T00:44:52+02:00');
  });

  it('reads a UTC instant at 21, 22 or 23 o’clock sharp as the local midnight of the next day, unless the page prints its UTC day', () => {
    // A day alone stored as midnight in Central Europe, written out in UTC.
    expect(published(page('2022-11-06T23:00:00.000Z', 'Travel guide'))).toEqual({ value: '2022-11-07', source: 'meta:article:published_time+local-midnight' });
    expect(published(page('2022-03-26T22:00:00Z', 'Travel guide')).value).toBe('2022-03-27');
    // A time with minutes or seconds, a time outside those hours, or the UTC day printed: the instant stands.
    expect(published(page('2022-11-06T23:00:17.000Z', 'Travel guide')).value).toBe('2022-11-06T23:00:17.000Z');
    expect(published(page('2022-11-06T23:00Z', 'Travel guide')).value).toBe('2022-11-06T23:00Z');
    expect(published(page('2022-11-06T12:00:00.000Z', 'Travel guide')).value).toBe('2022-11-06T12:00:00.000Z');
    expect(published(page('2022-11-06T23:00:00.000Z', '6 November 2022')).value).toBe('2022-11-06T23:00:00.000Z');
  });
});
