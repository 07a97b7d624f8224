// Unit tests for the date reader: human dates at the precision stated, machine dates kept exact.
import { describe, expect, it } from 'vitest';
import {
  foreignDateLineDay,
  otherDateLanguages,
  RELATIVE_DATE,
  relativeDay,
  yearlessDays,
  yearOfYearlessDay,
  domainCountry,
  findDates,
  firstPageDay,
  localeCountry,
  localeDayFirst,
  normaliseIsoDate,
  numericOrder,
  parseDate,
  partGluedDates,
  zoneReading,
} from '../../pipeline/text/dates.ts';

describe('parseDate', () => {
  it('keeps the time when one is printed, converting am/pm', () => {
    expect(parseDate('Last updated: September 14, 2024 12:58 am')?.value).toBe('2024-09-14T00:58');
    expect(parseDate('Published March 3, 2024 at 4:05 pm')?.value).toBe('2024-03-03T16:05');
  });
  it('reads no hour from a bare number after the year (a comment count)', () => {
    expect(parseDate('Sarah Gooding March 9, 2017 13')?.value).toBe('2017-03-09');
    expect(parseDate('March 9, 2017 1:05 pm')?.value).toBe('2017-03-09T13:05');
  });
  it('stops at the precision stated', () => {
    expect(parseDate('Published September 14, 2024')?.value).toBe('2024-09-14');
    expect(parseDate('September 2024')?.value).toBe('2024-09');
    expect(parseDate('2019')?.value).toBe('2019');
  });
  it('keeps a stated time zone', () => {
    expect(parseDate('Posted 2024-09-14T10:00:00+02:00')?.value).toBe('2024-09-14T10:00:00+02:00');
    expect(parseDate('14 Sep 2024 10:00 GMT')?.value).toBe('2024-09-14T10:00Z');
    expect(parseDate('14 Sep 2024 10:00:30 GMT')?.value).toBe('2024-09-14T10:00:30Z');
  });
  it('reads month names in the page language', () => {
    expect(parseDate('Publié le 12 mars 2024', { language: 'fr' })?.value).toBe('2024-03-12');
    expect(parseDate('14. September 2024', { language: 'de' })?.value).toBe('2024-09-14');
    expect(parseDate('14 сентября 2024', { language: 'ru' })?.value).toBe('2024-09-14');
    expect(parseDate('septembre 2024', { language: 'fr' })?.value).toBe('2024-09');
  });
  it('reads an ambiguous day/month order from the page, else from a settled convention, else not at all', () => {
    // English pages write both orders: no guess.
    expect(parseDate('12/03/2024')?.value).toBe('2024');
    expect(parseDate('12/03/2024', { language: 'en' })?.value).toBe('2024');
    // French, German … write the day first; dotted dates are day first in every language that uses them.
    expect(parseDate('12/03/2024', { language: 'fr' })?.value).toBe('2024-03-12');
    expect(parseDate('02.01.2022')?.value).toBe('2022-01-02');
    expect(parseDate('02.01.2022', { language: 'en' })?.value).toBe('2022-01-02');
    // What the page shows wins over the convention.
    expect(parseDate('12/03/2024', { language: 'fr', dayFirst: false })?.value).toBe('2024-12-03');
    expect(parseDate('12/03/2024', { dayFirst: false })?.value).toBe('2024-12-03');
    expect(parseDate('13/03/2024')?.value).toBe('2024-03-13');
    expect(parseDate('03/13/2024')?.value).toBe('2024-03-13');
  });
  it('refuses dates that need the clock or state no year', () => {
    expect(parseDate('3 days ago')).toBeNull();
    expect(parseDate('Updated 2h ago')).toBeNull();
    expect(parseDate('December 22')).toBeNull();
    expect(parseDate('Pages 51-63')).toBeNull();
    expect(parseDate('vol. XII(1)')).toBeNull();
  });
});

describe('findDates', () => {
  it('lists every dated teaser in order', () => {
    const dates = findDates('Top News\nAugust 6, 2025\nLatest\nDecember 29, 2025\nOn Dec 22 we met\n© 2022');
    expect(dates.map((d) => d.value)).toEqual(['2025-08-06', '2025-12-29']);
  });
  it('reads a dotted day with spaces after the dots, as printed, and no year out of it', () => {
    expect(findDates('Von Redaktion 4. 2. 2022.', { language: 'de' })).toEqual([{ value: '2022-02-04', text: '4. 2. 2022' }]);
    expect(findDates('Stand: 14. 2. 2020, 10:30', { language: 'de' }).map((d) => d.value)).toEqual(['2020-02-14T10:30']);
    expect(findDates('Platz 4. 2. Runde 2022', { language: 'de' })).toEqual([]);
  });
  it("reads the page language's month names in the month-first order of an English template", () => {
    expect(findDates('Dezember 10, 2019 · von jdoe', { language: 'de' })).toEqual([{ value: '2019-12-10', text: 'Dezember 10, 2019' }]);
    expect(parseDate('Publié le décembre 3, 2021', { language: 'fr' })?.value).toBe('2021-12-03');
    expect(findDates('Mai 31, 2021', { language: 'de' }).map((d) => d.value)).toEqual(['2021-05-31']);
    expect(findDates('Februar 30, 2021', { language: 'de' })).toEqual([]);
  });
});

describe('days chrono leaves out', () => {
  it('reads a day before a month name without the dot, with a comma before the year, or in a language chrono lacks', () => {
    expect(findDates('Aktualisiert 3 Februar 2021 im Archiv', { language: 'de' }).map((d) => d.value)).toEqual(['2021-02-03']);
    expect(findDates('Geschrieben 12 Dez 2019', { language: 'de' }).map((d) => d.value)).toEqual(['2019-12-12']);
    expect(findDates('Von Karla Beispiel, 09 März, 2023', { language: 'de' }).map((d) => d.value)).toEqual(['2023-03-09']);
    expect(findDates('Written by Sam on 17. March, 2021 | 4 comments', { language: 'en' }).map((d) => d.value)).toEqual(['2021-03-17']);
    expect(findDates('Publisert 9. mars 2021', { language: 'no' }).map((d) => d.value)).toEqual(['2021-03-09']);
  });
  it('reads no day out of a word that is not a month name', () => {
    expect(findDates('Seite 3 Kapitel 2021', { language: 'de' })).toEqual([]);
  });
  it('reads a two-digit year when the day is written in full or a clock follows, not a version number', () => {
    expect(findDates('Beitrag 08.02.21', { language: 'de' }).map((d) => d.value)).toEqual(['2021-02-08']);
    expect(findDates('3.2.21 14:05 von Gast', { language: 'de' }).map((d) => d.value)).toEqual(['2021-02-03']);
    expect(findDates('Version 3.2.21 ist erschienen', { language: 'de' })).toEqual([]);
  });
  it('reads a two-digit year before the full stop that ends the sentence', () => {
    expect(findDates('Der Bericht ist vom 08.02.21.', { language: 'de' }).map((d) => d.value)).toEqual(['2021-02-08']);
  });
  it('keeps no hour the text does not print as a clock', () => {
    expect(parseDate('14.09.2021 - 16:40 Uhr 7 Kommentare', { language: 'de' })?.value).toBe('2021-09-14');
    expect(parseDate('6 de abril 2021, 12:00 A. M.', { language: 'es' })?.value).toBe('2021-04-06T00:00');
  });
});

describe('numericOrder', () => {
  it("reads the order from the page's unambiguous dates", () => {
    expect(numericOrder('Posted 12/03/2024 · Comments 25/03/2024')).toBe(true);
    expect(numericOrder('Posted 12/03/2024 · Comments 03/25/2024')).toBe(false);
  });
  it('reads the order from a machine date matching one reading', () => {
    expect(numericOrder('Publié le 12/03/2024', ['2024-03-12T08:00+01:00'])).toBe(true);
    expect(numericOrder('Posted 12/03/2024', ['2024-12-03'])).toBe(false);
  });
  it('says nothing when the page shows no order or both', () => {
    expect(numericOrder('12/03/2024')).toBeUndefined();
    expect(numericOrder('25/03/2024 and 03/25/2024')).toBeUndefined();
  });
});

describe('localeDayFirst', () => {
  it('reads the order a locale with a region writes its numeric dates in', () => {
    expect(localeDayFirst('en-GB')).toBe(true);
    expect(localeDayFirst('en_GB')).toBe(true);
    expect(localeDayFirst('en-US')).toBe(false);
    expect(localeDayFirst('de-CH')).toBe(true);
  });
  it('says nothing for a bare language, a year-first region or a tag that is not one', () => {
    expect(localeDayFirst('en')).toBeUndefined();
    expect(localeDayFirst('ja-JP')).toBeUndefined();
    expect(localeDayFirst('not a locale')).toBeUndefined();
    expect(localeDayFirst(null)).toBeUndefined();
  });
});

describe('RELATIVE_DATE', () => {
  it('recognises dates that need the clock', () => {
    for (const text of ['3 days ago', 'Updated 2h ago', 'il y a 3 jours', 'vor 2 Stunden', 'yesterday']) expect(RELATIVE_DATE.test(text)).toBe(true);
    expect(RELATIVE_DATE.test('12 March 2024')).toBe(false);
  });
});

describe('normaliseIsoDate', () => {
  it('keeps precision and zone', () => {
    expect(normaliseIsoDate('2024-09-14')).toBe('2024-09-14');
    expect(normaliseIsoDate('2024-09')).toBe('2024-09');
    expect(normaliseIsoDate('2024-09-14T10:00:00+0200')).toBe('2024-09-14T10:00:00+02:00');
    // Seconds are not invented when the statement stops at minutes.
    expect(normaliseIsoDate('2024-09-14T10:00Z')).toBe('2024-09-14T10:00Z');
    expect(normaliseIsoDate('2024-09-14T10:00+02:00')).toBe('2024-09-14T10:00+02:00');
    expect(normaliseIsoDate('2024-09-14 10:00')).toBe('2024-09-14T10:00');
  });
  it("reads ISO 8601's basic format, and no other run of digits", () => {
    expect(normaliseIsoDate('20190806')).toBe('2019-08-06');
    expect(normaliseIsoDate('20190806103251')).toBe('2019-08-06T10:32:51');
    expect(normaliseIsoDate('20190806T1032')).toBe('2019-08-06T10:32');
    expect(normaliseIsoDate('20191306')).toBeNull();
    expect(normaliseIsoDate('1565087571')).toBeNull();
    expect(normaliseIsoDate('12345678')).toBeNull();
  });
  it('reads RFC 2822 dates and rejects invalid ones', () => {
    expect(normaliseIsoDate('Mon, 14 Sep 2024 10:00:00 +0200')).toBe('2024-09-14T10:00:00+02:00');
    expect(normaliseIsoDate('2024-02-30')).toBeNull();
    expect(normaliseIsoDate('2024-13-01')).toBeNull();
    expect(normaliseIsoDate('')).toBeNull();
    expect(normaliseIsoDate('not a date')).toBeNull();
  });
  it("reads a machine date in a human form with the page's language and order", () => {
    expect(normaliseIsoDate('10/05/2022 05:22 pm', { language: 'es' })).toBe('2022-05-10T17:22');
    expect(normaliseIsoDate('10/05/2022 05:22 pm', { dayFirst: false })).toBe('2022-10-05T17:22');
    // Without an order, an English reading cannot tell the day: the year alone.
    expect(normaliseIsoDate('10/05/2022 05:22 pm')).toBe('2022');
  });
  it('keeps the day of a well-formed day with a garbled time, and drops the time', () => {
    expect(normaliseIsoDate('2022-01-10T22:06:08:684Z')).toBe('2022-01-10');
    expect(normaliseIsoDate('2021-03-04T9h30')).toBe('2021-03-04');
    expect(normaliseIsoDate('2021-02-30T9h30')).toBeNull();
  });
});

describe('ambiguous zone abbreviations', () => {
  const printed = 'Tue Jun 07 23:40:00 EST 2016';
  it('keeps the printed time without a zone when the page shows no country', () => {
    expect(normaliseIsoDate(printed)).toBe('2016-06-07T23:40:00');
    expect(parseDate('June 7, 2016 11:40 pm EST')?.value).toBe('2016-06-07T23:40');
  });
  it('reads the abbreviation as the page country writes it', () => {
    expect(normaliseIsoDate(printed, { zones: zoneReading({ offsets: [], countries: ['AU'] }) })).toBe('2016-06-07T23:40:00+10:00');
    expect(normaliseIsoDate(printed, { zones: zoneReading({ offsets: [], countries: [null, 'US'] }) })).toBe('2016-06-07T23:40:00-05:00');
  });
  it('takes the offsets the page states first, summer time included, and ignores UTC', () => {
    expect(zoneReading({ offsets: [660], countries: ['US'] }).offsets.get('EST')).toBe(600);
    expect(zoneReading({ offsets: [-240], countries: [] }).offsets.get('EST')).toBe(-300);
    expect(zoneReading({ offsets: [0], countries: [] }).offsets.has('EST')).toBe(false);
  });
  it('leaves unambiguous abbreviations and numeric offsets alone', () => {
    expect(parseDate('June 7, 2016 11:40 pm PDT')?.value).toBe('2016-06-07T23:40-07:00');
    expect(parseDate('June 7, 2016 11:40 +0100 (BST)')?.value).toBe('2016-06-07T11:40+01:00');
    expect(parseDate('7 June 2016 11:40 BST')?.value).toBe('2016-06-07T11:40');
  });
  it('finds the country of a locale tag and of a country-code domain', () => {
    expect(localeCountry('en-au')).toBe('AU');
    expect(localeCountry('zh_Hant_TW')).toBe('TW');
    expect(localeCountry('en')).toBeNull();
    expect(domainCountry('https://www.example.co.uk/a')).toBe('GB');
    expect(domainCountry('https://news.example.com.au/')).toBe('AU');
    expect(domainCountry('https://example.com/')).toBeNull();
    expect(domainCountry('https://example.io/')).toBeNull();
  });
});

describe('partGluedDates', () => {
  it('parts a year from the day that follows it, and a word from its day', () => {
    expect(partGluedDates('Veröffentlicht am 9. März 20219. März 2021')).toBe('Veröffentlicht am 9. März 2021 9. März 2021');
    expect(partGluedDates('20 janvier 202020 janvier 2020')).toBe('20 janvier 2020 20 janvier 2020');
    expect(partGluedDates('Por Rodrigo Mejías04 de mayo 2022')).toBe('Por Rodrigo Mejías 04 de mayo 2022');
    expect(findDates(partGluedDates('Publié le 20 janvier 202020 janvier 2020'), { language: 'fr' })[0]?.value).toBe('2020-01-20');
  });
  it('parts a year from a word or a clock time glued after it', () => {
    expect(partGluedDates('Posted on March 3, 2021March 4, 2021Author Sam')).toBe('Posted on March 3, 2021 March 4, 2021 Author Sam');
    expect(partGluedDates('jueves, 6 de abril de 202318:30 hs')).toBe('jueves, 6 de abril de 2023 18:30 hs');
    expect(findDates(partGluedDates('jueves, 6 de abril de 202318:30 hs'), { language: 'es' })[0]?.value).toBe('2023-04-06T18:30');
  });
  it('leaves other digit runs alone', () => {
    expect(partGluedDates('Bestellnummer 2021934 und 20215 Stück')).toBe('Bestellnummer 2021934 und 20215 Stück');
    expect(partGluedDates('12.03.2021')).toBe('12.03.2021');
  });
});

describe('dates in another language than the page', () => {
  it('finds the lexicon languages whose own month names a text prints', () => {
    expect(otherDateLanguages('domingo, 3 de noviembre de 2024', ['en'])).toEqual(['es']);
    expect(otherDateLanguages('Donnerstag, 7. März 2019', ['en'])).toEqual(['de']);
    // Short forms that are English words elsewhere ("set", "ago") name no language; nor do shared names.
    expect(otherDateLanguages('Posted 3 days ago, set in April 2021', ['en'])).toEqual([]);
    expect(otherDateLanguages('7. März 2019', ['de'])).toEqual([]);
  });

  it('reads a date line in another language, not a date in a credit or a sentence', () => {
    expect(foreignDateLineDay(['Cabin diaries', 'domingo, 3 de noviembre de 2024'], ['en'], {}, null)).toEqual({ value: '2024-11-03', language: 'es' });
    expect(foreignDateLineDay(['— Ann (@annreads) 4 ноября 2023 г.'], ['en'], {}, null)).toBeNull();
    expect(foreignDateLineDay(['Wir haben am 7. März 2019 das neue Dach bekommen und gefeiert.'], ['en'], {}, null)).toBeNull();
    // Not after the capture.
    expect(foreignDateLineDay(['domingo, 3 de noviembre de 2024'], ['en'], {}, '2024-10-01T00:00:00Z')).toBeNull();
  });
});

describe('language codes', () => {
  it("reads Mandarin under the detector's code (cmn) as Chinese", () => {
    expect(findDates('发布时间：2016年10月14日07:17', { language: 'cmn' }).map((date) => date.value)).toEqual(['2016-10-14T07:17']);
  });
});

describe('firstPageDay', () => {
  it('passes over a date that is part of a file name or a slug, as a dump prints an image', () => {
    const lines = ['[Moebelhaus-2021-03-29-Fruehjahrsaktion-Banner]', 'report_2020-11-02_final.pdf', '6. April 2021 14:03 Uhr'];
    expect(firstPageDay(lines, { language: 'de', dayFirst: true }, null)).toBe('2021-04-06T14:03');
  });
  it('keeps a range whose other end is a day, and a date after a dash between words', () => {
    expect(firstPageDay(['12-14 May 2020'], { language: 'en' }, null)).toBe('2020-05-12');
    expect(firstPageDay(['Berlin - 2021-03-29 - Der Senat'], { language: 'de' }, null)).toBe('2021-03-29');
  });
  it('reads a day printed again on the line after a file name holding it', () => {
    expect(firstPageDay(['[Shop-2023-10-20-Banner] 2023-10-20'], { language: 'en' }, null)).toBe('2023-10-20');
    expect(firstPageDay(['img-2021-03-04.jpg Posted 2021-03-04 by Ana'], { language: 'en' }, null)).toBe('2021-03-04');
  });
});

describe('days that need the page or the capture to be read', () => {
  it('reads a day printed without its year, with its weekday, and leaves numeric and dated forms out', () => {
    expect(yearlessDays('Monday 3 May', { language: 'en' })).toEqual([{ month: 5, day: 3, weekday: 1, text: 'Monday 3 May' }]);
    expect(yearlessDays('[06月24日 11時30分]', { language: 'ja' })).toMatchObject([{ month: 6, day: 24, weekday: null }]);
    expect(yearlessDays('3 May 2021', { language: 'en' })).toEqual([]);
    expect(yearlessDays('30.11. | Buch der Woche', { language: 'de' })).toEqual([]);
  });

  it("takes the year of a full date with the same day in the page's own names, else the URL's year and month, and only a year the weekday agrees with", () => {
    const monday = { month: 5, day: 3, weekday: 1, text: 'Monday 3 May' };
    const none = { ownNames: '', urlMonth: null, capturedAt: null, olderThanCapture: false };
    expect(yearOfYearlessDay(monday, { ...none, ownNames: '/img/20210503_dam.jpg' })).toBe('2021-05-03');
    expect(yearOfYearlessDay(monday, { ...none, ownNames: '/2021-05-03/a\n/2010-05-03/b' })).toBeNull();
    expect(yearOfYearlessDay(monday, { ...none, urlMonth: { year: 2021, month: 5 } })).toBe('2021-05-03');
    expect(yearOfYearlessDay(monday, { ...none, urlMonth: { year: 2022, month: 5 } })).toBeNull();
    expect(yearOfYearlessDay(monday, none)).toBeNull();
  });

  it("refuses a URL whose month is not the printed one, and an own name's year the URL contradicts", () => {
    const monday = { month: 5, day: 3, weekday: 1, text: 'Monday 3 May' };
    const none = { ownNames: '', urlMonth: null, capturedAt: null, olderThanCapture: false };
    expect(yearOfYearlessDay(monday, { ...none, urlMonth: { year: 2021, month: 4 } })).toBeNull();
    expect(yearOfYearlessDay(monday, { ...none, ownNames: '/img/20100503_dam.jpg', urlMonth: { year: 2021, month: 5 } })).toBeNull();
  });

  it("takes the capture's year only for a printed weekday within two months before the capture, on a page that shows nothing older", () => {
    const monday = { month: 5, day: 3, weekday: 1, text: 'Monday 3 May' };
    const none = { ownNames: '', urlMonth: null, capturedAt: null, olderThanCapture: false };
    // Captured in June 2021: 3 May 2021 was a Monday, five weeks before.
    expect(yearOfYearlessDay(monday, { ...none, capturedAt: '2021-06-10T10:00:00Z' })).toBe('2021-05-03');
    expect(yearOfYearlessDay(monday, { ...none, capturedAt: '2021-06-10T10:00:00Z', olderThanCapture: true })).toBeNull();
    expect(yearOfYearlessDay({ ...monday, weekday: null }, { ...none, capturedAt: '2021-06-10T10:00:00Z' })).toBeNull();
    // Captured in March 2022: 3 May 2021 was a Monday, but ten months before.
    expect(yearOfYearlessDay(monday, { ...none, capturedAt: '2022-03-01T10:00:00Z' })).toBeNull();
  });

  it('counts a relative date back from the capture time, to the day, within a week', () => {
    expect(relativeDay('vor 3 Tagen', 'de', '2024-03-10T08:00:00Z')).toBe('2024-03-07');
    expect(relativeDay('il y a 2 jours', 'fr', '2024-03-10T08:00:00Z')).toBe('2024-03-08');
    expect(relativeDay('5 hours ago', 'en', '2024-03-10T03:00:00Z')).toBe('2024-03-09');
    expect(relativeDay('3 months ago', 'en', '2024-03-10T08:00:00Z')).toBeNull();
    expect(relativeDay('3 weeks ago', 'en', '2024-03-10T08:00:00Z')).toBeNull();
    expect(relativeDay('vor 3 Tagen', 'de', null)).toBeNull();
  });
});
