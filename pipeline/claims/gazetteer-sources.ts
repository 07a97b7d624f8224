// The actor gazetteer built from its sources: every surface form that names an actor, from the ISO
// country names (i18n-iso-countries, English and French), demonyms and capitals (world-countries), the
// hand-kept data in data/countries.json and data/gazetteer.json, and the actor lexicon compiled from
// the PETRARCH2 dictionaries (data/actors.json: more country names, organisations, companies, armed
// groups, office holders with dated roles, and agents that add a sector).
// The sources are 7 MB of JSON and the build takes ~0.5 s: scripts/compile.mjs runs it once and writes
// the result (gazetteer-index.ts's format) beside the compiled code; gazetteer.ts calls buildIndex()
// only where there is no such file (the source tree), so the large sources are read inside it, never
// at import.
import { createRequire } from 'node:module';
import countryAdditions from './data/countries.json' with { type: 'json' };
import gazetteerData from './data/gazetteer.json' with { type: 'json' };
import handAgents from './data/agents.json' with { type: 'json' };
import { isUpper, wordTokens, type ActorType, type EntryIndex, type GazetteerEntry, type Role } from './gazetteer-index.ts';

interface Sources {
  isoCountries: typeof import('i18n-iso-countries');
  englishNames: typeof import('i18n-iso-countries/langs/en.json');
  frenchNames: typeof import('i18n-iso-countries/langs/fr.json');
  worldCountries: WorldCountry[];
  lexicon: typeof import('./data/actors.json');
}

function loadSources(): Sources {
  const require = createRequire(import.meta.url);
  return {
    isoCountries: require('i18n-iso-countries'),
    englishNames: require('i18n-iso-countries/langs/en.json'),
    frenchNames: require('i18n-iso-countries/langs/fr.json'),
    worldCountries: require('world-countries/countries.json'),
    lexicon: require('./data/actors.json'),
  };
}

interface WorldCountry {
  cca3: string;
  name: { common: string };
  translations: Record<string, { common: string } | undefined>;
  unMember: boolean;
  capital: string[];
  demonyms?: Record<string, { f: string; m: string } | undefined>;
}

const DROPPED = new Set(countryAdditions.drop_names);

/** A section of data/countries.json keyed by state or name, without its `about`: the entries whose values are lists or records. */
const sectionEntries = <T>(section: Record<string, unknown>): Array<[string, T]> =>
  Object.entries(section).filter((e): e is [string, T] => e[0] !== 'about' && typeof e[1] === 'object' && e[1] !== null);

/** A name two states share (data/countries.json shared_names): its forms, and the states with the dates each bore it alone. */
export interface SharedName {
  names: string[];
  states: Array<{ id: string; from: string | null; to: string | null }>;
}

/** The names two states share ("Congo"), read once for the gazetteer (which gives each the latest state) and actors.ts resolveSharedNames. */
export const SHARED_NAMES: readonly SharedName[] = sectionEntries<SharedName>(countryAdditions.shared_names).map(([, shared]) => shared);

/** The places the dictionaries lack, by the state they lie in (data/countries.json places). */
const HAND_PLACES: Array<[string, string[]]> = sectionEntries<string[]>(countryAdditions.places);

/** Strips "(Kingdom of the)"-style qualifiers; names in "Korea, Republic of" order are skipped. */
function usableCountryName(name: string): string | null {
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare.includes(',') || DROPPED.has(bare)) return null;
  if (bare.length < 3 && bare !== bare.toUpperCase()) return null;
  return bare;
}

/** A name without its diacritics ("Bogotá" → "Bogota"). */
const withoutAccents = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

function frenchForms(demonym: string): string[] {
  const lower = demonym.toLocaleLowerCase('fr');
  const plural = (word: string) => (/[sx]$/.test(word) ? word : `${word}s`);
  return [demonym, plural(demonym), lower, plural(lower)];
}

/**
 * Candidate ids of every country name, and the capitals among the names (a capital that acts, "Moscow
 * said", is the state's government).
 */
function countryCandidates({ isoCountries, englishNames, frenchNames, worldCountries }: Sources): {
  candidates: Map<string, Set<string>>;
  capitals: Set<string>;
} {
  const candidates = new Map<string, Set<string>>();
  const capitals = new Set<string>();
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
  for (const country of worldCountries) {
    // Common short names ("Syria") that the ISO lists only give in their official form.
    add(usableCountryName(country.name.common), country.cca3);
    const frenchName = country.translations.fra?.common;
    if (frenchName) add(usableCountryName(frenchName), country.cca3);
    if (country.unMember)
      for (const capital of country.capital) {
        // Wire copy drops the accents: "Bogota", "Yaounde", "Brasilia" for "Bogotá", "Yaoundé", "Brasília".
        for (const form of new Set([capital, withoutAccents(capital)])) {
          add(form, country.cca3);
          capitals.add(form);
        }
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
  return { candidates, capitals };
}

/** One id per name: where several countries share a name, the single UN member among them keeps it. */
function resolveCountryNames(candidates: Map<string, Set<string>>, unMembers: ReadonlySet<string>): Array<[string, string]> {
  const resolved: Array<[string, string]> = [];
  for (const [name, ids] of candidates) {
    if (ids.size === 1) {
      resolved.push([name, [...ids][0]!]);
      continue;
    }
    const members = [...ids].filter((id) => unMembers.has(id));
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

const kindOf = (kind: string): ActorType => (kind === 'company' ? 'company' : kind === 'group' ? 'group' : 'organization');

/** A person's roles, each once: the dictionaries list some twice (two codes for one organisation, a line repeated). */
function rolesOf(person: LexiconPerson, organizationByCode: ReadonlyMap<string, LexiconOrganization>): Role[] {
  const roles: Role[] = [];
  for (const role of person.roles) {
    if (role.organization) {
      // The longest organisation code that prefixes the person's ("IGOUNOKID" → UNICEF, else the UN).
      let code = role.organization;
      while (code.length > 3 && !organizationByCode.has(code)) code = code.slice(0, -3);
      const org = organizationByCode.get(code);
      if (org) roles.push({ id: org.id, type: kindOf(org.kind), country: org.country, sector: org.sector, from: role.from, to: role.to });
    } else if (role.country) {
      roles.push({ id: role.country, type: 'country', country: role.country, sector: role.sector ?? null, from: role.from, to: role.to });
    }
  }
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Names listed under one id only: a name under several (a shared demonym) names none of them. */
function uniqueNames(lists: Array<[string, string[]]>): Array<[string, string]> {
  const ids = new Map<string, Set<string>>();
  for (const [id, names] of lists) for (const name of names) ids.set(name, (ids.get(name) ?? new Set()).add(id));
  return [...ids].filter(([, set]) => set.size === 1).map(([name, set]) => [name, [...set][0]!]);
}

/**
 * The nouns for one of a state's people among its dictionary names, by state: one word that the
 * English demonym is made of with an adjective's ending ("Turk" of "Turkish", "Croat" of "Croatian"),
 * and not a name of the state itself or its capital ("Tunis" of "Tunisian").
 */
function peopleNouns(worldCountries: readonly WorldCountry[], countries: Record<string, string[]>): Array<[string, string[]]> {
  const byId = new Map(worldCountries.map((c) => [c.cca3, c]));
  return Object.entries(countries).flatMap(([id, names]): Array<[string, string[]]> => {
    const country = byId.get(id);
    const demonym = country?.demonyms?.eng?.m;
    if (!country || !demonym) return [];
    const nouns = names.filter(
      (n) =>
        /^\p{Lu}\p{Ll}{3,}$/u.test(n) &&
        (demonym === `${n}ish` || demonym === `${n}ian`) &&
        n !== country.name.common &&
        !country.capital.includes(n) &&
        !names.includes(`${n}s`),
    );
    return nouns.length > 0 ? [[id, nouns]] : [];
  });
}

/** Every name, from the sources. */
export function buildEntries(sources: Sources = loadSources()): GazetteerEntry[] {
  const { worldCountries, lexicon } = sources;
  const unMembers = new Set(worldCountries.filter((c) => c.unMember).map((c) => c.cca3));
  /**
   * Plurals of English demonyms ("Iraqis", "Palestinians"): a people named as such is the state's
   * civilians (PLOVER's CVL), not its government ("British aircraft killed four Iraqis").
   */
  const demonymPlurals = new Set(
    worldCountries.flatMap((c) => {
      const english = c.demonyms?.eng;
      return english ? [english.m, english.f].filter(Boolean).map((form) => `${form}s`) : [];
    }),
  );
  // French writes a people with a capital ("des Tunisiens", "les Maliennes"), its adjective without
  // ("tunisiens"): the capitalised plural is the people, civilians as above, unless it is also a
  // state's name ("Philippines").
  const stateNames = new Set(worldCountries.flatMap((c) => [c.name.common, c.translations.fra?.common]));
  for (const c of worldCountries) {
    for (const form of [c.demonyms?.fra?.m, c.demonyms?.fra?.f]) {
      const plural = form && (/[sx]$/u.test(form) ? form : `${form}s`);
      if (plural && !stateNames.has(plural)) demonymPlurals.add(plural);
    }
  }
  // A people's noun the dictionaries list beside the adjective ("Turk" for "Turkish", "Serb" for
  // "Serbian") names its people in the plural too ("Turks protested …"): civilians, as above.
  for (const [, names] of peopleNouns(worldCountries, lexicon.countries)) for (const name of names) demonymPlurals.add(`${name}s`);
  /**
   * Every form of a people's name or adjective the lists give ("Ukrainian", "Ukrainians", "ukrainien",
   * "Turks"), a state's own name excepted: a demonym names the state's people or qualifies a noun, so
   * a word after it that a state's name would form a place's name with ("Delta" of "the Niger Delta")
   * belongs to that noun ("US Delta Force", "Iraqi River Police").
   */
  const demonyms = new Set<string>(demonymPlurals);
  for (const c of worldCountries) {
    for (const form of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (form) demonyms.add(form);
    for (const form of [c.demonyms?.fra?.m, c.demonyms?.fra?.f]) if (form) for (const variant of frenchForms(form)) demonyms.add(variant);
  }
  for (const [, names] of peopleNouns(worldCountries, lexicon.countries)) for (const name of names) demonyms.add(name);
  for (const name of stateNames) if (name) demonyms.delete(name);
  const organizations = lexicon.organizations as LexiconOrganization[];
  // Organisations by CAMEO code, for people who act for one ("[IGOUNO 970101-061231]").
  const organizationByCode = new Map(organizations.filter((o) => o.code).map((o) => [o.code!, o]));
  const lexiconById = new Map(organizations.map((o) => [o.id, o]));
  const { candidates, capitals } = countryCandidates(sources);

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
  // A capital is its government when it acts ("Moscow said"); actors.ts reads the flag for the rest.
  const capital = (id: string) => ({ ...state(id, 'GOV'), capital: true });
  // A state's name, or its people's (civilians) for a demonym plural.
  const named = (name: string, id: string) => ({ ...state(id, demonymPlurals.has(name) ? 'CVL' : null), ...(demonyms.has(name) ? { demonym: true } : {}) });
  for (const actor of gazetteerData.actors as HandActor[]) {
    const type = actor.type as ActorType;
    const compiled = lexiconById.get(actor.id);
    const country = actor.country ?? compiled?.country ?? null;
    const sector = actor.sector ?? compiled?.sector ?? (type === 'organization' ? 'IGO' : null);
    for (const names of Object.values(actor.names)) for (const name of names) put(name, { id: actor.id, type, country, sector });
  }
  for (const [id, bySector] of sectionEntries<Record<string, string[]>>(countryAdditions.seats))
    for (const [sector, names] of Object.entries(bySector)) for (const name of names) put(name, state(id, sector));
  for (const [id, names] of Object.entries(countryAdditions.capitals)) for (const name of names) put(name, capital(id));
  for (const [id, names] of Object.entries(countryAdditions.aliases)) for (const name of names) put(name, named(name, id));
  // A name two states share ("Congo") names the latest of them here; actors.ts resolveSharedNames
  // picks the state by the sentence's other names and places, else by the document's date.
  for (const shared of SHARED_NAMES) {
    const latest = shared.states.find((s) => s.to === null) ?? shared.states.at(-1)!;
    for (const name of shared.names) put(name, named(name, latest.id));
  }
  for (const [id, forms] of Object.entries(countryAdditions.combining_forms)) for (const form of forms) put(form, state(id), true);
  for (const [name, id] of resolveCountryNames(candidates, unMembers)) put(name, capitals.has(name) ? capital(id) : named(name, id));
  for (const [name, id] of uniqueNames(Object.entries(lexicon.countries))) put(name, named(name, id));
  for (const [id, names] of peopleNouns(worldCountries, lexicon.countries)) for (const name of names) put(`${name}s`, named(`${name}s`, id));
  for (const org of organizations) for (const name of org.names) put(name, { id: org.id, type: kindOf(org.kind), country: org.country, sector: org.sector });
  for (const person of lexicon.persons as LexiconPerson[]) {
    const roles = rolesOf(person, organizationByCode);
    const first = roles[0];
    if (!first) continue;
    for (const name of person.names) {
      // "President Bush" is both Bushes: a name the dictionaries give several people stands for the one
      // holding a role on the document's date, so it holds all their roles (roleOn picks by the date).
      const held = byKey.get(`n:${wordTokens(name).join(' ')}`);
      if (held?.roles) {
        const known = new Set(held.roles.map((r) => JSON.stringify(r)));
        held.roles.push(...roles.filter((r) => !known.has(JSON.stringify(r))));
      } else put(name, { id: first.id, type: first.type, country: first.country, sector: first.sector, roles: [...roles] });
    }
  }
  return [...byKey.values()];
}

/** The index of gazetteer-index.ts, whole in memory: entries by first two words, lower-case first words, agents. */
export function buildIndex(sources: Sources = loadSources()): {
  entries: Map<string, EntryIndex>;
  lowerCaseStarts: Set<string>;
  agentsAfter: Array<[string, string]>;
  places: Array<[string, string]>;
  peopleQualifiers: string[];
} {
  const gazetteer = buildEntries(sources);
  const entries = new Map<string, EntryIndex>();
  for (const entry of gazetteer) {
    const key = entry.tokens[0]!.toLowerCase();
    let slot = entries.get(key);
    if (!slot) {
      slot = { single: [], bySecond: new Map() };
      entries.set(key, slot);
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
  for (const slot of entries.values()) {
    for (const [second, list] of slot.bySecond) slot.bySecond.set(second, [...list.sort((a, b) => b.tokens.length - a.tokens.length), ...slot.single]);
  }
  // First words of the names that may start with a lower-case letter in the text ("the", French
  // adjectives): every other name starts with a capital, so most words of a text are ruled out by this
  // small set before the large index is consulted.
  const lowerCaseStarts = new Set(gazetteer.filter((e) => !isUpper(e.tokens[0]![0]!)).map((e) => e.tokens[0]!.toLowerCase()));
  // Agents that follow a state's name: the hand-kept ones first, then PETRARCH's.
  const agentsAfter: Array<[string, string]> = [...Object.entries(handAgents.after), ...Object.entries(sources.lexicon.agents as Record<string, string>)];
  // Cities and provinces that are no other actor's name: a name the gazetteer already has (a capital, a
  // demonym the lists give, a dropped ambiguous name) keeps its own reading.
  const known = new Set(gazetteer.map((e) => e.tokens.join(' ').toLowerCase()));
  const places: Array<[string, string]> = [];
  // The dictionaries' places, then the hand-kept ones they lack (data/countries.json places).
  for (const [country, names] of [...Object.entries((sources.lexicon as { places?: Record<string, string[]> }).places ?? {}), ...HAND_PLACES])
    for (const name of names) {
      const tokens = wordTokens(name);
      if (tokens.length > 0 && !DROPPED.has(name) && !known.has(tokens.join(' ').toLowerCase())) places.push([name, country]);
    }
  // Kept in the index so a run that reads its file never loads the 6 MB lexicon for these few words (actors.ts isPeopleQualifier).
  const peopleQualifiers = (sources.lexicon as { qualifiers: string[] }).qualifiers;
  return { entries, lowerCaseStarts, agentsAfter, places, peopleQualifiers };
}
