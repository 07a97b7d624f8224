// The lexicon (pipeline/lexicon): every language file has one shape, every chrome phrase has its
// record of where real pages use it and none is held by the seed captures alone, and the named
// patterns the rules share read the lists as the rules expect.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_FAMILIES, chromePhraseLists, FRAGMENT, LANGUAGES, keyOf, pattern } from '../../pipeline/lexicon/index.ts';

const DIR = join(import.meta.dirname, '..', '..', 'pipeline', 'lexicon');
const seen = JSON.parse(readFileSync(join(DIR, 'seen.json'), 'utf8')) as { phrases: Record<string, { seen: Record<string, number>; seeds: number }> };

describe('lexicon', () => {
  it('loads every language file in the folder, all of one shape', () => {
    const files = readdirSync(DIR)
      .filter((name) => /^[a-z]{2}\.json$/.test(name))
      .map((name) => name.slice(0, 2))
      .sort();
    expect(LANGUAGES.map((lexicon) => lexicon.language).sort()).toEqual(files);
    const shape = Object.keys(LANGUAGES[0]!).sort();
    for (const lexicon of LANGUAGES) {
      expect(Object.keys(lexicon).sort(), lexicon.language).toEqual(shape);
      expect(Object.keys(lexicon.chrome).sort(), lexicon.language).toEqual([...CHROME_FAMILIES].sort());
    }
  });

  it('records where each chrome phrase (families and chrome lists) was seen, and holds none that only the seeds use', () => {
    for (const lexicon of LANGUAGES) {
      for (const [family, list] of chromePhraseLists(lexicon)) {
        for (const phrase of list) {
          const record = seen.phrases[`${lexicon.language}:${family}:${phrase}`];
          expect(record, `${lexicon.language}:${family}:${phrase} (run npx tsx bench/lexicon-seen.ts)`).toBeDefined();
          const onlySeeds = Object.keys(record!.seen).length === 0 && record!.seeds > 0;
          expect(onlySeeds, `${phrase} is used by the seed captures alone`).toBe(false);
        }
      }
    }
  });

  it('compiles the byline patterns from the lists', () => {
    for (const line of [
      'By Jane Doe',
      'Par Jean Dupont',
      'Written by: Sam Writer',
      'verfasst von Anna Beispiel',
      'автор Иван Петров',
      'scritto da Mario Rossi',
    ])
      expect(pattern('byline-start').test(line), line).toBe(true);
    // Italian "da" alone is "from": no byline without its verb.
    expect(pattern('byline-start').test('Da bringt es richtig Laune')).toBe(false);
    expect(pattern('names-after-lead-in').test('12 May 2024 by Jane Doe')).toBe(true);
    // Ambiguous lead-ins ("di" is also "of") are not looked for inside a line.
    expect(pattern('names-after-lead-in').test('La storia di Roma')).toBe(false);
    expect(pattern('lead-in-alone').test('Von:')).toBe(true);
    expect(new RegExp(`^${FRAGMENT.updated}$`, 'iu').test('last updated')).toBe(true);
  });

  it('finds publication and update labels in every language that lists them', () => {
    for (const lexicon of LANGUAGES) {
      for (const label of lexicon['date-label-published']) expect(pattern('date-label').test(`${label} 3 May 2024`), label).toBe(true);
      for (const label of lexicon['date-label-updated']) expect(pattern('date-label').test(`${label} 3 May 2024`), label).toBe(true);
    }
  });

  it('finds each label as a whole word in any script, and not inside a longer word', () => {
    for (const lexicon of LANGUAGES) {
      for (const label of lexicon['date-label-published']) expect(pattern('date-label-published').test(`${label} 3 May 2024`), label).toBe(true);
      for (const label of lexicon['date-label-updated']) expect(pattern('date-label-updated').test(`${label} 3 May 2024`), label).toBe(true);
    }
    expect(pattern('date-label-published').test('unpublished draft')).toBe(false);
    expect(pattern('date-label-published').test('publiée')).toBe(false);
  });

  it('keys texts for comparison the one way', () => {
    expect(keyOf('  Ｓhare — THIS!  ')).toBe('share this');
  });
});
