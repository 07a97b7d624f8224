// The actor gazetteer as the claims stage consults it: which names may start at a word, whether a
// word's case fits a name, the agents that give a state's actor its sector, and what a person stands
// for on a date. The index it reads is written by scripts/compile.mjs beside the compiled code
// (lib/claims/data/gazetteer-index.txt, gazetteer-index.ts's format); the source tree has no such file
// and builds the same index from the sources (gazetteer-sources.ts). Either way lookups go through
// one GazetteerIndex.
import { existsSync, openSync, readSync } from 'node:fs';
import handAgents from './data/agents.json' with { type: 'json' };
import { isUpper, parseIndex, type ReadBytes, WORD, wordTokens, type GazetteerEntry, type GazetteerIndex, type Role } from './gazetteer-index.ts';
import { buildIndex } from './gazetteer-sources.ts';

export { isUpper, WORD, wordTokens, type ActorType, type GazetteerEntry, type Role } from './gazetteer-index.ts';

/** Where scripts/compile.mjs writes the index, relative to this module. */
export const COMPILED_INDEX_FILE = 'data/gazetteer-index.txt';

/** Reads the index file where asked. The file stays open for the process's life: its lines are read on first lookup. */
function fileReader(file: URL): ReadBytes {
  const descriptor = openSync(file, 'r');
  return (position, length) => {
    const bytes = Buffer.allocUnsafe(length);
    // readSync may return fewer bytes than asked: read on until the length or the end of the file.
    let read = 0;
    while (read < length) {
      const n = readSync(descriptor, bytes, read, length - read, position + read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  };
}

function readIndex(file: URL): GazetteerIndex {
  return existsSync(file) ? parseIndex(fileReader(file)) : buildIndex();
}
const INDEX = readIndex(new URL(COMPILED_INDEX_FILE, import.meta.url));

/** Words naming a people or a movement (data/actors.json `qualifiers`, read from the index: actors.ts isPeopleQualifier). */
export const PEOPLE_QUALIFIERS: ReadonlySet<string> = new Set(INDEX.peopleQualifiers);

/** A date written YYYY, YYYY-MM or YYYY-MM-DD (a time may follow the day), as metadata gives it. */
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:$|[T ]))?)?$/u;

/**
 * A date (YYYY, YYYY-MM or YYYY-MM-DD) as one day: a year or month stands for its middle. Null for a
 * date written otherwise ("10 June 1990"), which compares as no date: its first ten characters are no day.
 */
function dayOf(date: string): string | null {
  if (!ISO_DATE.test(date.slice(0, 11))) return null;
  return date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date.slice(0, 10);
}

/** Is a role undated (held at any time)? */
const undated = (r: Role) => !r.from && !r.to;

/** Do a dated role's dates contain `day` (an open end contains every day on its side)? */
const covers = (r: Role, day: string) => (!r.from || r.from <= day) && (!r.to || day <= r.to);

/**
 * What a person stands for on a date (YYYY, YYYY-MM or YYYY-MM-DD): the role whose dates contain it,
 * else their undated role; with no date, their latest role (an open-ended one first; of two open-ended,
 * the later begun, as of two offices held on a date: a name two people share is then the later holder's).
 */
export function roleOn(roles: readonly Role[], date: string | null): Role {
  const day = date ? dayOf(date) : null;
  if (day) {
    const current = roles.filter((r) => !undated(r) && covers(r, day));
    // Office outranks standing: a head of government who is also listed as elite acts as GOV. Of two
    // offices the later begun holds ("Salva Kiir", Sudan's vice-president from 2005, South Sudan's
    // president from 2011; a name two people share holds both their roles).
    const offices = current.filter((r) => r.sector !== 'ELI');
    const latestBegun = offices.reduce<Role | undefined>((best, r) => (!best || (r.from ?? '') > (best.from ?? '') ? r : best), undefined);
    const pick = latestBegun ?? current[0] ?? roles.find(undated);
    if (pick) return pick;
  }
  const latest = (r: Role) => (r.to === null && r.from !== null ? '9999' : (r.to ?? r.from ?? ''));
  const later = (a: Role, b: Role) => (latest(a) !== latest(b) ? latest(a) > latest(b) : (a.from ?? '') > (b.from ?? ''));
  return roles.reduce((best, r) => (later(r, best) ? r : best));
}

/** Does someone hold a role on the document's date: an undated one, or one whose dates cover it? A date not written as ISO's is as none: held. */
export function roleHeldOn(roles: readonly Role[], date: string): boolean {
  const day = dayOf(date);
  return day === null || roles.some((r) => undated(r) || covers(r, day));
}

const NONE: readonly GazetteerEntry[] = [];

/**
 * Any non-ASCII character: the cheap test before NFD, whose combining marks are then dropped. That
 * folds Latin accents ("josé" → "jose") and also Cyrillic letters NFD decomposes (й → и, ё → е), as
 * dictionaries that write ё as е do; an ASCII word skips the normalisation.
 */
const MARKED = /[^\u0000-\u007f]/u;
/**
 * A lower-cased word without its diacritics ("óscar" → "oscar", "josé" → "jose"): the dictionaries
 * write names in plain letters, news in their own spelling or without accents.
 */
export const withoutMarks = (word: string): string => (MARKED.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word);

/** A lookup by a lower-cased word, then, if it has diacritics, by the word without them. */
function lookUp<T>(map: Pick<ReadonlyMap<string, T>, 'get'>, lower: string): T | undefined {
  const found = map.get(lower);
  if (found !== undefined) return found;
  const plain = withoutMarks(lower);
  return plain === lower ? undefined : map.get(plain);
}

/** The entries that may start at word i: those whose second word is the next word, longest first, then one-word names. */
export function candidatesAt(words: readonly string[], i: number): readonly GazetteerEntry[] {
  const word = words[i]!;
  const lower = word.toLowerCase();
  if (!isUpper(word[0]!) && !INDEX.lowerCaseStarts.has(lower)) return NONE;
  const slot = lookUp(INDEX.entries, lower);
  if (!slot) return NONE;
  const next = words[i + 1];
  return (next === undefined ? undefined : lookUp(slot.bySecond, next.toLowerCase())) ?? slot.single;
}

/** Does a word in the text satisfy the case written in the gazetteer? ("US" is not "us"; "Chad" is not "chad".) */
export function tokenMatches(expected: string, actual: string): boolean {
  const [e, a] = [expected.toLowerCase(), actual.toLowerCase()];
  if (e !== a && withoutMarks(e) !== withoutMarks(a)) return false;
  if (isUpper(expected)) return expected === actual;
  if (isUpper(expected[0]!)) return isUpper(actual[0]!);
  return true;
}

export interface AgentEntry {
  tokens: string[];
  sector: string;
  /**
   * Indexes of the tokens written as abbreviations in the dictionary ("lt." in "first lt."): such a
   * word is the agent only as a title is written, capitalised with its full stop ("Lt."); "lt." in
   * lower case is another language's ("laut", according to, in German) or another word.
   */
  abbreviated: number[];
}

/** Indexes of the words of an agent phrase that end with a full stop ("brig. gen." → 0 and 1). */
function abbreviatedWords(phrase: string): number[] {
  const indexes: number[] = [];
  let k = 0;
  for (const match of phrase.matchAll(WORD)) {
    if (phrase[match.index + match[0].length] === '.') indexes.push(k);
    k += 1;
  }
  return indexes;
}

function agentIndex(phrases: Array<[string, string]>, key: (tokens: string[]) => string): ReadonlyMap<string, readonly AgentEntry[]> {
  const index = new Map<string, AgentEntry[]>();
  // The first of phrases with the same words wins; looked up in a set (a list's scan was quadratic in
  // the agents sharing a first word, some ninety for the commonest, at every start).
  const seen = new Set<string>();
  for (const [phrase, sector] of phrases) {
    const tokens = wordTokens(phrase.toLowerCase());
    if (tokens.length === 0) continue;
    const words = tokens.join(' ');
    if (seen.has(words)) continue;
    seen.add(words);
    const list = index.get(key(tokens)) ?? [];
    list.push({ tokens, sector, abbreviated: abbreviatedWords(phrase) });
    index.set(key(tokens), list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

/**
 * Agents that follow a state's name ("Algerian troops", "Russia's foreign minister") by first word,
 * longest first: hand-kept ones, then PETRARCH's. They give the actor its sector. Matched in any case.
 */
export const AGENTS_BY_FIRST_TOKEN = agentIndex(INDEX.agentsAfter, (tokens) => tokens[0]!);

export interface PlaceEntry {
  tokens: string[];
  country: string;
}

/**
 * Cities and provinces, which tell where a sentence happens ("police in Mosul", "Mombasa police") and
 * so whose its unnamed agents are: one-word places by their word, longer ones by their first two words
 * (lower-cased, longest first), since many share a first word ("Al", "San").
 */
const PLACES: { single: Map<string, PlaceEntry[]>; byTwo: Map<string, PlaceEntry[]> } = (() => {
  const single = new Map<string, PlaceEntry[]>();
  const byTwo = new Map<string, PlaceEntry[]>();
  for (const [name, country] of INDEX.places) {
    const tokens = wordTokens(name);
    const [index, key] = tokens.length === 1 ? [single, tokens[0]!.toLowerCase()] : [byTwo, `${tokens[0]!.toLowerCase()} ${tokens[1]!.toLowerCase()}`];
    const list = index.get(key) ?? [];
    list.push({ tokens, country });
    index.set(key, list);
  }
  for (const list of byTwo.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { single, byTwo };
})();

/** The places that may start at word i: those of two or more words first, longest first, then the one-word one. */
export function placesAt(tokens: ReadonlyArray<{ text: string }>, i: number): readonly PlaceEntry[] {
  const first = tokens[i]!.text.toLowerCase();
  const next = tokens[i + 1];
  const longer = next ? (lookUp(PLACES.byTwo, `${first} ${next.text.toLowerCase()}`) ?? []) : [];
  const one = lookUp(PLACES.single, first) ?? [];
  return longer.length === 0 ? one : one.length === 0 ? longer : [...longer, ...one];
}

/** Every word of an agent phrase ("security", "officials"): common nouns, never an unknown group's name. */
export const AGENT_WORDS: ReadonlySet<string> = new Set(INDEX.agentsAfter.flatMap(([phrase]) => wordTokens(phrase.toLowerCase())));

/** French agents that precede the adjective ("l'armée algérienne"), by their last word, longest first. */
export const AGENTS_BY_LAST_TOKEN = agentIndex(Object.entries(handAgents.before), (tokens) => tokens[tokens.length - 1]!);

/**
 * Words that, put before a government title, say the holder no longer holds it or holds it in
 * opposition: "former" → ELI, "ousted", "exiled" → OPP. Derived from the agents dictionary, not
 * listed by hand: PETRARCH codes "former president", "former prime minister" ELI and "ousted premier",
 * "exiled government" OPP, each beside the title alone coded GOV. A word counts when it opens three or
 * more such phrases (a title's singular and plural are two) and all give one sector; so "honorary
 * consul" (one title) or "party president" stay phrases of their own. CAMEO defines ELI as, among
 * others, former government officials, so "former foreign minister", which the dictionary lacks,
 * is ELI as well.
 */
export const TITLE_MODIFIERS: ReadonlyMap<string, string> = (() => {
  const sectorOf = new Map<string, string>();
  for (const [phrase, sector] of INDEX.agentsAfter) if (!sectorOf.has(phrase.toLowerCase())) sectorOf.set(phrase.toLowerCase(), sector);
  const seen = new Map<string, { sectors: Set<string>; titles: number }>();
  for (const [phrase, sector] of sectorOf) {
    const space = phrase.indexOf(' ');
    if (space < 0) continue;
    const [word, title] = [phrase.slice(0, space), phrase.slice(space + 1)];
    if (sectorOf.get(title) !== 'GOV' || sector === 'GOV') continue;
    const s = seen.get(word) ?? { sectors: new Set<string>(), titles: 0 };
    s.sectors.add(sector);
    s.titles += 1;
    seen.set(word, s);
  }
  const modifiers = new Map<string, string>();
  for (const [word, s] of seen) if (s.titles >= 3 && s.sectors.size === 1) modifiers.set(word, [...s.sectors][0]!);
  return modifiers;
})();

/**
 * English makes a region's people adjective from the region's name by a few regular endings: the name
 * itself or its stem without a final "-a", "-ia", "-ya" or "-(i)stan", plus "", "n", "an", "i", "ese"
 * or "nese" ("Papua" → "Papuan", "Chechenia" → "Chechen", "Tibet" → "Tibetan", "Darfur" → "Darfuri",
 * "Aceh" → "Acehnese"). Read backwards: the suffixes a people word may end in, and the endings its
 * stem may take to give a place. Irregular forms ("Kosovar", "Catalan") are not derived.
 */
const PEOPLE_SUFFIXES = ['nese', 'ese', 'an', 'n', 'i', ''] as const;
const PLACE_ENDINGS = ['', 'a', 'ia', 'ya', 'istan', 'stan'] as const;

/**
 * The state of the region a capitalised people word derives from ("Chechen" → RUS by the
 * dictionary's "Chechenia", "Papuan" → IDN by "Papua"), or null: the word must not itself be a place,
 * no agent's word, every region it may derive from must lie in one state, and a stem shorter than four letters derives
 * nothing ("Arab" is no "Arabia"'s more than the Arabs' own word). Only the dictionary's one-word places
 * are read; states have their demonyms in the gazetteer already.
 */
export function stateOfPeopleWord(word: string): string | null {
  const lower = word.toLowerCase();
  // An agent's word ("Christian", "Hindu": the agents dictionary's faiths) is no region's people.
  if (PLACES.single.has(lower) || AGENT_WORDS.has(lower)) return null;
  const states = new Set<string>();
  for (const suffix of PEOPLE_SUFFIXES) {
    if (!lower.endsWith(suffix)) continue;
    const stem = lower.slice(0, lower.length - suffix.length);
    if (stem.length < 4) continue;
    for (const ending of PLACE_ENDINGS) for (const place of PLACES.single.get(stem + ending) ?? []) states.add(place.country);
  }
  return states.size === 1 ? [...states][0]! : null;
}
