// Quantities stated in a sentence: money ("$7.5 billion" → 7500000000 USD, "7,5 milliards de dollars"),
// percentages ("15%") and counted things ("28 Su-30MKA fighters"), with number formats, scales,
// currencies and unit stop-words taken from the language pack.
import type { Quantity } from '../records/claim.ts';
import { execAll, escapeRegex } from '../text/regex.ts';
import { alternation, type LanguagePack } from './language-packs.ts';

interface CompiledQuantityPatterns {
  moneyBefore: RegExp;
  moneyAfter: RegExp;
  percent: RegExp;
  count: RegExp;
  stopword: RegExp;
  scales: Map<string, number>;
  currencies: Map<string, string>;
  numberWords: Map<string, number>;
  decimal: string;
  groups: string[];
}

/** Alternatives as literal text, longest first so "US$" wins over "$". */
const literalAlternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

function compileQuantityPatterns(pack: LanguagePack): CompiledQuantityPatterns {
  const q = pack.data.quantities;
  const groupClass = q.group_separators.map(escapeRegex).join('');
  const number = `\\d{1,3}(?:[${groupClass}]\\d{3})+(?:${escapeRegex(q.decimal_separator)}\\d+)?|\\d+(?:${escapeRegex(q.decimal_separator)}\\d+)?`;
  const numberWords = Object.keys(q.number_words);
  const anyNumber = `${number}|${literalAlternation(numberWords)}`;
  const scales = literalAlternation(Object.keys(q.scales));
  const currencyEntries = Object.keys(q.currencies);
  const symbols = currencyEntries.filter((c) => !/^\p{Ll}/u.test(c));
  const words = currencyEntries.filter((c) => /^\p{Ll}/u.test(c) || /^[A-Z]{3}$/.test(c));
  const connectors = q.currency_connectors.length > 0 ? `(?:\\s+(?:${alternation(q.currency_connectors)})\\s*)?` : '';
  const start = '(?<![\\p{L}\\p{N}-])';
  const end = '(?![\\p{L}\\p{N}])';
  return {
    moneyBefore: new RegExp(`(?<![\\p{L}\\p{N}])(${literalAlternation(symbols)})\\s?(${number})(?:\\s*(${scales})${end})?`, 'gu'),
    moneyAfter: new RegExp(`${start}(${number})(?:\\s*(${scales}))?${connectors}\\s+(${literalAlternation(words)})${end}`, 'gu'),
    percent: new RegExp(`${start}(${number})\\s?(${q.percent.map(escapeRegex).join('|')})(?![\\p{L}])`, 'gu'),
    count: new RegExp(`${start}(${anyNumber})\\s+((?:[\\p{L}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,2}[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)`, 'giu'),
    stopword: new RegExp(`^(?:${alternation(q.stopwords)})$`, 'iu'),
    scales: new Map(Object.entries(q.scales)),
    currencies: new Map(Object.entries(q.currencies)),
    numberWords: new Map(Object.entries(q.number_words).map(([k, v]) => [k.toLowerCase(), v])),
    decimal: q.decimal_separator,
    groups: q.group_separators,
  };
}

/** Compiled on a pack's first use, not at load: a document that never gets here costs nothing. */
const QUANTITY_PATTERNS = new Map<string, CompiledQuantityPatterns>();
function patternsOf(pack: LanguagePack): CompiledQuantityPatterns {
  let compiled = QUANTITY_PATTERNS.get(pack.language);
  if (!compiled) {
    compiled = compileQuantityPatterns(pack);
    QUANTITY_PATTERNS.set(pack.language, compiled);
  }
  return compiled;
}

function parseNumber(raw: string, p: CompiledQuantityPatterns): number {
  const word = p.numberWords.get(raw.toLowerCase());
  if (word !== undefined) return word;
  let digits = raw;
  for (const group of p.groups) digits = digits.split(group).join('');
  if (p.decimal !== '.') digits = digits.replace(p.decimal, '.');
  return Number(digits);
}

const isYear = (raw: string) => /^(?:1[89]|20)\d\d$/.test(raw);
/** The counted thing ends on a plural noun ("fighters", "MiG-29s", "avions"). */
const PLURAL = /[sx]$/u;

/** Amounts with units in a sentence, left to right. */
export function findQuantities(text: string, pack: LanguagePack): Quantity[] {
  if (!/\d|\p{L}/u.test(text)) return [];
  const p = patternsOf(pack);
  const found: Array<Quantity & { start: number; end: number }> = [];
  const free = (start: number, end: number) => !found.some((q) => start < q.end && q.start < end);
  const add = (start: number, end: number, value: number, unit: string | null) => {
    if (Number.isFinite(value) && free(start, end)) found.push({ start, end, text: text.slice(start, end), value, unit });
  };
  for (const m of execAll(p.moneyBefore, text)) {
    const scale = m[3] ? (p.scales.get(m[3]) ?? 1) : 1;
    add(m.index, m.index + m[0].length, parseNumber(m[2]!, p) * scale, p.currencies.get(m[1]!) ?? null);
  }
  for (const m of execAll(p.moneyAfter, text)) {
    const scale = m[2] ? (p.scales.get(m[2]) ?? 1) : 1;
    add(m.index, m.index + m[0].length, parseNumber(m[1]!, p) * scale, p.currencies.get(m[3]!) ?? null);
  }
  for (const m of execAll(p.percent, text)) add(m.index, m.index + m[0].length, parseNumber(m[1]!, p), 'percent');
  for (const m of execAll(p.count, text)) {
    const raw = m[1]!;
    if (isYear(raw)) continue;
    const words = m[2]!.split(/\s+/u);
    // The unit is the longest run of words without a stop-word that ends on a plural.
    let unitWords: string[] = [];
    for (let n = Math.min(words.length, 3); n >= 1; n--) {
      const candidate = words.slice(0, n);
      if (candidate.some((w) => p.stopword.test(w) || p.scales.has(w))) continue;
      if (PLURAL.test(candidate[n - 1]!)) {
        unitWords = candidate;
        break;
      }
    }
    if (unitWords.length === 0) continue;
    const unitStart = m.index + m[0].indexOf(m[2]!);
    const unitText = text.slice(unitStart, unitStart + unitWords.join(' ').length);
    if (unitText !== unitWords.join(' ')) continue;
    add(m.index, unitStart + unitText.length, parseNumber(raw, p), unitText);
  }
  return found.sort((a, b) => a.start - b.start).map(({ text: t, value, unit }) => ({ text: t, value, unit }));
}
