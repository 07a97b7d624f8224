// Every case folder under test/fixtures/main-text/ (issue 14), found by listing the folder: the
// capture (source.html or source.txt) run through the whole chain gives exactly expected.txt, and
// the fields expected.json names (the title, where entities must be decoded). Cases are written by
// hand, one per failure class seen on real pages: footnote markers and reference lists of wiki
// pages, raw markup and entities in text dumps and in a JSON-LD articleBody, a hard-wrapped East
// Asian paragraph in a dump too short to tell its wrap column.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, processFixture } from '../helpers.ts';

const DIR = join(FIXTURES, 'main-text');
const cases = readdirSync(DIR).filter((name) => existsSync(join(DIR, name, 'expected.txt')));

describe('main-text fixture cases', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });
  for (const name of cases) {
    const source = ['source.html', 'source.txt'].find((file) => existsSync(join(DIR, name, file)));
    it(`${name}: the clean text is expected.txt`, () => {
      expect(source, `${name} has no source.html or source.txt`).toBeDefined();
      const { document } = processFixture(`main-text/${name}/${source}`);
      expect(document.text).toBe(readFileSync(join(DIR, name, 'expected.txt'), 'utf8').trim());
      const fields = join(DIR, name, 'expected.json');
      if (existsSync(fields)) {
        const expected = JSON.parse(readFileSync(fields, 'utf8')) as Record<string, unknown>;
        for (const [field, value] of Object.entries(expected)) expect((document as unknown as Record<string, unknown>)[field], field).toEqual(value);
      }
    });
  }
});
