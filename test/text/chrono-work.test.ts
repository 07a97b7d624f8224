// How much of chrono the date reader runs (issue 16: chrono is a third of the metadata stage's CPU):
// it is not asked about a text that cannot hold a date the reader returns, and its parsers' patterns
// are built once, not on every parse. The answers stay those of the tests in dates.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chronoParser, findDates, parseDate } from '../../pipeline/text/dates.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the date reader asks chrono', () => {
  it('nothing about a text with four digits but no year and no all-numeric date', () => {
    const german = vi.spyOn(chronoParser('de')!, 'parse');
    const english = vi.spyOn(chronoParser('en')!, 'parse');
    // A postcode, opening hours and a house number: four digits and more, no date.
    expect(findDates('Dienstag – Sonntag: 09–18 Uhr, Lindenweg 12, 04275 Leipzig', { language: 'de' })).toEqual([]);
    expect(parseDate('Tickets 1250 Kč, Saal 3, Reihe 14', { language: 'de' })).toBeNull();
    expect(german).not.toHaveBeenCalled();
    expect(english).not.toHaveBeenCalled();
  });

  it('about a text with a year or an all-numeric date, and reads it as before', () => {
    const german = vi.spyOn(chronoParser('de')!, 'parse');
    expect(findDates('Geöffnet seit 7. Mai 2019, 04275 Leipzig', { language: 'de' }).map((date) => date.value)).toEqual(['2019-05-07']);
    expect(findDates('Stand: 06.11.23 20:19', { language: 'de' }).map((date) => date.value)).toEqual(['2023-11-06T20:19']);
    expect(german).toHaveBeenCalled();
  });
});

describe("chrono's parsers", () => {
  it('build each pattern once, however many texts they read', () => {
    for (const language of ['de', 'fr', 'nl', 'ru', 'zh', 'ar', 'en']) {
      const parser = chronoParser(language) as unknown as { parsers: Array<{ pattern(context: unknown): RegExp }> };
      const context = { option: {} };
      for (const each of parser.parsers) expect(each.pattern(context)).toBe(each.pattern(context));
    }
  });

  it('read the same dates with the patterns kept, parse after parse', () => {
    const texts = ['in 3 Tagen, am 4. Juni 2021 um 10:30 Uhr', 'am 5. Juni 2022 für 2 Stunden', 'Montag, 6. Juni 2023'];
    const first = texts.map((text) => findDates(`${text} `, { language: 'de' }).map((date) => date.value));
    const again = texts.map((text) => findDates(`${text}  `, { language: 'de' }).map((date) => date.value));
    expect(again).toEqual(first);
    expect(first).toEqual([['2021-06-04T10:30'], ['2022-06-05'], ['2023-06-06']]);
  });
});
