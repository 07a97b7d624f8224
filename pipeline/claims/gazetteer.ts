// The actor gazetteer: every surface form that names an actor, compiled once from the ISO country
// names (i18n-iso-countries, English and French), demonyms and capitals (world-countries), the
// hand-kept data in data/countries.json and data/gazetteer.json, and the actor lexicon compiled from
// the PETRARCH2 dictionaries (data/actors.json: more country names, organisations, companies, armed
// groups, office holders with dated roles, and agents that add a sector).
// Start-up: the sources are 7 MB of JSON and the build takes ~0.5 s, so scripts/compile.mjs writes
// the finished index beside the compiled code (lib/claims/data/gazetteer-index.txt, see
// compiledIndexText) and the compiled code reads it instead, parsing a first word's entries only
// when a text contains that word. The source tree has no such file and builds from the sources.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countryAdditions from './data/countries.json' with { type: 'json' };
import gazetteerData from './data/gazetteer.json' with { type: 'json' };
import handAgents from './data/agents.json' with { type: 'json' };
import type { Actor } from '../records/claim.ts';

/** Where scripts/compile.mjs writes the compiled index, relative to this module. */
export const COMPILED_INDEX_FILE = 'data/gazetteer-index.txt';
const COMPILED = readCompiledIndex(new URL(COMPILED_INDEX_FILE, import.meta.url));

interface Sources {
  isoCountries: typeof import('i18n-iso-countries');
  englishNames: typeof import('i18n-iso-countries/langs/en.json');
  frenchNames: typeof import('i18n-iso-countries/langs/fr.json');
  worldCountries: typeof import('world-countries/countries.json');
  lexicon: typeof import('./data/actors.json');
}

/** The large sources, read only when the index is built from them; empty stand-ins otherwise. */
function loadSources(): Sources {
  if (COMPILED) {
    return {
      isoCountries: { alpha2ToAlpha3: () => undefined } as unknown as Sources['isoCountries'],
      englishNames: { locale: 'en', countries: {} } as Sources['englishNames'],
      frenchNames: { locale: 'fr', countries: {} } as Sources['frenchNames'],
      worldCountries: [] as unknown as Sources['worldCountries'],
      lexicon: { organizations: [], persons: [], countries: {}, agents: {} } as unknown as Sources['lexicon'],
    };
  }
  const require = createRequire(import.meta.url);
  return {
    isoCountries: require('i18n-iso-countries'),
    englishNames: require('i18n-iso-countries/langs/en.json'),
    frenchNames: require('i18n-iso-countries/langs/fr.json'),
    worldCountries: require('world-countries/countries.json'),
    lexicon: require('./data/actors.json'),
  };
}
const { isoCountries, englishNames, frenchNames, worldCountries, lexicon } = loadSources();

export type ActorType = Actor['type'];

/** A dated position of a person: the state (or organisation) and sector they act for. */
export interface Role {
  id: string;
  type: ActorType;
  country: string | null;
  sector: string | null;
  from: string | null;
  to: string | null;
}

export interface GazetteerEntry {
  /** The name's word tokens as written in the data; case rules are read from them. */
  tokens: string[];
  id: string;
  type: ActorType;
  country: string | null;
  sector: string | null;
  /** A combining form ("Sino", "algéro") only names an actor right before a hyphen. */
  combining: boolean;
  /** A person: what they stand for depends on the document's date. */
  roles?: Role[];
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

/** Capitals: a capital that acts ("Moscow said") is the state's government. */
const CAPITALS = new Set<string>();
/**
 * Plurals of English demonyms ("Iraqis", "Palestinians"): a people named as such is the state's
 * civilians (PLOVER's CVL), not its government ("British aircraft killed four Iraqis").
 */
const DEMONYM_PLURALS: ReadonlySet<string> = new Set(
  (worldCountries as WorldCountry[]).flatMap((c) => {
    const english = c.demonyms?.eng;
    return english ? [english.m, english.f].filter(Boolean).map((form) => `${form}s`) : [];
  }),
);

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
    const frenchName = country.translations.fra?.common;
    if (frenchName) add(usableCountryName(frenchName), country.cca3);
    if (country.unMember)
      for (const capital of country.capital) {
        add(capital, country.cca3);
        CAPITALS.add(capital);
      }
    const english = country.demonyms?.eng;
    if (english)
      for (const form of new Set([english.m, english.f]))
        if (form) {
          add(form, country.cca3);
          add(`${form}s`, country.cca3);
        }
    const french = country.demonyms?.fra;
    if (french) for (const form of new Set([french.m, french.f])) if (form) for (const variant of frenchForms(form)) add(variant, country.cca3);
  }
  return candidates;
}

/** One id per name: where several countries share a name, the single UN member among them keeps it. */
function resolveCountryNames(): Array<[string, string]> {
  const resolved: Array<[string, string]> = [];
  for (const [name, ids] of countryCandidates()) {
    if (ids.size === 1) {
      resolved.push([name, [...ids][0]!]);
      continue;
    }
    const members = [...ids].filter((id) => UN_MEMBERS.has(id));
    if (members.length === 1) resolved.push([name, members[0]!]);
  }
  return resolved;
}

interface LexiconOrganization {
  id: string;
  kind: string;
  country: string | null;
  sector: string | null;
  code?: string;
  names: string[];
}
interface LexiconPerson {
  names: string[];
  roles: Array<{ country?: string | null; organization?: string; sector?: string | null; from: string | null; to: string | null }>;
}
interface HandActor {
  id: string;
  type: string;
  country?: string;
  sector?: string;
  names: Record<string, string[]>;
}

const ORGANIZATIONS = lexicon.organizations as LexiconOrganization[];
/** Organisations by CAMEO code, for people who act for one ("[IGOUNO 970101-061231]"). */
const ORGANIZATION_BY_CODE = new Map(ORGANIZATIONS.filter((o) => o.code).map((o) => [o.code!, o]));
const LEXICON_BY_ID = new Map(ORGANIZATIONS.map((o) => [o.id, o]));

const kindOf = (kind: string): ActorType => (kind === 'company' ? 'company' : kind === 'group' ? 'group' : 'organization');

function rolesOf(person: LexiconPerson): Role[] {
  const roles: Role[] = [];
  for (const role of person.roles) {
    if (role.organization) {
      // The longest organisation code that prefixes the person's ("IGOUNOKID" → UNICEF, else the UN).
      let code = role.organization;
      while (code.length > 3 && !ORGANIZATION_BY_CODE.has(code)) code = code.slice(0, -3);
      const org = ORGANIZATION_BY_CODE.get(code);
      if (org) roles.push({ id: org.id, type: kindOf(org.kind), country: org.country, sector: org.sector, from: role.from, to: role.to });
    } else if (role.country) {
      roles.push({ id: role.country, type: 'country', country: role.country, sector: role.sector ?? null, from: role.from, to: role.to });
    }
  }
  return roles;
}

function buildEntries(): GazetteerEntry[] {
  const byKey = new Map<string, GazetteerEntry>();
  // Earlier sources win: the hand-kept gazetteer and aliases override names derived from the lists.
  const put = (name: string, entry: Omit<GazetteerEntry, 'tokens' | 'combining'>, combining = false) => {
    if (DROPPED.has(name)) return;
    const tokens = wordTokens(name);
    if (tokens.length === 0) return;
    const key = `${combining ? 'c' : 'n'}:${tokens.join(' ')}`;
    if (!byKey.has(key)) byKey.set(key, { tokens, combining, ...entry });
  };
  const state = (id: string, sector: string | null = null) => ({ id, type: 'country' as const, country: id, sector });
  // A state's name, or its people's (civilians) for a demonym plural.
  const named = (name: string, id: string) => state(id, DEMONYM_PLURALS.has(name) ? 'CVL' : null);
  for (const actor of gazetteerData.actors as HandActor[]) {
    const type = actor.type as ActorType;
    const compiled = LEXICON_BY_ID.get(actor.id);
    const country = actor.country ?? compiled?.country ?? null;
    const sector = actor.sector ?? compiled?.sector ?? (type === 'organization' ? 'IGO' : null);
    for (const names of Object.values(actor.names)) for (const name of names) put(name, { id: actor.id, type, country, sector });
  }
  for (const [id, bySector] of Object.entries(countryAdditions.seats)) {
    if (id === 'about') continue;
    for (const [sector, names] of Object.entries(bySector as Record<string, string[]>)) for (const name of names) put(name, state(id, sector));
  }
  for (const [id, names] of Object.entries(countryAdditions.capitals)) for (const name of names) put(name, state(id, 'GOV'));
  for (const [id, names] of Object.entries(countryAdditions.aliases)) for (const name of names) put(name, named(name, id));
  for (const [id, forms] of Object.entries(countryAdditions.combining_forms)) for (const form of forms) put(form, state(id), true);
  for (const [name, id] of resolveCountryNames()) put(name, CAPITALS.has(name) ? state(id, 'GOV') : named(name, id));
  for (const [name, id] of uniqueNames(Object.entries(lexicon.countries))) put(name, named(name, id));
  for (const org of ORGANIZATIONS) for (const name of org.names) put(name, { id: org.id, type: kindOf(org.kind), country: org.country, sector: org.sector });
  for (const person of lexicon.persons as LexiconPerson[]) {
    const roles = rolesOf(person);
    const first = roles[0];
    if (!first) continue;
    for (const name of person.names) put(name, { id: first.id, type: first.type, country: first.country, sector: first.sector, roles });
  }
  return [...byKey.values()];
}

/** Names listed under one id only: a name under several (a shared demonym) names none of them. */
function uniqueNames(lists: Array<[string, string[]]>): Array<[string, string]> {
  const ids = new Map<string, Set<string>>();
  for (const [id, names] of lists) for (const name of names) ids.set(name, (ids.get(name) ?? new Set()).add(id));
  return [...ids].filter(([, set]) => set.size === 1).map(([name, set]) => [name, [...set][0]!]);
}

/**
 * What a person stands for on a date (YYYY, YYYY-MM or YYYY-MM-DD): the role whose dates contain it,
 * else their undated role; with no date, their latest role (an open-ended one first).
 */
export function roleOn(roles: readonly Role[], date: string | null): Role {
  if (date) {
    const day = date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date.slice(0, 10);
    const current = roles.filter((r) => (r.from || r.to) && (!r.from || r.from <= day) && (!r.to || day <= r.to));
    // Office outranks standing: a head of government who is also listed as elite acts as GOV.
    const pick = current.find((r) => r.sector !== 'ELI') ?? current[0] ?? roles.find((r) => !r.from && !r.to);
    if (pick) return pick;
  }
  const latest = (r: Role) => (r.to === null && r.from !== null ? '9999' : (r.to ?? r.from ?? ''));
  return [...roles].sort((a, b) => (latest(b) > latest(a) ? 1 : latest(b) < latest(a) ? -1 : 0))[0]!;
}

const isUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

/** Every name, built from the sources; empty where the compiled index is read instead. */
export const GAZETTEER: readonly GazetteerEntry[] = COMPILED ? [] : buildEntries();

/**
 * Entries indexed by their first two tokens, lower-cased, longest first: matching is a lookup or two
 * per word. (Thousands of names share a first word, "President …", "the …": a list per first word
 * alone would be scanned at every "the".)
 */
export interface EntryIndex {
  single: GazetteerEntry[];
  bySecond: Map<string, GazetteerEntry[]>;
}

export const ENTRIES_BY_FIRST_TOKEN: Pick<ReadonlyMap<string, EntryIndex>, 'get'> = COMPILED?.entries ??
(() => {
  const index = new Map<string, EntryIndex>();
  for (const entry of GAZETTEER) {
    const key = entry.tokens[0]!.toLowerCase();
    let slot = index.get(key);
    if (!slot) {
      slot = { single: [], bySecond: new Map() };
      index.set(key, slot);
    }
    if (entry.tokens.length === 1) slot.single.push(entry);
    else {
      const second = entry.tokens[1]!.toLowerCase();
      const list = slot.bySecond.get(second) ?? [];
      list.push(entry);
      slot.bySecond.set(second, list);
    }
  }
  // Each two-word list ends with the one-word names, so a lookup returns one ready list.
  for (const slot of index.values()) {
    for (const [second, list] of slot.bySecond) slot.bySecond.set(second, [...list.sort((a, b) => b.tokens.length - a.tokens.length), ...slot.single]);
  }
  return index;
})();

const NONE: readonly GazetteerEntry[] = [];

/**
 * First words, lower-cased, of the names that may start with a lower-case letter in the text ("the",
 * French adjectives): every other name starts with a capital, so most words of a text (lower-case)
 * are ruled out by this small set before the large index is consulted.
 */
const LOWER_CASE_STARTS: ReadonlySet<string> =
  COMPILED?.lowerCaseStarts ?? new Set(GAZETTEER.filter((e) => !isUpper(e.tokens[0]![0]!)).map((e) => e.tokens[0]!.toLowerCase()));

/** The entries that may start at word i: those whose second word is the next word, longest first, then one-word names. */
export function candidatesAt(words: readonly string[], i: number): readonly GazetteerEntry[] {
  const word = words[i]!;
  const lower = word.toLowerCase();
  if (!isUpper(word[0]!) && !LOWER_CASE_STARTS.has(lower)) return NONE;
  const slot = ENTRIES_BY_FIRST_TOKEN.get(lower);
  if (!slot) return NONE;
  const next = words[i + 1];
  return (next === undefined ? undefined : slot.bySecond.get(next.toLowerCase())) ?? slot.single;
}

/** Does a word in the text satisfy the case written in the gazetteer? ("US" is not "us"; "Chad" is not "chad".) */
export function tokenMatches(expected: string, actual: string): boolean {
  if (expected.toLowerCase() !== actual.toLowerCase()) return false;
  if (isUpper(expected)) return expected === actual;
  if (isUpper(expected[0]!)) return isUpper(actual[0]!);
  return true;
}

export interface AgentEntry {
  tokens: string[];
  sector: string;
}

function agentIndex(phrases: Array<[string, string]>, key: (tokens: string[]) => string): ReadonlyMap<string, readonly AgentEntry[]> {
  const index = new Map<string, AgentEntry[]>();
  for (const [phrase, sector] of phrases) {
    const tokens = wordTokens(phrase.toLowerCase());
    if (tokens.length === 0) continue;
    const list = index.get(key(tokens)) ?? [];
    if (!list.some((e) => e.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, sector });
    index.set(key(tokens), list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

/**
 * Agents that follow a state's name ("Algerian troops", "Russia's foreign minister") by first word,
 * longest first: hand-kept ones, then PETRARCH's. They give the actor its sector. Matched in any case.
 */
const AGENTS_AFTER: Array<[string, string]> = COMPILED?.agentsAfter ?? [
  ...Object.entries(handAgents.after),
  ...Object.entries(lexicon.agents as Record<string, string>),
];
export const AGENTS_BY_FIRST_TOKEN = agentIndex(AGENTS_AFTER, (tokens) => tokens[0]!);

/** French agents that precede the adjective ("l'armée algérienne"), by their last word, longest first. */
export const AGENTS_BY_LAST_TOKEN = agentIndex(Object.entries(handAgents.before), (tokens) => tokens[tokens.length - 1]!);

// ---- The compiled index: what scripts/compile.mjs writes, and how the compiled code reads it ----
//
// Line 1: {"lowerCaseStarts": [...], "agentsAfter": [[phrase, sector], ...]}. Then one line per first
// word: the word, a tab, and [single, [[second word, list], ...]] with each list as ENTRIES_BY_FIRST_TOKEN
// holds it before the one-word names are appended. An entry is [tokens, id, type, country, sector,
// combining (0/1), roles or 0], a role [id, type, country, sector, from, to].

type StoredRole = [string, ActorType, string | null, string | null, string | null, string | null];
type StoredEntry = [string[], string, ActorType, string | null, string | null, 0 | 1, StoredRole[] | 0];

const storeEntry = (e: GazetteerEntry): StoredEntry => [
  e.tokens,
  e.id,
  e.type,
  e.country,
  e.sector,
  e.combining ? 1 : 0,
  e.roles ? e.roles.map((r) => [r.id, r.type, r.country, r.sector, r.from, r.to]) : 0,
];

function readEntry([tokens, id, type, country, sector, combining, roles]: StoredEntry): GazetteerEntry {
  const entry: GazetteerEntry = { tokens, combining: combining === 1, id, type, country, sector };
  if (roles) entry.roles = roles.map(([id, type, country, sector, from, to]) => ({ id, type, country, sector, from, to }));
  return entry;
}

/** The index as scripts/compile.mjs writes it; built from the sources (it cannot be made from a compiled one). */
export function compiledIndexText(): string {
  if (COMPILED) throw new Error('the gazetteer index is being read from its compiled file; build it from the sources');
  const index = ENTRIES_BY_FIRST_TOKEN as ReadonlyMap<string, EntryIndex>;
  const lines = [JSON.stringify({ lowerCaseStarts: [...LOWER_CASE_STARTS], agentsAfter: AGENTS_AFTER })];
  for (const [word, slot] of index) {
    if (word.includes('\t') || word.includes('\n')) throw new Error(`gazetteer: a first word with a tab or line break: ${JSON.stringify(word)}`);
    const single = slot.single.map(storeEntry);
    const bySecond = [...slot.bySecond].map(([second, list]) => [second, list.slice(0, list.length - slot.single.length).map(storeEntry)]);
    lines.push(`${word}\t${JSON.stringify([single, bySecond])}`);
  }
  return `${lines.join('\n')}\n`;
}

interface CompiledIndex {
  entries: Pick<ReadonlyMap<string, EntryIndex>, 'get'>;
  lowerCaseStarts: ReadonlySet<string>;
  agentsAfter: Array<[string, string]>;
}

/** Reads a compiled index (null when there is none); a first word's entries are parsed on first lookup. */
export function parseCompiledIndex(text: string): CompiledIndex {
  const firstBreak = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, firstBreak)) as { lowerCaseStarts: string[]; agentsAfter: Array<[string, string]> };
  const raw = new Map<string, string>();
  for (let at = firstBreak + 1; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const tab = text.indexOf('\t', at);
    raw.set(text.slice(at, tab), text.slice(tab + 1, end));
    at = end + 1;
  }
  const parsed = new Map<string, EntryIndex>();
  const get = (word: string): EntryIndex | undefined => {
    let slot = parsed.get(word);
    if (slot) return slot;
    const line = raw.get(word);
    if (line === undefined) return undefined;
    const [single, bySecond] = JSON.parse(line) as [StoredEntry[], Array<[string, StoredEntry[]]>];
    const singles = single.map(readEntry);
    slot = { single: singles, bySecond: new Map(bySecond.map(([second, list]) => [second, [...list.map(readEntry), ...singles]])) };
    parsed.set(word, slot);
    return slot;
  };
  return { entries: { get }, lowerCaseStarts: new Set(header.lowerCaseStarts), agentsAfter: header.agentsAfter };
}

function readCompiledIndex(file: URL): CompiledIndex | null {
  return existsSync(file) ? parseCompiledIndex(readFileSync(file, 'utf8')) : null;
}
