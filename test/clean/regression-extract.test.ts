// Regression test for main-text extraction on the project's own pages (test/fixtures/extract/<case>/:
// news site, blog, journal landing page, think-tank report, French and Arabic pages, a long comment
// thread, a related list longer than the article), each with a hand-written expected.txt. The HTML
// (source.html) and the w3m text dump (source.txt) of each page must keep their token F1 above the
// floors in test/fixtures/extract/floors.json, set slightly under the value measured when each was
// pinned (npm run bench:extract prints the same figures). A case with dropped.json must drop those
// blocks as stated.
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../pipeline/clean/index.ts';
import { score } from '../../pipeline/clean/score.ts';
import { toPage } from '../../pipeline/ingest/page.ts';
import { stageCases, stageFloors, unmatchedDrops, type DroppedFile, type FixtureCase, type SourceFile } from '../fixture-cases.ts';

interface Floor {
  html: number;
  text: number;
}
const floors = stageFloors<{ default: Floor; cases: Record<string, Partial<Floor>> }>('extract');
const cases = stageCases('extract');

const clean = (fixture: FixtureCase, source: SourceFile) => cleanPage(toPage(fixture.capture(source)));

it('every floor in floors.json names a fixture page, and the pages are enough to measure anything', () => {
  expect(Object.keys(floors.cases).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
  expect(cases.length).toBeGreaterThanOrEqual(8);
});

describe.each(cases.map((c) => [c.name, c] as const))('extraction fixture %s', (name, fixture) => {
  const reference = fixture.text('expected.txt');
  const { html: htmlFloor, text: textFloor } = { ...floors.default, ...floors.cases[name] };

  it(`HTML path keeps the article text (token F1 ≥ ${htmlFloor})`, () => {
    expect(score(clean(fixture, 'source.html').text, reference).f1).toBeGreaterThanOrEqual(htmlFloor);
  });

  it(`text-dump path keeps the article text (token F1 ≥ ${textFloor}) and beats the whole dump`, () => {
    const dump = fixture.text('source.txt');
    const got = score(clean(fixture, 'source.txt').text, reference).f1;
    expect(got).toBeGreaterThanOrEqual(textFloor);
    expect(got).toBeGreaterThanOrEqual(score(dump, reference).f1);
  });

  it('drops every dropped block with a reason', () => {
    for (const block of [...clean(fixture, 'source.html').blocks, ...clean(fixture, 'source.txt').blocks]) {
      if (!block.kept) expect(block.reason).toBeTruthy();
    }
  });

  if (fixture.has('dropped.json')) {
    it('drops the blocks dropped.json lists on the HTML path, each as stated', () => {
      expect(unmatchedDrops(clean(fixture, 'source.html').blocks, fixture.json<DroppedFile>('dropped.json'))).toEqual([]);
    });
  }
});
