// Regression test for main-text extraction on the project's own pages (test/fixtures/extract: news
// site, blog, journal landing page, think-tank report, French and Arabic pages, a long comment
// thread, a related list longer than the article), each with a hand-written reference. The HTML
// and the w3m text dump of each page must keep their token F1 above a floor set slightly under the
// value measured when the floor was pinned (npm run bench:extract prints the same figures).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../pipeline/clean/index.ts';
import { score } from '../../pipeline/clean/score.ts';
import { decodeCapture } from '../../pipeline/ingest/decode.ts';
import { toPage } from '../../pipeline/ingest/page.ts';
import { FIXTURES } from '../helpers.ts';

const DIR = join(FIXTURES, 'extract');

/** Floors per page: [html, text]; measured values minus a small margin. */
const FLOORS: Record<string, [number, number]> = {
  'arabic-news': [0.97, 0.97],
  blog: [0.97, 0.85],
  'french-news': [0.97, 0.79],
  'journal-landing': [0.84, 0.97],
  'long-comments': [0.97, 0.97],
  'long-related': [0.97, 0.97],
  'news-site': [0.97, 0.95],
  'think-tank-report': [0.97, 0.97],
};

function clean(name: string, file: 'source.html' | 'source.txt') {
  return cleanPage(toPage(decodeCapture(file, readFileSync(join(DIR, name, file)))));
}

it('every fixture page has a pinned floor, and every floor a page', () => {
  const pages = readdirSync(DIR).sort();
  expect(pages).toEqual(Object.keys(FLOORS).sort());
  expect(pages.length).toBeGreaterThanOrEqual(8);
});

describe.each(Object.keys(FLOORS))('extraction fixture %s', (name) => {
  const reference = readFileSync(join(DIR, name, 'expected.txt'), 'utf8');
  const [htmlFloor, textFloor] = FLOORS[name];

  it(`HTML path keeps the article text (token F1 ≥ ${htmlFloor})`, () => {
    expect(score(clean(name, 'source.html').text, reference).f1).toBeGreaterThanOrEqual(htmlFloor);
  });

  it(`text-dump path keeps the article text (token F1 ≥ ${textFloor}) and beats the whole dump`, () => {
    const dump = readFileSync(join(DIR, name, 'source.txt'), 'utf8');
    const got = score(clean(name, 'source.txt').text, reference).f1;
    expect(got).toBeGreaterThanOrEqual(textFloor);
    expect(got).toBeGreaterThanOrEqual(score(dump, reference).f1);
  });

  it('drops every dropped block with a reason', () => {
    for (const block of [...clean(name, 'source.html').blocks, ...clean(name, 'source.txt').blocks]) {
      if (!block.kept) expect(block.reason).toBeTruthy();
    }
  });
});
