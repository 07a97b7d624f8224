/**
 * What is left of a line beside its dates: the HTML and the text-dump readers both tell a date line
 * ("Posted on 12 January 2023 at 10:15", "4 de maio de 2022, 05:34 h") from a sentence that holds a
 * date by the words left once its dates, their labels and little words are taken out.
 */
import { pattern } from '../lexicon/index.ts';
import type { ParsedDate } from '../text/dates.ts';

/** Labels, prepositions and time words around a date (the lexicon's date-line-word), every one. */
const DATE_LINE_WORDS = new RegExp(pattern('date-line-word').source, 'giu');

/**
 * The words of `text` left beside its `dates`, once the dates, whatever `alsoOut` matches (global
 * patterns: relative dates, a byline's tail) and the date line's little words are taken out.
 */
export function wordsBesideDates(text: string, dates: readonly ParsedDate[], alsoOut: readonly RegExp[] = []): string[] {
  let rest = text;
  for (const date of dates) rest = rest.replace(date.text, ' ');
  for (const out of alsoOut) rest = rest.replace(out, ' ');
  return rest
    .replace(DATE_LINE_WORDS, ' ')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}
