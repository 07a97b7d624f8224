import { describe, expect, it } from 'vitest';
import { wordsBesideDates } from '../../pipeline/metadata/date-line.ts';
import { findDates } from '../../pipeline/text/dates.ts';

const beside = (text: string, language: string) => wordsBesideDates(text, findDates(text, { language, dayFirst: true }));

describe('words beside the dates of a line', () => {
  it('takes out the labels, prepositions and time words of the lexicon', () => {
    expect(beside('Posted on 12 January 2023 at 10:15', 'en')).toEqual([]);
    expect(beside('Veröffentlicht am 6. April 2021 um 14:03 Uhr', 'de')).toEqual([]);
    expect(beside('4 de maio de 2022, 05:34 h Atualizado em 4 de maio de 2022, 05:35', 'pt')).toEqual([]);
  });
  it('leaves the words of a sentence', () => {
    expect(beside('12 de março de 2019, que', 'pt')).toEqual(['que']);
  });
});
