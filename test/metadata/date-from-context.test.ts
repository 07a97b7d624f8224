// Date lines that need the capture or the page to be read (a relative date, a day without its
// year): what must not date a page. Top bars, sidebars and prose that say "today", links to other
// pages, a stylesheet's version stamp, a year alone in the URL, days to come ("Deadline: 3 May"),
// and old pages saved years later. Each page is captured on 2024-06-20 unless stated.
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../pipeline/clean/index.ts';
import { decodeCapture } from '../../pipeline/ingest/decode.ts';
import { toPage } from '../../pipeline/ingest/page.ts';
import { extractMetadata } from '../../pipeline/metadata/index.ts';

const CAPTURED = '2024-06-20T10:00:00Z';
const TITLE = 'Flood barrier holds as river peaks';

/** A small news page: `lead` right under the headline, `before` above the site's header, `after` at the end of <main>. */
function page(parts: { lead?: string; before?: string; after?: string; footer?: string; head?: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title>${parts.head ?? ''}</head><body>
${parts.before ?? ''}<header><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><h1>${TITLE}</h1>${parts.lead ?? ''}
<p>The new flood barrier held overnight as the river reached its highest level in a decade, the town's engineers said on the radio.</p>
<p>Residents of the lower streets had been told to move valuables upstairs, but no homes were flooded by the morning at all.</p>
<p>The barrier was finished last autumn after three years of work and a long argument over its cost to the town.</p>
${parts.after ?? ''}</main><footer><p>${parts.footer ?? '© Riverside News'}</p></footer></body></html>`;
}

function published(html: string, capture: { url?: string; capturedAt?: string } = {}): string | null {
  const decoded = decodeCapture('page.html', Buffer.from(html), undefined, { url: capture.url ?? null, capturedAt: capture.capturedAt ?? CAPTURED });
  const read = toPage(decoded);
  const { fields } = extractMetadata(read, cleanPage(read));
  return fields.published ?? fields.updated;
}

describe('a bare today or yesterday dates the page only beside a time or a date label', () => {
  it('reads "Posted today" and "Today, 08:30" under the headline', () => {
    expect(published(page({ lead: '<p class="when">Posted today</p>' }))).toBe('2024-06-20');
    expect(published(page({ lead: '<p class="when">Today, 08:30</p>' }))).toBe('2024-06-20');
  });
  it("leaves a top bar's, a sidebar's and prose's today undated", () => {
    expect(published(page({ before: '<div class="top">Today</div>' }))).toBeNull();
    expect(published(page({ before: '<div class="top">Trending today</div>' }))).toBeNull();
    expect(published(page({ before: '<div class="top">Today\'s paper</div>' }))).toBeNull();
    expect(published(page({ after: '<aside><h2>Most read today</h2><a href="/other">Other story</a></aside>' }))).toBeNull();
    expect(published(page({ lead: '<p>Yesterday it rained.</p>' }))).toBeNull();
  });
  it('gives none when the line prints a day the relative date does not reach', () => {
    expect(published(page({ lead: '<p class="when">Today, 3 March</p>' }))).toBeNull();
    expect(published(page({ lead: '<p class="when">2 days ago · 3 March</p>' }))).toBeNull();
  });
});

describe("a year-less day takes its year from the page's own names, a dated URL, or a recent capture", () => {
  it("takes no year from links to other pages nor a stylesheet's version stamp", () => {
    const onThisDay = '<aside><h3>On this day</h3><a href="/news/2019-06-03/x">A story from 2019</a></aside>';
    // 3 June 2024 was a Monday too, two and a half weeks before the capture.
    expect(published(page({ lead: '<p class="when">Monday 3 June</p>', after: onThisDay }))).toBe('2024-06-03');
    expect(published(page({ lead: '<p class="when">Saturday 3 March</p>', after: '<aside><a href="/2018/03/03/older">Older</a></aside>' }))).toBeNull();
    expect(published(page({ lead: '<p class="when">Sunday 3 March</p>', head: '<link rel="stylesheet" href="/s.css?ver=20130303">' }))).toBeNull();
  });
  it('takes no year from a year alone in the URL, nor from a URL filed under another month', () => {
    expect(published(page({ lead: '<p class="when">3 March</p>' }), { url: 'https://x.example/tag/2010/flood' })).toBeNull();
    expect(published(page({ lead: '<p class="when">3 March</p>' }), { url: 'https://x.example/archive/2019/flood' })).toBeNull();
    expect(published(page({ lead: '<p class="when">3 March</p>' }), { url: 'https://x.example/worldcup/2018/report' })).toBeNull();
    expect(published(page({ lead: '<p class="when">3 May</p>' }), { url: 'https://x.example/2021/04/flood' })).toBeNull();
  });
  it("takes the capture's year only for a printed weekday shortly before the capture, on a page that shows nothing older", () => {
    expect(published(page({ lead: '<p class="when">3 March</p>' }))).toBeNull();
    expect(published(page({ lead: '<p class="when">Monday 3 June</p>', footer: '© 2015 Riverside News' }))).toBeNull();
    expect(published(page({ lead: '<p class="when">Monday 3 June</p>', footer: '© 2024 Riverside News' }))).toBe('2024-06-03');
    // A 2012 page saved in 2018: 3 March 2018 was a Saturday as well, but three months before.
    expect(published(page({ lead: '<p class="when">Saturday 3 March</p>' }), { capturedAt: '2018-06-01T00:00:00Z' })).toBeNull();
  });
  it('leaves lines announcing days to come undated', () => {
    expect(published(page({ lead: '<p class="when">Deadline: 3 May</p>' }))).toBeNull();
    expect(published(page({ lead: '<p class="when">Closes Friday 3 May</p>' }))).toBeNull();
    expect(published(page({ lead: '<p class="when">Open Monday 3 June</p>' }))).toBeNull();
    expect(published(page({ lead: '<p class="when">Saturday 12 October</p>' }), { url: 'https://x.example/events/2019/fair' })).toBeNull();
  });
});
