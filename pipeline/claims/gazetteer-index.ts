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
  /** A state's people's name or adjective ("Ukrainian", "Nigerians", "congolais"), not the state's own name. */
  demonym?: boolean;
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
  /** Words naming a people or a movement ("kurdish", "maoist": data/actors.json `qualifiers`), lower-cased. */
  peopleQualifiers: string[];
}

/** Word tokens: runs of letters, marks and digits. Names and sentences are cut the same way. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

export const isUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

// ---- The file: a first line with the byte length of the header, the header (one line of JSON:
// {"lowerCaseStarts": [...], "agentsAfter": [[phrase, sector], ...], "places": [[name, state], ...],
// "peopleQualifiers": [...], "buckets": [...]}), then the first words' lines, filed in buckets by a hash of the word: "buckets"
// holds where each bucket starts (bytes after the header's line break) and, last, where the lines end.
// A run reads the header alone at start-up and a bucket (~2 KB) when one of its words is first looked
// up: most of the 7 MB is never read, and none of it is decoded or listed whole (a list of the 25k
// words cost more than the rest of the header). A line is the word, a tab, and [single, [[second
// word, list], ...]] with each list as EntryIndex holds it before the one-word names are appended.
// An entry is [tokens, id, type, country, sector, combining (0/1), roles or 0, capital (1, else 0 or
// left out), demonym (1, else left out)], a role [id, type, country, sector, from, to].

type StoredRole = [string, ActorType, string | null, string | null, string | null, string | null];
type StoredEntry = [string[], string, ActorType, string | null, string | null, 0 | 1, StoredRole[] | 0, (0 | 1)?, 1?];

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
  if (e.capital || e.demonym) stored.push(e.capital ? 1 : 0);
  if (e.demonym) stored.push(1);
  return stored;
};

function readEntry([tokens, id, type, country, sector, combining, roles, capital, demonym]: StoredEntry): GazetteerEntry {
  const entry: GazetteerEntry = { tokens, combining: combining === 1, id, type, country, sector };
  if (roles) entry.roles = roles.map(([id, type, country, sector, from, to]) => ({ id, type, country, sector, from, to }));
  if (capital === 1) entry.capital = true;
  if (demonym === 1) entry.demonym = true;
  return entry;
}

/** How many buckets the file's lines are filed in: ~6 first words, ~2 KB, to a bucket. */
const BUCKETS = 4096;

/** The bucket a first word's line is filed in: FNV-1a over its UTF-16 code units (the writer and the reader agree). */
function bucketOf(word: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

/** The file's text for an index held whole in memory (as gazetteer-sources.ts builds it). */
export function indexText(index: {
  entries: ReadonlyMap<string, EntryIndex>;
  lowerCaseStarts: ReadonlySet<string>;
  agentsAfter: Array<[string, string]>;
  places: Array<[string, string]>;
  peopleQualifiers: string[];
}): string {
  const filed: string[][] = Array.from({ length: BUCKETS }, () => []);
  for (const [word, slot] of index.entries) {
    if (word.includes('\t') || word.includes('\n')) throw new Error(`gazetteer: a first word with a tab or line break: ${JSON.stringify(word)}`);
    const single = slot.single.map(storeEntry);
    const bySecond = [...slot.bySecond].map(([second, list]) => [second, list.slice(0, list.length - slot.single.length).map(storeEntry)]);
    filed[bucketOf(word, BUCKETS)]!.push(`${word}\t${JSON.stringify([single, bySecond])}\n`);
  }
  const bucketTexts = filed.map((lines) => lines.join(''));
  const buckets = [0];
  for (const text of bucketTexts) buckets.push(buckets[buckets.length - 1]! + Buffer.byteLength(text));
  const header = JSON.stringify({
    lowerCaseStarts: [...index.lowerCaseStarts],
    agentsAfter: index.agentsAfter,
    places: index.places,
    peopleQualifiers: index.peopleQualifiers,
    buckets,
  });
  return `${Buffer.byteLength(header)}\n${header}\n${bucketTexts.join('')}`;
}

/** Reads `length` bytes of the index file from `position` (a file read, or a slice of bytes in memory). */
export type ReadBytes = (position: number, length: number) => Buffer;

/** The reader of an index held in memory. */
export const bytesReader =
  (bytes: Buffer): ReadBytes =>
  (position, length) =>
    bytes.subarray(position, position + length);

/** The header's lists, each of which every reader of the file needs. */
const HEADER_LISTS = ['lowerCaseStarts', 'agentsAfter', 'places', 'peopleQualifiers', 'buckets'] as const;

/** The longest first line the file can have: the header's length in decimal and a line break. */
const LENGTH_LINE_MAX = 24;

/**
 * Reads the file's header; a bucket's lines are read on the first lookup of one of its words, and a
 * first word's entries parsed on its first lookup (most are never looked up). A read bucket is kept
 * (the file's size at most): its words are the keys, so no looked-up word from a page is kept.
 */
export function parseIndex(read: ReadBytes): GazetteerIndex {
  const start = read(0, LENGTH_LINE_MAX);
  const lengthEnd = start.indexOf(10);
  const headerLength = Number(start.toString('utf8', 0, lengthEnd));
  const headerAt = lengthEnd + 1;
  const header = JSON.parse(read(headerAt, headerLength).toString('utf8')) as {
    lowerCaseStarts: string[];
    agentsAfter: Array<[string, string]>;
    places: Array<[string, string]>;
    peopleQualifiers: string[];
    buckets: number[];
  };
  // A file written by an older compile lacks what later code reads from it (peopleQualifiers came
  // later): an absent list would read as an empty one and silently change the claims.
  const missing = HEADER_LISTS.filter((name) => !Array.isArray(header[name]));
  if (missing.length > 0) {
    throw new Error(`gazetteer index: the header has no ${missing.join(', ')}; the file is from an older compile (run node scripts/compile.mjs)`);
  }
  const linesAt = headerAt + headerLength + 1;
  const bucketCount = header.buckets.length - 1;
  const filed: Array<Map<string, string | EntryIndex> | undefined> = new Array(bucketCount);
  const readBucket = (bucket: number): Map<string, string | EntryIndex> => {
    const from = header.buckets[bucket]!;
    const lines = new Map<string, string | EntryIndex>();
    for (const line of read(linesAt + from, header.buckets[bucket + 1]! - from)
      .toString('utf8')
      .split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) lines.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return lines;
  };
  const get = (word: string): EntryIndex | undefined => {
    const bucket = bucketOf(word, bucketCount);
    let lines = filed[bucket];
    if (!lines) {
      lines = readBucket(bucket);
      filed[bucket] = lines;
    }
    const line = lines.get(word);
    if (typeof line !== 'string') return line;
    const [single, bySecond] = JSON.parse(line) as [StoredEntry[], Array<[string, StoredEntry[]]>];
    const singles = single.map(readEntry);
    const slot = { single: singles, bySecond: new Map(bySecond.map(([second, list]) => [second, [...list.map(readEntry), ...singles]])) };
    lines.set(word, slot);
    return slot;
  };
  return {
    entries: { get },
    lowerCaseStarts: new Set(header.lowerCaseStarts),
    agentsAfter: header.agentsAfter,
    places: header.places,
    peopleQualifiers: header.peopleQualifiers,
  };
}
