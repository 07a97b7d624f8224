// Every metadata fixture, end to end (ingest → clean → metadata): each field the fixture lists has
// exactly the expected value, empty fields stay empty, and every stated field says where it came from.
// The cases are the folders of test/fixtures/metadata/, each run once per source it holds.
import { describe, expect, it } from 'vitest';
import { fixtureCases, runFixture } from './fixture-cases.ts';

const cases = fixtureCases();

describe('metadata fixtures', () => {
  it('covers every source and byline/date style, as HTML and as text dumps', () => {
    const files = new Set(cases.map((c) => c.file));
    for (const source of [
      'jsonld-article',
      'jsonld-newsarticle',
      'jsonld-scholarly',
      'jsonld-graph',
      'highwire',
      'dublin-core',
      'opengraph',
      'twitter',
      'microdata',
      'time-datetime',
      'rel-author',
      'dom-byline',
    ])
      expect(files.has(`${source}/source.html`), source).toBe(true);
    for (const style of ['by-two-names', 'name-role', 'staff-writer', 'french-numeric', 'relative-and-absolute', 'relative-updated', 'date-line-byline']) {
      expect(files.has(`${style}/source.html`), style).toBe(true);
      expect(files.has(`${style}/source.txt`), style).toBe(true);
    }
  });

  for (const { file, format, about, expected } of cases) {
    it(`${file}: ${about} (${format})`, () => {
      const { fields, provenance } = runFixture(file);
      for (const [field, value] of Object.entries(expected)) {
        expect(fields[field as keyof typeof fields], field).toEqual(value);
        const stated = value !== null && !(Array.isArray(value) && value.length === 0);
        if (stated) expect(provenance[field], `provenance of ${field}`).toBeTruthy();
      }
    });
  }
});
