// Tests for the labelled-date readers of text dumps, on lines written for them.
import { describe, expect, it } from 'vitest';
import { readPublished, readUpdated, readUpdatedOrRevised } from '../../../pipeline/metadata/text/labels.ts';

describe('readUpdatedOrRevised', () => {
  it('reads a revision stamp whose label opens with a letter outside ASCII', () => {
    expect(readUpdatedOrRevised('Última actualización: 03/06/2021', { language: 'es', dayFirst: true })).toBe('2021-06-03');
    expect(readUpdatedOrRevised('Página revista. Última atualização: 03/06/2021', { language: 'pt', dayFirst: true })).toBe('2021-06-03');
  });
  it('still wants the label to start a word', () => {
    expect(readUpdatedOrRevised('Vorstand 03.06.2021', { language: 'de', dayFirst: true })).toBeNull();
  });
});

describe('readPublished and readUpdated', () => {
  it('read labels written in other scripts, which an ASCII word edge never found', () => {
    expect(readPublished('Опубликовано: 12.03.2021', { language: 'ru', dayFirst: true })).toBe('2021-03-12');
    // A label run into its date, as a dump glues them: still read.
    expect(readPublished('Publicado el12/03/2021', { language: 'es', dayFirst: true })).toBe('2021-03-12');
    expect(readUpdated('Обновлено: 14.03.2021 10:00', { language: 'ru', dayFirst: true })).toBe('2021-03-14T10:00');
    expect(readPublished('نشر في 12/03/2021', { language: 'ar', dayFirst: true })).toBe('2021-03-12');
  });
  it('want the label to end a word: an event\'s "Dates:" is no "Date:"', () => {
    expect(readPublished('Dates: 12.03.2021', { language: 'en', dayFirst: true })).toBeNull();
    expect(readPublished('Datum: 12.03.2021', { language: 'de', dayFirst: true })).toBe('2021-03-12');
  });
});
