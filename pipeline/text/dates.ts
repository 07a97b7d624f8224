// Dates as pages print them, turned into ISO 8601 at the precision the page states: human dates
// through chrono-node (with the page language's parser), machine dates (meta tags, JSON-LD,
// <time datetime>) through a strict ISO reader. Nothing is filled in from the clock.
import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import timeZones from '../lexicon/time-zones.json' with { type: 'json' };
import { LANGUAGES as LEXICON_LANGUAGES } from '../lexicon/index.ts';
import { ownCopy } from './own-copy.ts';
import { escapeRegex } from './regex.ts';

export interface ParsedDate {
  /** ISO 8601 at the precision stated: 2024, 2024-09, 2024-09-14, 2024-09-14T00:58, 2024-09-14T00:58:00+02:00. */
  value: string;
  /** The text the date was read from, as printed. */
  text: string;
}

export interface DateOptions {
  /** The page's language (ISO 639-1); picks chrono's parser for month names and word order. */
  language?: string | null;
  /**
   * How to read an all-numeric date whose first two numbers could both be a month (03/04/2024):
   * true = day first, false = month first — as the page's other dates show it (see numericOrder).
   * When unset, the convention decides where it is settled (dotted dates, and slashes in languages
   * that put the day first: see conventionalDayFirst); elsewhere (English) the date is left at year
   * precision, as a wrong day is worse than a blank.
   */
  dayFirst?: boolean;
  /**
   * The offsets the page's ambiguous zone abbreviations (EST, CST, IST …) stand for, from its own
   * evidence (zoneReading). An ambiguous abbreviation it does not resolve is dropped: the day and
   * time are kept as printed, without a zone, rather than shifted by another country's offset.
   */
  zones?: ZoneReading;
}

/** A page's reading of the ambiguous zone abbreviations: the offset (minutes east of UTC) of each it resolves. */
export interface ZoneReading {
  /** The resolution as text, for caches keyed by the options. */
  key: string;
  offsets: ReadonlyMap<string, number>;
}

/** What a page shows of where it is: UTC offsets it states elsewhere, and countries (ISO 3166 codes) in order of trust. */
export interface ZoneEvidence {
  offsets: Iterable<number>;
  countries: Iterable<string | null | undefined>;
}

const AMBIGUOUS_ZONES: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  Object.entries(timeZones['by-country']).map(([abbreviation, byCountry]) => [abbreviation, new Map(Object.entries(byCountry))]),
);
/** An ambiguous abbreviation in a date's text; case-insensitive, as chrono reads them. */
const AMBIGUOUS_ZONE = new RegExp(`\\b(${[...AMBIGUOUS_ZONES.keys()].join('|')})\\b`, 'i');
/** A numeric offset beside the abbreviation ("+0100 (BST)", "GMT+1") states the zone itself. */
const NUMERIC_OFFSET = /[+-]\d{2}:?\d{2}\b|\b(?:GMT|UTC)\s*[+-]\s*\d/i;
/** Summer time puts a zone's clock an hour ahead of the offset its abbreviation names. */
const SUMMER_SHIFT_MINUTES = 60;

/** The one candidate `fits` accepts; undefined when none or several do. */
function onlyFit(candidates: readonly number[], fits: (offset: number) => boolean): number | undefined {
  const fitting = candidates.filter(fits);
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * How a page's ambiguous zone abbreviations read. First the UTC offsets the page states elsewhere
 * (its machine dates: the site's own clock), when exactly one country's reading matches one, or
 * failing that is one in summer time (an hour ahead); UTC itself says nothing (sites store UTC
 * everywhere). Then the first of the page's countries (its domain's, og:locale's, its language
 * tag's) that writes the abbreviation. Otherwise the abbreviation stays unresolved.
 */
export function zoneReading(evidence: ZoneEvidence): ZoneReading {
  const stated = [...new Set(evidence.offsets)].filter((offset) => offset !== 0);
  const countries = [...evidence.countries].filter((country): country is string => Boolean(country)).map((country) => country.toUpperCase());
  const offsets = new Map<string, number>();
  for (const [abbreviation, byCountry] of AMBIGUOUS_ZONES) {
    const candidates = [...new Set(byCountry.values())];
    let offset =
      onlyFit(candidates, (candidate) => stated.includes(candidate)) ?? onlyFit(candidates, (candidate) => stated.includes(candidate + SUMMER_SHIFT_MINUTES));
    if (offset === undefined) offset = byCountry.get(countries.find((country) => byCountry.has(country)) ?? '');
    if (offset !== undefined) offsets.set(abbreviation, offset);
  }
  return { key: [...offsets].map(([abbreviation, offset]) => `${abbreviation}${offset}`).join(','), offsets };
}

/** The country a locale tag names (en-AU, en_GB, zh-Hant-TW); null for a bare language. */
export function localeCountry(tag: string | null | undefined): string | null {
  const match = /^[a-z]{2,3}(?:[-_][a-z]{4})?[-_]([a-z]{2})(?:[-_]|$)/i.exec(tag?.trim() ?? '');
  return match ? match[1]!.toUpperCase() : null;
}

const GENERIC_COUNTRY_DOMAINS: ReadonlySet<string> = new Set(timeZones['generic-domains']);
const DOMAIN_COUNTRY: Readonly<Record<string, string>> = timeZones['domain-country'];

/** The country of a URL's country-code top-level domain (.au, .co.uk); null for generic ones (.com, .io). */
export function domainCountry(url: string | null | undefined): string | null {
  let host: string;
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    return null;
  }
  const tld = /\.([a-z]{2})$/i.exec(host)?.[1]?.toLowerCase();
  if (!tld || GENERIC_COUNTRY_DOMAINS.has(tld)) return null;
  return DOMAIN_COUNTRY[tld] ?? tld.toUpperCase();
}

/** The offset of a zone in a date's text, unless it is an abbreviation the page leaves ambiguous (null). */
function statedZone(text: string, offset: number, zones: ZoneReading | undefined): number | null {
  const abbreviation = AMBIGUOUS_ZONE.exec(text);
  if (!abbreviation || NUMERIC_OFFSET.test(text)) return offset;
  return zones?.offsets.get(abbreviation[1]!.toUpperCase()) ?? null;
}

/**
 * A chrono parser as the pipeline runs it: a text and a reference instant, never parse options (the
 * patterns each parser keeps depend on those alone: keptPatterns).
 */
export type ChronoParser = { parse(text: string, reference?: Date): chrono.ParsedResult[] };

// Strict parsers for printed dates: casual ones read "today" or "3 days ago", which need the clock
// to resolve, and are asked only with a capture time (relativeDay).
const LANGUAGES: ReadonlySet<string> = new Set(['en', 'de', 'fr', 'ja', 'pt', 'nl', 'zh', 'ru', 'es', 'uk', 'it', 'sv', 'fi', 'vi', 'id', 'ar']);
const PARSERS = new Map<string, ChronoParser>();
/**
 * A language's parser, its locale loaded on first use: chrono-node's main entry loads all its
 * locales (about 150 ms at start-up) where a page needs one or two. Loaded through require (the
 * package's CommonJS build), so the load stays synchronous; every caller shares the one instance.
 */
const require = createRequire(import.meta.url);
/**
 * Codes that name a language chrono reads under another code: a page may declare Chinese by its
 * ISO 639-3 or 639-2 code ("cmn", "zho", "chi"), kept as declared; the detector's Mandarin is
 * already "zh" (language-detection.ts).
 */
const CHRONO_CODE: Readonly<Record<string, string>> = { cmn: 'zh', zho: 'zh', chi: 'zh' };
export function chronoParser(code: string, mode: 'strict' | 'casual' = 'strict'): ChronoParser | undefined {
  const language = CHRONO_CODE[code] ?? code;
  if (!LANGUAGES.has(language)) return undefined;
  const key = `${mode}:${language}`;
  let parser = PARSERS.get(key);
  if (!parser) {
    parser = keptPatterns((require(`chrono-node/${language}`) as Record<typeof mode, chrono.Chrono>)[mode]);
    PARSERS.set(key, parser);
  }
  return parser;
}

/**
 * `parser` with each of its parsers' patterns built once. Some of chrono's parsers build theirs anew
 * on every parse (a RegExp from a template, or a literal returned from a method, a new object each
 * time: German, French and Dutch time spans, Russian, Chinese, Arabic times), and chrono then
 * compiles the pattern with its word boundary again: every parse of a German page recompiled one
 * alternation of all time units. A pattern depends only on the parse's options (forwardDate), and
 * ChronoParser's parse takes none, so the first one built is the one every later parse would build.
 * None is global or sticky, so no lastIndex carries over from one parse to the next.
 */
function keptPatterns(parser: chrono.Chrono): chrono.Chrono {
  for (const each of parser.parsers) {
    const build = each.pattern.bind(each);
    let kept: RegExp | undefined;
    each.pattern = (context) => (kept ??= build(context));
  }
  return parser;
}

/** Any fixed instant: chrono needs a reference, but results relying on it are rejected below. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** A year written out in the matched text: proves the year was stated, not inferred from the reference. */
const STATED_YEAR = /(?:^|[^\d])(1[89]\d\d|2\d\d\d)(?!\d)/;
/** All-numeric dates (12/03/2024, 12.03.2024, 12-03-24) whose day/month order is a convention. */
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]|\.\d)/;

/**
 * Both forms above hold at least four ASCII digits, and a result's text is made of pieces of the
 * input: a text with fewer cannot state a date, and chrono need not read it.
 */
const FOUR_DIGITS = /\d(?:\D*\d){3}/;
/**
 * Sharper, for findDates and parseDate: every date they return holds, in a run of the text (chrono's
 * results and their merges are runs of it, as are the days of otherDayForms and monthOrYear), a year
 * from 1800 (STATED_YEAR; the other forms' (19|20)\d\d) or an all-numeric date (NUMERIC_DATE,
 * SHORT_YEAR_DATE). A text with neither ("10–19 Uhr, 15344 Strausberg": a sixth of the texts the
 * dev pages ask about) returns no date, so chrono need not read it.
 */
const MAY_HOLD_DATE = /(?:1[89]|2\d)\d\d|\d[/.-]\d{1,2}[/.-]\d\d/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parsersFor(language: string | null | undefined): ChronoParser[] {
  const own = language ? chronoParser(language) : undefined;
  const english = chronoParser('en')!;
  return own && own !== english ? [own, english] : [english];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function formatZone(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Languages whose all-numeric dates put the day first with any separator (25/03/2024, 25-03-2024).
 * English is not among them: British and American pages write the same digits in both orders.
 */
const DAY_FIRST_LANGUAGES = new Set([
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'ru',
  'uk',
  'pl',
  'cs',
  'sk',
  'hu',
  'ro',
  'tr',
  'el',
  'da',
  'sv',
  'no',
  'nb',
  'fi',
  'id',
  'vi',
  'ar',
  'he',
  'hr',
  'sr',
  'sl',
  'bg',
  'ca',
  'et',
  'lv',
  'lt',
]);

/**
 * The order a page's numeric date follows by convention when the page itself shows none: dotted
 * dates (12.03.2024) are day first in every language that writes them (the month-first order is
 * written with slashes), others by the page's language. Undefined when the convention is split.
 */
function conventionalDayFirst(separator: string, language: string | null | undefined): boolean | undefined {
  if (separator === '.') return true;
  return language && DAY_FIRST_LANGUAGES.has(language) ? true : undefined;
}

/** Reads a numeric date's order; null when it cannot be told without guessing. */
function resolveNumeric(
  match: RegExpExecArray,
  options: DateOptions,
): { year: number; month: number; day: number } | { year: number; month: null; day: null } | null {
  const first = Number(match[1]);
  const second = Number(match[3]);
  let year = Number(match[4]);
  if (match[4]!.length === 2) year += year < 50 ? 2000 : 1900;
  let dayFirst: boolean | undefined;
  if (first > 12 && second <= 12) dayFirst = true;
  else if (second > 12 && first <= 12) dayFirst = false;
  else if (first === second) dayFirst = true;
  else dayFirst = options.dayFirst ?? conventionalDayFirst(match[2]!, options.language);
  if (dayFirst === undefined) return { year, month: null, day: null };
  const day = dayFirst ? first : second;
  const month = dayFirst ? second : first;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function fromChrono(result: chrono.ParsedResult, options: DateOptions): ParsedDate | null {
  const start = result.start;
  if (!start.isCertain('year') || (!STATED_YEAR.test(result.text) && !NUMERIC_DATE.test(result.text))) return null;
  let year = start.get('year')!;
  let month: number | null = start.isCertain('month') ? start.get('month')! : null;
  let day: number | null = month !== null && start.isCertain('day') ? start.get('day')! : null;
  const numeric = NUMERIC_DATE.exec(result.text);
  if (numeric) {
    const resolved = resolveNumeric(numeric, options);
    if (!resolved) return null;
    ({ year, month, day } = resolved);
  }
  if (month === null) return { value: String(year), text: result.text };
  if (day === null) return { value: `${year}-${pad(month)}`, text: result.text };
  let value = `${year}-${pad(month)}-${pad(day)}`;
  // A time needs a clock's shape ("13:00", "1 pm", "14h05", "9時"): chrono also reads a bare
  // number after the year ("March 9, 2017 13", a comment count) as an hour.
  if (start.isCertain('hour') && CLOCK.test(result.text) && hourPrinted(result.text, start.get('hour')!)) {
    value += `T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}`;
    const zoned = start.isCertain('timezoneOffset') && start.get('timezoneOffset') !== null;
    // Seconds only when printed: "10:00 GMT" is minute precision with a zone.
    if (start.isCertain('second')) value += `:${pad(start.get('second') ?? 0)}`;
    const offset = zoned ? statedZone(result.text, start.get('timezoneOffset')!, options.zones) : null;
    if (offset !== null) value += formatZone(offset);
  }
  return { value, text: result.text };
}

/**
 * Whether chrono's hour is one the text prints as a clock ("18:50", "9.30 pm"), when it prints one:
 * a range's parse can put a stray number in the hour ("27.04.2020 - 18:50 Uhr 3" read as 3:00).
 */
function hourPrinted(text: string, hour: number): boolean {
  const clocks = [...text.matchAll(/(?<![\d.])(\d{1,2})[:.h]\d{2}(?![\d.])(?:\s*([ap])\.?m\b)?/giu)];
  if (clocks.length === 0) return true;
  return clocks.some((clock) => {
    const printed = Number(clock[1]) % 12;
    return clock[2] ? printed + (clock[2].toLowerCase() === 'p' ? 12 : 0) === hour : Number(clock[1]) === hour || printed === hour || printed + 12 === hour;
  });
}

const CLOCK = /\d[:.h]\d{2}|\d\s*[ap]\.?m\b|\buhr\b|\bnoon\b|\bmidnight\b|[时時点點시]|\d\s*h\b/iu;

/**
 * The month names ICU (shipped with Node) writes in `locale`, in lower case, as [name, month] pairs:
 * each style alone and beside a day, as languages decline them there ("июнь", "июня").
 */
function* icuMonthNames(locale: string, styles: readonly ('long' | 'short')[]): Generator<[string, number]> {
  for (const style of styles) {
    for (const context of [{ month: style }, { month: style, day: 'numeric' as const }]) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(locale, { ...context, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let month = 1; month <= 12; month++) {
        const part = format.formatToParts(new Date(Date.UTC(2001, month - 1, 15))).find((p) => p.type === 'month');
        const name = part?.value.toLowerCase().replace(/\.$/, '');
        if (name && !/^\d+$/.test(name)) yield [name, month];
      }
    }
  }
}

/** Month names in the page's language (long and short forms), from the ICU data shipped with Node. */
const monthNameCache = new Map<string, Map<string, number>>();
export function monthNames(language: string): Map<string, number> {
  let names = monthNameCache.get(language);
  if (names) return names;
  names = new Map();
  for (const locale of language === 'en' ? ['en'] : [language, 'en'])
    for (const [name, month] of icuMonthNames(locale, ['long', 'short'])) names.set(name, month);
  monthNameCache.set(language, names);
  return names;
}

/** Weekday names ICU writes in `locale`, long and short, in lower case without a closing dot ("tuesday", "mardi", "di"). */
export function weekdayNames(locale: string): string[] {
  return (['long', 'short'] as const).flatMap((weekday) =>
    Array.from({ length: 7 }, (_, d) =>
      new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' })
        .format(Date.UTC(2024, 0, 1 + d))
        .toLowerCase()
        .replace(/\.$/u, ''),
    ),
  );
}

/**
 * A language's own month names written out in full (in every grammatical form ICU gives: "juin",
 * "июня"), without those English shares ("april" is also Dutch and German): the words that show a
 * text prints its dates in that language. Short forms are left out, as several are words of other
 * languages ("set", "ago").
 */
const ownMonthNameCache = new Map<string, RegExp | null>();
function ownMonthNames(language: string): RegExp | null {
  if (ownMonthNameCache.has(language)) return ownMonthNameCache.get(language)!;
  const english = monthNames('en');
  const names = new Set<string>();
  for (const [name] of icuMonthNames(language, ['long'])) if (name.length >= 3 && !/\d/.test(name) && !english.has(name)) names.add(name);
  const found = names.size > 0 ? new RegExp(`(?<![\\p{L}])(?:${[...names].map(escapeRegex).join('|')})(?![\\p{L}])`, 'iu') : null;
  ownMonthNameCache.set(language, found);
  return found;
}

/**
 * The lexicon's languages, other than those already `tried`, whose month names `text` prints, in the
 * lexicon's order: a page may print its dates in another language than its text reads in (a blog
 * platform set to French around posts in English, "mardi 5 juin 2018"), and a page whose own
 * languages find no date is read again in these.
 */
export function otherDateLanguages(text: string, tried: Iterable<string | null | undefined>): string[] {
  const done = new Set(['en', ...tried]);
  return LEXICON_LANGUAGES.map((lexicon) => lexicon.language).filter(
    (language) => !done.has(language) && LANGUAGES.has(language) && ownMonthNames(language)?.test(text) === true,
  );
}

/** The longest line read as a date line in another language: a weekday, a day, a time. */
const MAX_FOREIGN_DATE_LINE = 60;

/**
 * The first full, plausible day printed on a line of its own among `lines` (one word may stand beside
 * it: a weekday, a preposition), read in the lexicon's other languages whose month names
 * the lines print, with the language it was read in; null when none. Only such lines: a platform
 * prints its locale's dates as date lines ("mardi 5 juin 2018"), where another language's date in a
 * sentence or a credit ("— Jane (@jane) 16 мая 2018 г.", an embedded post's) dates something else.
 */
export function foreignDateLineDay(
  lines: readonly string[],
  tried: Iterable<string | null | undefined>,
  options: DateOptions,
  notAfter: string | null,
): { value: string; language: string } | null {
  const short = lines.filter((line) => line.length <= MAX_FOREIGN_DATE_LINE && FOUR_DIGITS.test(line));
  for (const language of otherDateLanguages(short.join('\n'), tried)) {
    for (const line of short) {
      const date = findDates(line, { ...options, language }).find((found) => found.value.length >= 10);
      if (!date || !plausiblePageDay(date.value, notAfter)) continue;
      const rest = line
        .replace(date.text, ' ')
        .replace(/[\p{P}\p{S}\s]+/gu, ' ')
        .trim();
      if (rest === '' || !rest.includes(' ')) return { value: date.value, language };
    }
  }
  return null;
}

/** "September 2024", "sept. 2024", "2024" alone: the forms chrono leaves out. */
function monthOrYear(text: string, language: string): ParsedDate | null {
  const trimmed = text.trim();
  if (/^(1[89]\d\d|2\d\d\d)$/.test(trimmed)) return { value: trimmed, text: trimmed };
  const match = /(?<![\p{L}\d])(\p{L}{3,12})\.?,?\s+(1[89]\d\d|2\d\d\d)(?!\d)/u.exec(trimmed);
  if (!match) return null;
  const month = monthNames(language).get(match[1]!.toLowerCase());
  return month ? { value: `${match[2]}-${pad(month)}`, text: match[0] } : null;
}

/** A clock time printed after a separator: "21 November 2017 • 9:41am", "12 March 2024 | 14h05". */
const TRAILING_TIME = /^(\s*[•·|,–—-]\s*(?:at\s+|à\s+|um\s+)?)(\d{1,2})[:.h](\d{2})(?:\s*([ap])\.?m\.?)?(?![\d:])/iu;

/** Joins a time that chrono left out (it stops at the separator) to a day-precision date. */
function withTrailingTime(parsed: ParsedDate | null, text: string, index: number): ParsedDate | null {
  if (parsed?.value.length !== 10) return parsed;
  const match = TRAILING_TIME.exec(text.slice(index + parsed.text.length));
  if (!match) return parsed;
  let hour = Number(match[2]);
  const minute = Number(match[3]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return parsed;
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return parsed;
  return { value: `${parsed.value}T${pad(hour)}:${pad(minute)}`, text: parsed.text + match[0] };
}

/**
 * "4. 2. 2022": a dotted day and month with a space after each dot, as German, Czech, Slovak and
 * Polish typesetting writes them (DIN 5008's older form). Chrono reads only the closed form.
 */
const SPACED_DOTTED = /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)(?![\d])/gu;
/** "Dezember 10, 2019": a month name in the page's language in the month-first order (a template's English format with translated names). */
const NAME_MONTH_FIRST = /(?<![\p{L}\d])(\p{L}{3,12})\.?\s(\d{1,2}),\s((?:19|20)\d\d)(?!\d)/gu;
/**
 * "14 Januar 2022", "7. oktober 2020", "31. October, 2023", "07 Dezember, 2022": a day before a month
 * name, in the forms chrono's parsers leave out (no dot in German, a comma before the year, a
 * language it has no parser for); the name is looked up in the page's language and English.
 */
const DAY_BEFORE_NAME = /(?<![\p{L}\d.])(\d{1,2})\.?\s(\p{L}{3,12})\.?,?\s((?:19|20)\d\d)(?!\d)/gu;

/**
 * "06.11.23", "1.11.23 20:19": an all-numeric day with a two-digit year, when it is written as one
 * (day and month in two digits) or a clock time follows it; "2.11.23" alone is as often a version.
 * A full stop after it ends the sentence ("vom 08.02.21."), unless a digit follows ("08.02.21.5").
 */
const SHORT_YEAR_DATE = /(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/-]|\.\d)/g;
const CLOCK_AFTER = /^\s*[-–,|]?\s*\d{1,2}:\d{2}/;

/** Full days chrono leaves out, by their index in `text`. */
function* otherDayForms(text: string, options: DateOptions): Generator<[number, ParsedDate]> {
  const valid = (year: number, month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  SPACED_DOTTED.lastIndex = 0;
  for (let match = SPACED_DOTTED.exec(text); match; match = SPACED_DOTTED.exec(text)) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (valid(year, month, day)) yield [match.index, { value: `${year}-${pad(month)}-${pad(day)}`, text: match[0] }];
  }
  const names = monthNames(options.language ?? 'en');
  DAY_BEFORE_NAME.lastIndex = 0;
  for (let match = DAY_BEFORE_NAME.exec(text); match; match = DAY_BEFORE_NAME.exec(text)) {
    const month = names.get(match[2]!.toLowerCase());
    const [day, year] = [Number(match[1]), Number(match[3])];
    if (month && valid(year, month, day)) yield [match.index, { value: `${year}-${pad(month)}-${pad(day)}`, text: match[0] }];
  }
  // All-numeric days with a two-digit year, which chrono leaves out, read in the page's order.
  SHORT_YEAR_DATE.lastIndex = 0;
  for (let match = SHORT_YEAR_DATE.exec(text); match; match = SHORT_YEAR_DATE.exec(text)) {
    const writtenAsDay = match[1]!.length === 2 && match[3]!.length === 2;
    if (!writtenAsDay && !CLOCK_AFTER.test(text.slice(match.index + match[0].length))) continue;
    const resolved = resolveNumeric(match, options);
    if (resolved?.day) yield [match.index, { value: `${resolved.year}-${pad(resolved.month)}-${pad(resolved.day)}`, text: match[0] }];
  }
  if (options.language && options.language !== 'en') {
    NAME_MONTH_FIRST.lastIndex = 0;
    for (let match = NAME_MONTH_FIRST.exec(text); match; match = NAME_MONTH_FIRST.exec(text)) {
      const month = names.get(match[1]!.toLowerCase());
      const [day, year] = [Number(match[2]), Number(match[3])];
      if (month && valid(year, month, day)) yield [match.index, { value: `${year}-${pad(month)}-${pad(day)}`, text: match[0] }];
    }
  }
}

/** The first (by position) of the days chrono leaves out. */
const firstOtherDay = (text: string, options: DateOptions) => [...otherDayForms(text, options)].sort(([a], [b]) => a - b)[0];

/** The first date printed in `text`, at the precision stated; null when none is stated in full. */
export function parseDate(text: string, options: DateOptions = {}): ParsedDate | null {
  if (!MAY_HOLD_DATE.test(text)) return null;
  for (const parser of parsersFor(options.language)) {
    for (const result of parser.parse(text, REFERENCE)) {
      const parsed = withTrailingTime(fromChrono(result, options), text, result.index);
      // A year chrono read out of a day it could not ("2. 2022" of "4. 2. 2022") is no date of its own.
      if (parsed && (parsed.value.length >= 10 || !firstOtherDay(text, options))) return parsed;
    }
  }
  const other = firstOtherDay(text, options);
  return other ? (withTrailingTime(other[1], text, other[0]) ?? other[1]) : monthOrYear(text, options.language ?? 'en');
}

/**
 * findDates' answers by language, day order and text, kept across pages: a page's short lines are read
 * by several readers (date lines, bylines, the newest date, the text cleaner's chrome test) and the
 * same lines recur on every page of a site; about a quarter of chrono's parses on ../shared/dev were
 * repeats. The answer depends on those three alone. Cleared when it grows past a bound. The keys and
 * the kept dates' texts are copies (own-copy.ts): a line cut from a page would keep the page alive.
 */
const foundDates = new Map<string, readonly ParsedDate[]>();
const MAX_KEPT_DATE_TEXTS = 20_000;

/**
 * A line with the spaces between its dates put back, as a text dump runs adjacent elements
 * together: a template's publication and update dates ("19. Dezember 202219. Dezember 2022",
 * "20 janvier 202020 janvier 2020"), a name before its date ("Rodrigo Mejías04 de mayo
 * 2022"), and a word or a time after a year ("August 2, 2019Author", "4 de mayo de 202200:00").
 * Chrono reads a run of digits as one number, and a word glued to a day hides it.
 */
export function partGluedDates(text: string): string {
  return text
    .replace(/(?<!\d)((?:19|20)\d\d)(?=\p{Lu}|[0-2]\d[:.h][0-5]\d(?!\d))/gu, '$1 ')
    .replace(/(?<!\d)((?:19|20)\d\d)(?=\d{1,2}\.?\s?(?:\p{L}+\.?\s){1,2}(?:19|20)\d\d(?!\d))/gu, '$1 ')
    .replace(/(\p{Ll})(?=\d{1,2}\.?\s(?:\p{L}+\.?\s){1,2}(?:19|20)\d\d(?!\d))/gu, '$1 ');
}

/** Every date printed in `text` (year stated), in order of appearance. */
export function findDates(text: string, options: DateOptions = {}): ParsedDate[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const key = `${options.language}\u0000${options.dayFirst}\u0000${options.zones?.key ?? ''}\u0000${text}`;
  let dates = foundDates.get(key);
  if (dates === undefined) {
    if (foundDates.size >= MAX_KEPT_DATE_TEXTS) foundDates.clear();
    dates = readDates(text, options).map((date) => ({ value: ownCopy(date.value), text: ownCopy(date.text) }));
    foundDates.set(ownCopy(key), dates);
  }
  // Copies: the kept answer must not change with what a caller does to its own.
  return dates.map((date) => ({ ...date }));
}

function readDates(text: string, options: DateOptions): ParsedDate[] {
  const found = new Map<number, ParsedDate>();
  for (const parser of parsersFor(options.language)) {
    for (const result of parser.parse(text, REFERENCE)) {
      if (found.has(result.index)) continue;
      const parsed = withTrailingTime(fromChrono(result, options), text, result.index);
      if (parsed) found.set(result.index, parsed);
    }
  }
  // A day chrono missed replaces what it read of the same span (the year alone, "2. 2022").
  for (const [index, parsed] of otherDayForms(text, options)) {
    const end = index + parsed.text.length;
    if ([...found.entries()].some(([at, date]) => at <= index && at + date.text.length >= end && date.value.length >= 10)) continue;
    for (const at of [...found.keys()]) if (at >= index && at < end) found.delete(at);
    found.set(index, withTrailingTime(parsed, text, index) ?? parsed);
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, date]) => date);
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;

/**
 * A machine-readable date (meta tags, JSON-LD, <time datetime>) as ISO 8601, keeping its precision
 * and zone; other machine formats (RFC 2822, "10/05/2022 05:22 pm") go through the human parser,
 * read with `options` (the page's language and numeric order). Null when invalid.
 */
export function normaliseIsoDate(value: string, options: DateOptions = {}): string | null {
  const trimmed = value.trim();
  const match = ISO.exec(trimmed);
  if (!match) {
    // ISO 8601's basic format, as meta tags write it (name="pdate" content="20190806", "ptime"
    // 20190806103251): a day, or a day and a time, from 1900 on. Other runs of digits (ids, Unix
    // times) are no dates here.
    const basic = /^((?:19|20)\d\d)(\d\d)(\d\d)(?:T?(\d\d)(\d\d)(\d\d)?)?$/.exec(trimmed);
    if (basic) {
      const [, y, mo, d, h, mi, s] = basic;
      return normaliseIsoDate(`${y}-${mo}-${d}${h === undefined ? '' : `T${h}:${mi}${s === undefined ? '' : `:${s}`}`}`);
    }
    if (!trimmed || /^\d+$/.test(trimmed)) return null;
    // A well-formed day with a garbled time after it ("2022-01-10T22:06:08:684Z", "2021-03-04T9h30")
    // still states its day; the time is dropped rather than guessed.
    const dayThenTime = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(trimmed);
    if (dayThenTime) return normaliseIsoDate(dayThenTime[1]);
    return parseDate(trimmed, options)?.value ?? null;
  }
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  if (year < 1000) return null;
  if (mo === undefined) return y!;
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return `${y}-${mo}`;
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return null;
  let result = `${y}-${mo}-${d}T${h}:${mi}`;
  if (s !== undefined) result += `:${s}${fraction ?? ''}`;
  if (zone) {
    if (/^z$/i.test(zone)) return `${result}Z`;
    const digits = zone.replace(':', '');
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    if (hours > 23 || minutes > 59) return null;
    result += `${digits[0]}${digits.slice(1, 3)}:${digits.slice(3, 5)}`;
  }
  return result;
}

const NUMERIC_DATES = new RegExp(NUMERIC_DATE.source, 'g');

/**
 * The day/month order a page's all-numeric dates follow, read from the dates that can only be read
 * one way (25/03/2024 is day first, 03/25/2024 month first) and from machine-readable dates the page
 * also states (`known`: ISO dates from meta tags or <time datetime>) that match one reading and not
 * the other. Undefined when the page shows no order, or shows both.
 */
export function numericOrder(text: string, known: readonly string[] = []): boolean | undefined {
  let dayFirst = false;
  let monthFirst = false;
  const knownDays = new Set(known.map((value) => value.slice(0, 10)).filter((value) => value.length === 10));
  NUMERIC_DATES.lastIndex = 0;
  for (let match = NUMERIC_DATES.exec(text); match; match = NUMERIC_DATES.exec(text)) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    let year = Number(match[4]);
    if (match[4]!.length === 2) year += year < 50 ? 2000 : 1900;
    if (first > 12 && second <= 12) dayFirst = true;
    else if (second > 12 && first <= 12) monthFirst = true;
    else if (first !== second) {
      const asDayFirst = `${year}-${pad(second)}-${pad(first)}`;
      const asMonthFirst = `${year}-${pad(first)}-${pad(second)}`;
      if (knownDays.has(asDayFirst) && !knownDays.has(asMonthFirst)) dayFirst = true;
      if (knownDays.has(asMonthFirst) && !knownDays.has(asDayFirst)) monthFirst = true;
    }
  }
  return dayFirst === monthFirst ? undefined : dayFirst;
}

/**
 * The day/month order of a locale with a region (en-GB, en_US, de-CH), as the ICU data shipped with
 * Node writes its short numeric dates: true = day first, false = month first. Undefined for a bare
 * language ("en" is written both ways), a region that writes the year first, or a tag ICU rejects.
 */
export function localeDayFirst(tag: string | null | undefined): boolean | undefined {
  const locale = tag?.trim().replace(/_/g, '-');
  if (!locale || !/^[a-z]{2,3}-(?:[a-z]{2}|\d{3})(?:-|$)/i.test(locale)) return undefined;
  // Building an Intl formatter costs more than the rest of a page's date reading; a run meets few
  // distinct tags, and ICU answers the same for the same tag.
  if (dayFirstByLocale.has(locale)) return dayFirstByLocale.get(locale);
  if (dayFirstByLocale.size >= MAX_KEPT_LOCALES) dayFirstByLocale.clear();
  const answer = readDayFirst(locale);
  dayFirstByLocale.set(locale, answer);
  return answer;
}

const dayFirstByLocale = new Map<string, boolean | undefined>();
const MAX_KEPT_LOCALES = 1000;

function readDayFirst(locale: string): boolean | undefined {
  let order: string[];
  try {
    order = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2001, 10, 23)))
      .map((part) => part.type)
      .filter((type) => type === 'day' || type === 'month' || type === 'year');
  } catch {
    return undefined;
  }
  if (order[0] === 'year') return undefined;
  return order.indexOf('day') < order.indexOf('month');
}

/** "3 days ago", "Updated 2h ago", "il y a 3 jours", "vor 2 Stunden": dates that need the clock to resolve. */
export const RELATIVE_DATE =
  /\b(?:\d+|an?|one|two|three)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago\b|\b(?:yesterday|today|just now)\b|\bil y a\s+\d+|\bvor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)\b|\bhace\s+\d+/iu;

/**
 * How far before the capture a relative date is read to its day: past a week, pages round ("3 weeks
 * ago", "2 months ago") and the day is not stated.
 */
const MAX_RELATIVE_DAYS = 7;

/**
 * The day a relative date in `text` stands for ("2 hours ago", "vor 3 Tagen", "il y a 2 jours",
 * "yesterday"), counted back from `capturedAt` (the capture's instant, WARC-Date) with chrono's
 * casual parser in the page's language, else in English; null without a capture time, when `text`
 * states none, when the result falls after the capture, or when it is more than a week before it.
 * The UTC day of the instant: the page's own zone is not known.
 */
export function relativeDay(text: string, language: string | null | undefined, capturedAt: string | null): string | null {
  if (!capturedAt || !RELATIVE_DATE.test(text)) return null;
  const captured = Date.parse(capturedAt);
  if (Number.isNaN(captured)) return null;
  const own = language ? chronoParser(language, 'casual') : undefined;
  const english = chronoParser('en', 'casual')!;
  for (const parser of own && own !== english ? [own, english] : [english]) {
    for (const result of parser.parse(text, new Date(captured))) {
      // "3 months ago" leaves the day implied: not stated.
      if (!result.start.isCertain('day')) continue;
      const moment = result.start.date().getTime();
      if (moment > captured || captured - moment > MAX_RELATIVE_DAYS * 86_400_000) continue;
      return new Date(moment).toISOString().slice(0, 10);
    }
  }
  return null;
}

/** A day printed without its year ("Monday 3 March", "[06月24日 11時30分]", "3. März"). */
export interface YearlessDay {
  month: number;
  day: number;
  /** 0 (Sunday) to 6, when the weekday is printed beside it. */
  weekday: number | null;
  text: string;
}

/**
 * The days `text` prints with a month and a day of the month but no year, read by the page
 * language's strict parser (and English): month names, the forms a language writes with the
 * month's own word or sign ("6月24日"). All-numeric forms ("30.11.", "3/4") are left out, as are
 * dates whose year chrono takes from the reference.
 */
export function yearlessDays(text: string, options: DateOptions = {}): YearlessDay[] {
  const found: YearlessDay[] = [];
  for (const parser of parsersFor(options.language)) {
    for (const result of parser.parse(text, REFERENCE)) {
      const start = result.start;
      if (start.isCertain('year') || STATED_YEAR.test(result.text) || !start.isCertain('month') || !start.isCertain('day')) continue;
      if (!/[^\d\s\p{P}\p{S}]/u.test(result.text.replace(/\d{1,2}[:.h]\d{2}/gu, ''))) continue;
      if (found.some((day) => day.text === result.text)) continue;
      found.push({ month: start.get('month')!, day: start.get('day')!, weekday: start.isCertain('weekday') ? start.get('weekday')! : null, text: result.text });
    }
  }
  return found;
}

/** What a page states that can give a year-less day its year. */
export interface YearEvidence {
  /**
   * The page's own names that can hold its day: its body's or article's id, its images' file names
   * inside the article, its og:image (without query strings). Not links to other pages, nor a
   * stylesheet's version stamp: those date other pages and files.
   */
  ownNames: string;
  /** The year and month the page's URL path files it under ("/2019/06/"), or null. */
  urlMonth: { year: number; month: number } | null;
  /** The capture's instant, or null. */
  capturedAt: string | null;
  /**
   * Whether the page shows it may be older than its capture: a full date printed on it, or a
   * copyright year before the capture's. The capture's year is then not the page's.
   */
  olderThanCapture: boolean;
}

/**
 * How long before the capture a year-less day is taken to fall in the capture's year (or the year
 * before): a page saved months after it was written prints a day the calendar repeats every year.
 */
const CAPTURE_YEAR_DAYS = 62;

/**
 * The full day a year-less printed day stands for, or null. Its year comes from, in order: a full
 * date with the same month and day in the page's own names (one year only, and the URL's when the
 * URL states one), the URL path's year and month (the printed month must be the URL's), the capture
 * (only with a printed weekday, within CAPTURE_YEAR_DAYS before it, and when the page shows nothing
 * older). The weekday, when printed, must agree; the day must be a plausible page day.
 */
export function yearOfYearlessDay(printed: YearlessDay, evidence: YearEvidence): string | null {
  const { month, day } = printed;
  const fits = (year: number) => {
    const value = `${year}-${pad(month)}-${pad(day)}`;
    if (day > daysInMonth(year, month) || !plausiblePageDay(value, evidence.capturedAt)) return null;
    if (printed.weekday !== null && new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== printed.weekday) return null;
    return value;
  };
  const url = evidence.urlMonth;
  if (url && url.month !== month) return null;
  const sameDay = new RegExp(`(?<!\\d)((?:199|20\\d)\\d)(?<separator>[-_/.]?)${pad(month)}\\k<separator>${pad(day)}(?!\\d)`, 'g');
  const years = new Set([...evidence.ownNames.matchAll(sameDay)].map((match) => Number(match[1])));
  if (years.size > 1) return null;
  if (years.size === 1) {
    const year = [...years][0]!;
    return url && url.year !== year ? null : fits(year);
  }
  if (url) return fits(url.year);
  if (!evidence.capturedAt || printed.weekday === null || evidence.olderThanCapture) return null;
  const captured = Date.parse(evidence.capturedAt);
  const capturedYear = Number(evidence.capturedAt.slice(0, 4));
  for (const year of [capturedYear, capturedYear - 1]) {
    const value = fits(year);
    if (value && captured - Date.parse(`${value}T00:00:00Z`) <= CAPTURE_YEAR_DAYS * 86_400_000) return value;
  }
  return null;
}

/** UTC offsets in use on Earth, in hours: how far a page's own calendar day can be from UTC's. */
const EARLIEST_OFFSET_HOURS = -12;
const LATEST_OFFSET_HOURS = 14;
const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/;

/**
 * The page's own calendar day for a publication instant written in UTC, when the page prints it.
 * Templates often store the time in UTC ("2022-05-04T00:44Z") while the page prints its local day
 * (3 May in New York): a UTC instant fixes the moment, not the day. When the first day the page
 * states elsewhere (URL, date line) is the instant's day at some real UTC offset but not UTC's own,
 * that day is the page's; otherwise (no other day, same day, or one no offset reaches) null.
 * `printed` yields the days the page states elsewhere, in order, and is read only for a UTC instant.
 */
export function localDayOfUtcInstant(instant: string, printed: () => Iterable<string | null>): string | null {
  const match = UTC_INSTANT.exec(instant);
  if (!match) return null;
  // Only a UTC instant looks for the days the page prints: finding them takes a walk of the page.
  let stated: string | undefined;
  for (const value of printed()) {
    if (value && /^\d{4}-\d{2}-\d{2}$/.test(value.slice(0, 10))) {
      stated = value.slice(0, 10);
      break;
    }
  }
  if (!stated || stated === match[1]) return null;
  const moment = Date.parse(instant.replace(/([+-]00):?(00)$/, 'Z'));
  if (Number.isNaN(moment)) return null;
  const dayAt = (hours: number) => new Date(moment + hours * 3_600_000).toISOString().slice(0, 10);
  return stated === dayAt(EARLIEST_OFFSET_HOURS) || stated === dayAt(LATEST_OFFSET_HOURS) ? stated : null;
}

/** A UTC instant at 21:00, 22:00 or 23:00 sharp, to the second: midnight at UTC+3, +2 or +1. */
const LOCAL_MIDNIGHT_AS_UTC = /^(\d{4}-\d{2}-\d{2})T2[123]:00:00(?:\.0+)?(?:Z|[+-]00:?00)$/;

/**
 * The day a UTC instant stands for when it is a local midnight written in UTC: a CMS that stores a
 * day alone as midnight in its own zone (Central or Eastern Europe) and prints it as UTC gives
 * "2022-11-06T23:00:00.000Z" for 7 November. A story filed at 23:00:00 sharp is rarer than that
 * conversion, and the minutes and seconds must all be zero. Null for any other instant.
 */
export function dayOfLocalMidnight(instant: string): string | null {
  const match = LOCAL_MIDNIGHT_AS_UTC.exec(instant);
  if (!match) return null;
  const next = new Date(Date.parse(`${match[1]}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

/** Days before the web's public years are a book's or a subject's dates, not a page's (htmldate's bound). */
export const EARLIEST_PAGE_YEAR = 1995;

/** A day that can be a page's publication date: well-formed, from 1995 on, not after the capture. */
export function plausiblePageDay(value: string | null, notAfter: string | null): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return false;
  if (Number(value.slice(0, 4)) < EARLIEST_PAGE_YEAR) return false;
  return !notAfter || value.slice(0, 10) <= notAfter.slice(0, 10);
}

/**
 * Whether a date found in `text` is part of a name rather than printed: joined by a hyphen or an
 * underscore to a word ("[Banner-2023-10-20-Sale]", "report_2021-03-04_final.pdf"), as a dump prints
 * an image's file name or a slug. A range's other end ("12-14 May 2020") is digits, and stays.
 */
function partOfName(text: string, date: ParsedDate, at: number): boolean {
  if (at < 0) return false;
  return /\p{L}[-_]$/u.test(text.slice(Math.max(0, at - 2), at)) || /^[-_]\p{L}/u.test(text.slice(at + date.text.length, at + date.text.length + 2));
}

/** The first full, plausible day printed in `texts` (in order), read with the page's language and order. */
export function firstPageDay(texts: Iterable<string>, options: DateOptions, notAfter: string | null): string | null {
  for (const text of texts) {
    // Where the search for each date's print goes on: past the last one found, so a day printed
    // again after a file name holding it ("img-2021-03-04.jpg Posted 2021-03-04") is read there.
    let from = 0;
    for (const date of findDates(text, options)) {
      const at = text.indexOf(date.text, from);
      if (date.value.length >= 10 && plausiblePageDay(date.value, notAfter) && !partOfName(text, date, at)) return date.value;
      if (at >= 0) from = at + date.text.length;
    }
  }
  return null;
}
