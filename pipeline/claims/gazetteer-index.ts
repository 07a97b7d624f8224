// What the actor gazetteer's index holds and how it is written to and read from a file. The index is
// built from its sources by gazetteer-sources.ts; scripts/compile.mjs writes it beside the compiled
// code (lib/claims/data/gazetteer-index.txt) so a run reads it there instead of building it (~0.5 s
// over 7 MB of JSON), and gazetteer.ts looks names up in it, however it was obtained. Kept apart from
// both so neither imports the other's code (the sources module's JSON is never loaded by a run that
// reads the file).
import type { Actor } from '../records/claim.ts';

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
  /** A capital: it stands for the government when it acts ("Moscow said"), else for the state as a place. */
  capital?: boolean;
}

/**
 * Entries indexed by their first two tokens, lower-cased, longest first: matching is a lookup or two
 * per word. (Thousands of names share a first word, "President …", "the …": a list per first word
 * alone would be scanned at every "the".) Each two-word list ends with the one-word names, so a
 * lookup returns one ready list.
 */
export interface EntryIndex {
  single: GazetteerEntry[];
  bySecond: Map<string, GazetteerEntry[]>;
}

/** The whole index: entries by first word, the first words that may be written in lower case, the agents. */
export interface GazetteerIndex {
  entries: Pick<ReadonlyMap<string, EntryIndex>, 'get'>;
  lowerCaseStarts: ReadonlySet<string>;
  /** Agents that follow a state's name ("troops", "foreign minister") and the sector they give. */
  agentsAfter: Array<[string, string]>;
  /** Cities and provinces and their state ("Mosul", "IRQ"): they place a sentence, they are no party. */
  places: Array<[string, string]>;
}

/** Word tokens: runs of letters, marks and digits. Names and sentences are cut the same way. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

export const isUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

// ---- The file: line 1 is {"lowerCaseStarts": [...], "agentsAfter": [[phrase, sector], ...], "places": [[name,
// state], ...]}. Then one
// line per first word: the word, a tab, and [single, [[second word, list], ...]] with each list as
// EntryIndex holds it before the one-word names are appended. An entry is [tokens, id, type, country,
// sector, combining (0/1), roles or 0, capital (1, left out for other names)], a role [id, type,
// country, sector, from, to].

type StoredRole = [string, ActorType, string | null, string | null, string | null, string | null];
type StoredEntry = [string[], string, ActorType, string | null, string | null, 0 | 1, StoredRole[] | 0, 1?];

const storeEntry = (e: GazetteerEntry): StoredEntry => {
  const stored: StoredEntry = [
    e.tokens,
    e.id,
    e.type,
    e.country,
    e.sector,
    e.combining ? 1 : 0,
    e.roles ? e.roles.map((r) => [r.id, r.type, r.country, r.sector, r.from, r.to]) : 0,
  ];
  if (e.capital) stored.push(1);
  return stored;
};

function readEntry([tokens, id, type, country, sector, combining, roles, capital]: StoredEntry): GazetteerEntry {
  const entry: GazetteerEntry = { tokens, combining: combining === 1, id, type, country, sector };
  if (roles) entry.roles = roles.map(([id, type, country, sector, from, to]) => ({ id, type, country, sector, from, to }));
  if (capital === 1) entry.capital = true;
  return entry;
}

/** The file's text for an index held whole in memory (as gazetteer-sources.ts builds it). */
export function indexText(index: {
  entries: ReadonlyMap<string, EntryIndex>;
  lowerCaseStarts: ReadonlySet<string>;
  agentsAfter: Array<[string, string]>;
  places: Array<[string, string]>;
}): string {
  const lines = [JSON.stringify({ lowerCaseStarts: [...index.lowerCaseStarts], agentsAfter: index.agentsAfter, places: index.places })];
  for (const [word, slot] of index.entries) {
    if (word.includes('\t') || word.includes('\n')) throw new Error(`gazetteer: a first word with a tab or line break: ${JSON.stringify(word)}`);
    const single = slot.single.map(storeEntry);
    const bySecond = [...slot.bySecond].map(([second, list]) => [second, list.slice(0, list.length - slot.single.length).map(storeEntry)]);
    lines.push(`${word}\t${JSON.stringify([single, bySecond])}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Reads the file's text; a first word's entries are parsed on its first lookup (most are never looked up). */
export function parseIndex(text: string): GazetteerIndex {
  const firstBreak = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, firstBreak)) as {
    lowerCaseStarts: string[];
    agentsAfter: Array<[string, string]>;
    places: Array<[string, string]>;
  };
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
  return { entries: { get }, lowerCaseStarts: new Set(header.lowerCaseStarts), agentsAfter: header.agentsAfter, places: header.places };
}
