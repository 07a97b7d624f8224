// Times a sentence speaks about, normalised: ranges ("from 2016 to 2020" → 2016/2020) and decades
// ("the 2010s" → 2010/2019) by rule, dates with chrono-node (English and French parsers), month and
// year ("June 2023" → 2023-06) and bare years by rule. Relative dates ("last year") are left out: they
// would need a reference date, and a pure stage has no clock.
import type { ClaimTime } from '../records/claim.ts';
import { type ChronoParser, chronoParser } from '../text/dates.ts';
import { alternation, type LanguagePack } from './language-packs.ts';
import { execAll } from '../text/regex.ts';

export interface TimeMention extends ClaimTime {
  start: number;
  end: number;
}

const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const NOT_BEFORE = '(?<![\\p{L}\\p{N}$€£.,/-])';
const NOT_AFTER = '(?![\\p{L}\\p{N}%]|[.,]\\d)';
const HAS_YEAR = /(?<![\p{N}])(?:1[89]\d\d|20\d\d)(?![\p{N}])/u;
const BARE_YEAR = new RegExp(`${NOT_BEFORE}${YEAR}${NOT_AFTER}`, 'gu');

interface CompiledTimePatterns {
  range: RegExp;
  dashRange: RegExp;
  decades: RegExp[];
  monthYear: RegExp;
  months: Map<string, number>;
  parser: ChronoParser;
}

const pad = (n: number) => String(n).padStart(2, '0');

function compileTimePatterns(pack: LanguagePack): CompiledTimePatterns {
  const time = pack.data.time;
  const months = new Map(Object.entries(time.months).map(([name, month]) => [name.toLowerCase(), month]));
  const monthNames = [...months.keys()].sort((a, b) => b.length - a.length).join('|');
  return {
    range: new RegExp(`(?<![\\p{L}])(?:${alternation(time.range_open)})\\s+${YEAR}\\s+(?:${alternation(time.range_close)})\\s+${YEAR}${NOT_AFTER}`, 'giu'),
    dashRange: new RegExp(`${NOT_BEFORE}${YEAR}\\s*[-–—/]\\s*(\\d{4}|\\d{2})${NOT_AFTER}`, 'gu'),
    decades: time.decade.map(
      (template) =>
        new RegExp(
          `(?<![\\p{L}\\p{N}])${alternation([template]).replace('{DECADE}', '(1[89]\\d0|20\\d0)').replace('{DECADE2}', '([1-9]0)')}(?![\\p{L}\\p{N}])`,
          'giu',
        ),
    ),
    monthYear: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(\\d{1,2})(?:er|st|nd|rd|th)?\\s+)?(${monthNames})\\.?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?${YEAR}${NOT_AFTER}`,
      'giu',
    ),
    months,
    parser: chronoParser(pack.language === 'fr' ? 'fr' : 'en')!,
  };
}

/** Compiled on a pack's first use, not at load: a document that never gets here costs nothing. */
const TIME_PATTERNS = new Map<string, CompiledTimePatterns>();
function patternsOf(pack: LanguagePack): CompiledTimePatterns {
  let compiled = TIME_PATTERNS.get(pack.language);
  if (!compiled) {
    compiled = compileTimePatterns(pack);
    TIME_PATTERNS.set(pack.language, compiled);
  }
  return compiled;
}

/** Four digits that read as a year, wherever they stand (even inside a longer number). */
const YEAR_DIGITS = /(?=(1[89]\d\d|20\d\d))/g;

/**
 * Whether a year is left outside the times found so far. A chrono result counts only if its text
 * states a year, and its text is pieced together from the sentence inside its span: when every
 * year is already inside a found time, every such result overlaps one and would be dropped, so
 * the costly parse can be skipped.
 */
function yearsLeftFree(text: string, found: readonly TimeMention[]): boolean {
  for (const m of execAll(YEAR_DIGITS, text)) {
    const start = m.index;
    const end = start + 4;
    if (!found.some((t) => start < t.end && t.start < end)) return true;
  }
  return false;
}

/** All times in a sentence, left to right, without overlaps (ranges and decades win over years). */
export function findTimes(text: string, pack: LanguagePack): TimeMention[] {
  if (!HAS_YEAR.test(text)) return [];
  const p = patternsOf(pack);
  const found: TimeMention[] = [];
  const free = (start: number, end: number) => !found.some((t) => start < t.end && t.start < end);
  const add = (start: number, end: number, value: string) => {
    if (free(start, end)) found.push({ start, end, value, text: text.slice(start, end) });
  };
  for (const pattern of [p.range, p.dashRange]) {
    for (const m of execAll(pattern, text)) {
      const from = Number(m[1]);
      const toRaw = m[2]!;
      const to = toRaw.length === 2 ? Math.floor(from / 100) * 100 + Number(toRaw) : Number(toRaw);
      if (to > from) add(m.index, m.index + m[0].length, `${from}/${to}`);
    }
  }
  for (const pattern of p.decades) {
    for (const m of execAll(pattern, text)) {
      const digits = m[1]!;
      const decade = digits.length === 2 ? 1900 + Number(digits) : Number(digits);
      add(m.index, m.index + m[0].length, `${decade}/${decade + 9}`);
    }
  }
  for (const m of execAll(p.monthYear, text)) {
    const month = p.months.get(m[2]!.toLowerCase());
    if (!month) continue;
    const day = Number(m[1] ?? m[3] ?? 0);
    const year = m[4]!;
    add(m.index, m.index + m[0].length, day >= 1 && day <= 31 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`);
  }
  for (const result of yearsLeftFree(text, found) ? p.parser.parse(text) : []) {
    if (!HAS_YEAR.test(result.text) || !result.start.isCertain('year')) continue;
    const year = result.start.get('year');
    if (year === null) continue;
    let value = String(year);
    if (result.start.isCertain('month')) {
      value += `-${pad(result.start.get('month') ?? 1)}`;
      if (result.start.isCertain('day')) value += `-${pad(result.start.get('day') ?? 1)}`;
    }
    add(result.index, result.index + result.text.length, value);
  }
  for (const m of execAll(BARE_YEAR, text)) {
    add(m.index, m.index + m[0].length, m[1]!);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The time a claim is about: the first one in its own clause, else the first one in a clause that
 * names no actor ("In June 2023, …"), since a time next to other actors belongs to their statement.
 */
export function timeForClaim(times: readonly TimeMention[], clauseStart: number, clauseEnd: number, isFree: (offset: number) => boolean): ClaimTime | null {
  const chosen = times.find((t) => t.start >= clauseStart && t.end <= clauseEnd) ?? times.find((t) => isFree(t.start));
  return chosen ? { value: chosen.value, text: chosen.text } : null;
}
