// The actor gazetteer: every surface form that names an actor, compiled once from the ISO country
// names (i18n-iso-countries, English and French), demonyms and capitals (world-countries), and the
// hand-kept data in data/countries.json and data/gazetteer.json.
import isoCountries from 'i18n-iso-countries';
import englishNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import frenchNames from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import worldCountries from 'world-countries/countries.json' with { type: 'json' };
import countryAdditions from './data/countries.json' with { type: 'json' };
import gazetteerData from './data/gazetteer.json' with { type: 'json' };
import type { Actor } from '../records/claim.ts';

export type ActorType = Actor['type'];

export interface GazetteerEntry {
  /** The name's word tokens as written in the data; case rules are read from them. */
  tokens: string[];
  id: string;
  type: ActorType;
  /** A combining form ("Sino", "algéro") only names an actor right before a hyphen. */
  combining: boolean;
}

/** Word tokens: runs of letters, marks and digits. Names and sentences are cut the same way. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

interface WorldCountry {
  cca3: string;
  name: { common: string };
  translations: Record<string, { common: string } | undefined>;
  unMember: boolean;
  capital: string[];
  demonyms?: Record<string, { f: string; m: string } | undefined>;
}

const UN_MEMBERS = new Set((worldCountries as WorldCountry[]).filter((c) => c.unMember).map((c) => c.cca3));
const DROPPED = new Set(countryAdditions.drop_names);

/** Strips "(Kingdom of the)"-style qualifiers; names in "Korea, Republic of" order are skipped. */
function usableCountryName(name: string): string | null {
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare.includes(',') || DROPPED.has(bare)) return null;
  if (bare.length < 3 && bare !== bare.toUpperCase()) return null;
  return bare;
}

function frenchForms(demonym: string): string[] {
  const lower = demonym.toLocaleLowerCase('fr');
  const plural = (word: string) => (/[sx]$/.test(word) ? word : `${word}s`);
  return [demonym, plural(demonym), lower, plural(lower)];
}

function countryCandidates(): Map<string, Set<string>> {
  const candidates = new Map<string, Set<string>>();
  const add = (name: string | null, id: string) => {
    if (!name || DROPPED.has(name)) return;
    const ids = candidates.get(name) ?? new Set<string>();
    ids.add(id);
    candidates.set(name, ids);
  };
  for (const names of [englishNames.countries, frenchNames.countries] as Array<Record<string, string | string[]>>) {
    for (const [alpha2, value] of Object.entries(names)) {
      const alpha3 = isoCountries.alpha2ToAlpha3(alpha2);
      if (!alpha3) continue;
      for (const name of Array.isArray(value) ? value : [value]) add(usableCountryName(name), alpha3);
    }
  }
  for (const country of worldCountries as WorldCountry[]) {
    // Common short names ("Syria") that the ISO lists only give in their official form.
    add(usableCountryName(country.name.common), country.cca3);
    const frenchName = country.translations['fra']?.common;
    if (frenchName) add(usableCountryName(frenchName), country.cca3);
    if (country.unMember) for (const capital of country.capital) add(capital, country.cca3);
    const english = country.demonyms?.['eng'];
    if (english) for (const form of new Set([english.m, english.f])) if (form) { add(form, country.cca3); add(`${form}s`, country.cca3); }
    const french = country.demonyms?.['fra'];
    if (french) for (const form of new Set([french.m, french.f])) if (form) for (const variant of frenchForms(form)) add(variant, country.cca3);
  }
  return candidates;
}

/** One id per name: where several countries share a name, the single UN member among them keeps it. */
function resolveCountryNames(): Array<[string, string]> {
  const resolved: Array<[string, string]> = [];
  for (const [name, ids] of countryCandidates()) {
    if (ids.size === 1) { resolved.push([name, [...ids][0]!]); continue; }
    const members = [...ids].filter((id) => UN_MEMBERS.has(id));
    if (members.length === 1) resolved.push([name, members[0]!]);
  }
  return resolved;
}

function buildEntries(): GazetteerEntry[] {
  const byKey = new Map<string, GazetteerEntry>();
  // Earlier sources win: the hand-kept gazetteer and aliases override names derived from the lists.
  const put = (name: string, id: string, type: ActorType, combining = false) => {
    const tokens = wordTokens(name);
    if (tokens.length === 0) return;
    const key = `${combining ? 'c' : 'n'}:${tokens.join(' ')}`;
    if (!byKey.has(key)) byKey.set(key, { tokens, id, type, combining });
  };
  for (const actor of gazetteerData.actors) {
    for (const names of Object.values(actor.names)) for (const name of names) put(name, actor.id, actor.type as ActorType);
  }
  for (const [id, names] of Object.entries(countryAdditions.aliases)) for (const name of names) put(name, id, 'country');
  for (const [id, forms] of Object.entries(countryAdditions.combining_forms)) for (const form of forms) put(form, id, 'country', true);
  for (const [name, id] of resolveCountryNames()) put(name, id, 'country');
  return [...byKey.values()];
}

export const GAZETTEER: readonly GazetteerEntry[] = buildEntries();

/** Entries indexed by their first token, lower-cased, longest first: matching is a lookup per word. */
export const ENTRIES_BY_FIRST_TOKEN: ReadonlyMap<string, readonly GazetteerEntry[]> = (() => {
  const index = new Map<string, GazetteerEntry[]>();
  for (const entry of GAZETTEER) {
    const key = entry.tokens[0]!.toLowerCase();
    const list = index.get(key) ?? [];
    list.push(entry);
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
})();

const isUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

/** Does a word in the text satisfy the case written in the gazetteer? ("US" is not "us"; "Chad" is not "chad".) */
export function tokenMatches(expected: string, actual: string): boolean {
  if (expected.toLowerCase() !== actual.toLowerCase()) return false;
  if (isUpper(expected)) return expected === actual;
  if (isUpper(expected[0]!)) return isUpper(actual[0]!);
  return true;
}
