// The page's own site and a link's host, read one way (pipeline/clean/html/site.ts): what tells a
// teaser for another of the site's pages from a citation of another site.
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { hostOf, onSite, pageSite } from '../../../pipeline/clean/html/site.ts';

describe('site', () => {
  it('reads the host of absolute and protocol-relative addresses, lower-cased and without "www."', () => {
    expect(hostOf('https://WWW.Harbour-Gazette.example/news/1?x=2')).toBe('harbour-gazette.example');
    expect(hostOf('//cdn.harbour-gazette.example/a.js')).toBe('cdn.harbour-gazette.example');
    expect(hostOf(' http://harbour-gazette.example:8080/ ')).toBe('harbour-gazette.example');
  });

  it('gives no host for a relative address or another scheme', () => {
    expect(hostOf('/news/2')).toBeNull();
    expect(hostOf('mailto:desk@harbour-gazette.example')).toBeNull();
    expect(hostOf('javascript:void(0)')).toBeNull();
  });

  it("takes the page's site from the canonical link, else og:url, else <base>", () => {
    const canonical = cheerio.load(
      '<html><head><link rel="canonical" href="https://www.harbour-gazette.example/a"><meta property="og:url" content="https://other.example/a"></head><body></body></html>',
    );
    expect(pageSite(canonical)).toBe('harbour-gazette.example');
    const og = cheerio.load('<html><head><meta property="og:url" content="https://m.harbour-gazette.example/a"></head><body></body></html>');
    expect(pageSite(og)).toBe('m.harbour-gazette.example');
    const base = cheerio.load('<html><head><base href="http://harbour-gazette.example/"></head><body></body></html>');
    expect(pageSite(base)).toBe('harbour-gazette.example');
    expect(pageSite(cheerio.load('<html><head><link rel="canonical" href="/a"></head><body></body></html>'))).toBeNull();
  });

  it("counts the site's subdomains and the host it is a subdomain of as the site, other hosts not", () => {
    expect(onSite('blog.harbour-gazette.example', 'harbour-gazette.example')).toBe(true);
    expect(onSite('harbour-gazette.example', 'm.harbour-gazette.example')).toBe(true);
    expect(onSite('gazette.example', 'harbour-gazette.example')).toBe(false);
    expect(onSite('ministry.example', 'harbour-gazette.example')).toBe(false);
  });
});
