// The explorer's data files assembled from per-document pieces: each document contributes its
// columns of the index (small), its chunk items (its record as the document view shows it, its
// blocks grouped by document) and its claims' columns. The publishing writer takes the pieces from
// the document's fragment, so a rebuild reads no table back; the standalone generator (collect.ts)
// makes them from a version's JSONL files. Chunks are cut by document with a rule that looks at one
// document only (cutAfter), so a changed document changes the chunk that holds it and no other,
// and a chunk whose documents are all unchanged is taken compressed from the cache. A chunk's gzip
// is made of deflate segments, each a run of items cut by a rule of the same kind (endsRun), so a
// chunk that holds a changed document compresses that document's run (and the next, which takes
// its last item as dictionary) and copies the other runs' segments from the cache.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MODALITIES, RELATIONS, type ClaimRecord, type Quantity } from '../../records/claim.ts';
import type { BlockRecord } from '../../records/block.ts';
import type { DocumentRecord } from '../../records/document.ts';
import { sha256 } from '../checksums.ts';
import { crc32Combine, deflateSegment, FINAL_EMPTY_BLOCK, GZIP_HEADER, gzipPortable, gzipTrailer, type Segment } from '../gzip.ts';
import {
  CLAIMS_KEY,
  DATA_GLOBAL,
  INDEX_KEY,
  blockChunkKey,
  documentChunkKey,
  type ActorEntry,
  type ClaimsIndex,
  type DocumentsIndex,
  type ExplorerBlock,
  type ExplorerDocument,
  type ExplorerIndex,
  type PackedData,
} from './shape.ts';

/** Mean size of one chunk's JSON: big enough to keep the file count low, small enough to open fast. */
export const CHUNK_BYTES = 512 * 1024;
/** No chunk grows past this many times its mean (a run of documents none of which ends one): it is cut before the document that would. */
export const MAX_CHUNK_FACTOR = 4;

export interface DatasetLabel {
  title: string | null;
  version: string | null;
}

/** A digest of a file the explorer wrote, as the writer records every file of a version. */
export interface WrittenFile {
  sha256: string;
  bytes: number;
}

/** What the documents index holds of one document, besides what is counted from its claims and blocks. */
export interface ExplorerEntry {
  title: string | null;
  site: string | null;
  published: string | null;
  language: string | null;
  genre: string | null;
  words: number;
  path: string;
  /** Length of the document's chunk item (JSON text, in UTF-16 units). */
  bytes: number;
  /** Its groups of blocks, in blocks.jsonl's order: the document they carry, the item's length, blocks kept and dropped. */
  groups: [documentId: string, bytes: number, kept: number, dropped: number][];
}

/** The chunk items of one document: the JSON text of its record as shown, and of each of its groups of blocks. */
export interface ExplorerItems {
  document: string;
  groups: string[];
}

/** What the claims index holds of one claim; `mismatch` is 1 when its offsets do not give its evidence in its document's text. */
export interface ExplorerClaim {
  document: string;
  start: number;
  end: number;
  subject: { id: string; type: string; name: string };
  object: { id: string; type: string; name: string };
  relation: string;
  modality: string;
  negative: 0 | 1;
  attributedTo: string | null;
  timeValue: string | null;
  timeText: string | null;
  quantities: Quantity[];
  confidence: number;
  extractor: string;
  mismatch: 0 | 1;
}

/** The document as the document view shows it: the record without its Markdown, which the view does not use. */
export function documentItem(record: DocumentRecord): string {
  const { markdown: _markdown, ...shown } = record;
  return JSON.stringify(shown satisfies ExplorerDocument);
}

/** One block as the audit view shows it (its document is the group's key). */
export function blockItem(block: BlockRecord): string {
  const shown: ExplorerBlock = {
    position: block.position,
    kind: block.kind,
    kept: block.kept,
    reason: block.reason,
    text: block.text,
    start: block.start,
    end: block.end,
  };
  return JSON.stringify(shown);
}

/** A group's chunk item: the blocks of one document, keyed by its id (BlockChunk). */
export const groupItem = (documentId: string, blocks: string[]) => `${JSON.stringify(documentId)}:[${blocks.join(',')}]`;

/** A run of blocks of one document: their items (blockItem), and how many were kept and dropped. */
export interface BlockRun {
  documentId: string;
  items: string[];
  kept: number;
  dropped: number;
}

/**
 * Groups blocks, in the order given (blocks.jsonl's), into runs of one document each: a run ends
 * where the next block carries another document. Each run is one group of the explorer's chunks,
 * whether the blocks come from a fragment (explorerPieces) or from a version's file (collect.ts).
 */
export class BlockRuns {
  private run: BlockRun | null = null;

  /** Adds the next block; returns the run it ended when it starts a new one. */
  add(block: BlockRecord): BlockRun | null {
    const ended = this.run && this.run.documentId !== block.document_id ? this.end() : null;
    this.run ??= { documentId: block.document_id, items: [], kept: 0, dropped: 0 };
    this.run.items.push(blockItem(block));
    if (block.kept) this.run.kept += 1;
    else this.run.dropped += 1;
    return ended;
  }

  /** The run in progress, ended (null when no block came since the last one ended). */
  end(): BlockRun | null {
    const ended = this.run;
    this.run = null;
    return ended;
  }
}

export function entryOf(record: DocumentRecord, bytes: number): ExplorerEntry {
  return {
    title: record.title,
    site: record.site_name,
    published: record.published,
    language: record.language,
    genre: record.genre,
    words: record.word_count,
    path: record.source.path,
    bytes,
    groups: [],
  };
}

/** A claim's columns; `text` is its document's text when known (else the claim is flagged). */
export function explorerClaim(claim: ClaimRecord, text: string | null): ExplorerClaim {
  const actor = (a: ClaimRecord['subject']) => ({ id: a.id, type: a.type, name: a.name });
  return {
    document: claim.document_id,
    start: claim.start,
    end: claim.end,
    subject: actor(claim.subject),
    object: actor(claim.object),
    relation: claim.relation,
    modality: claim.modality,
    negative: claim.polarity === 'negative' ? 1 : 0,
    attributedTo: claim.attributed_to ?? null,
    timeValue: claim.time?.value ?? null,
    timeText: claim.time?.text ?? null,
    quantities: claim.quantities.map((q: Quantity) => ({ text: q.text, value: q.value, unit: q.unit })),
    confidence: claim.confidence,
    extractor: claim.extractor,
    mismatch: text !== null && text.slice(claim.start, claim.end) === claim.text ? 0 : 1,
  };
}

/** A document's pieces for the explorer, from its records (a fragment keeps them). */
export function explorerPieces(
  document: DocumentRecord,
  claims: ClaimRecord[],
  blocks: BlockRecord[],
): { entry: ExplorerEntry; items: ExplorerItems; claims: ExplorerClaim[] } {
  const item = documentItem(document);
  const entry = entryOf(document, item.length);
  const groups: string[] = [];
  const close = (run: BlockRun | null) => {
    if (!run) return;
    const text = groupItem(run.documentId, run.items);
    groups.push(text);
    entry.groups.push([run.documentId, text.length, run.kept, run.dropped]);
  };
  const runs = new BlockRuns();
  for (const block of blocks) close(runs.add(block));
  close(runs.end());
  // A claim of this document is checked against its text; one naming another document cannot be here.
  const own = (claim: ClaimRecord) => (claim.document_id === document.id ? document.text : null);
  return { entry, items: { document: item, groups }, claims: claims.map((claim) => explorerClaim(claim, own(claim))) };
}

/**
 * Whether a chunk ends after an item: with probability item bytes ÷ CHUNK_BYTES, decided by a hash
 * of the document's id, so chunks hold CHUNK_BYTES on average and where they end depends on no
 * other document (a rule by running size would move every later boundary when one document grows).
 */
export function cutAfter(documentId: string, bytes: number, chunkBytes = CHUNK_BYTES): boolean {
  return endsByHash(documentId, 0, bytes, chunkBytes);
}

/** Runs of items (one deflate segment each) hold a chunk's mean size ÷ this on average. */
export const RUNS_PER_CHUNK = 32;

/**
 * Whether a run of items, deflated as one segment, ends after an item (its chunk's end ends it
 * too): the rule of cutAfter for a mean of a 32nd of a chunk (16 KB), on other bits of the id's hash.
 * Items as large as that are a run each; tiny ones share one, so a chunk of thousands of them costs
 * a few dozen deflate streams and cache files, not one per item.
 */
export function endsRun(documentId: string, bytes: number, chunkBytes = CHUNK_BYTES): boolean {
  return endsByHash(documentId, 1, bytes, chunkBytes / RUNS_PER_CHUNK);
}

/** True with probability bytes ÷ meanBytes, decided by the `part`th 48 bits of a hash of the document's id. */
function endsByHash(documentId: string, part: number, bytes: number, meanBytes: number): boolean {
  if (bytes >= meanBytes) return true;
  const fraction = Number.parseInt(sha256(documentId).slice(12 * part, 12 * part + 12), 16) / 2 ** 48;
  return fraction < bytes / meanBytes;
}

/**
 * A data file is a script that registers one value, so the page can load it from file:// (no
 * fetch); the value's JSON text is registered gzip-compressed (PackedData). A fixed level and
 * a fixed header (no name, no time, the OS byte of gzipPortable) make the bytes the same at every build and on every platform. Level 6: on 1,000
 * synthetic captures level 9 saved 5% more (17.0 against 17.9 MB, from 131 MB as plain JSON) for
 * twice the CPU (4 s against 1.8 s over writing plain JSON).
 */
export function dataFileText(key: string, json: string): string {
  return packedFileText(key, gzipPortable(json));
}

/** The data file of `key` whose JSON is `packed` (gzipPortable's bytes). */
function packedFileText(key: string, packed: Buffer): string {
  const value: PackedData = { gzipBase64: packed.toString('base64') };
  return `// pagepress explorer data, generated from the JSONL files of this version; do not edit. gzip-compressed JSON, base64-encoded.\n(globalThis.${DATA_GLOBAL} ??= {})[${JSON.stringify(key)}] = ${JSON.stringify(value)};\n`;
}

export const dataFilePath = (key: string) => `explore/data/${key}.js`;

/** Writes a file of the version and returns its digest, computed from the bytes in hand. */
export async function writeHashed(versionDir: string, path: string, text: string | Buffer): Promise<WrittenFile> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const full = join(versionDir, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, bytes);
  return { sha256: sha256(bytes), bytes: bytes.length };
}

/** Compressed chunk JSON by a key of everything it is made of, and the segments of its runs of items (the build cache; see FragmentStore). */
export interface ChunkCache {
  /** The key of a chunk made of these members, by its kind and the chunks' mean size (which cuts its runs), from their identities. */
  chunkKey(kind: string, chunkBytes: number, identities: string[]): string;
  getChunk(key: string): Promise<Buffer | null>;
  putChunk(key: string, packed: Buffer): Promise<void>;
  /** The key of the segment of a run of items (`identities`) in a chunk of `kind`, after the item `previous` (null: the run opens its chunk). */
  runSegmentKey(kind: string, previous: string | null, identities: string[]): string;
  getRunSegment(key: string): Promise<Segment | null>;
  putRunSegment(key: string, segment: Segment): Promise<void>;
  /** Notes a run's segment as needed without reading it (its chunk was taken whole), so pruning the cache keeps it. */
  keepRunSegment(key: string): void;
}

/** One item of a chunk: the document it is of, what identifies its text in the cache (null: nothing), its length and its text. */
export interface ChunkMember {
  documentId: string;
  identity: string | null;
  bytes: number;
  text: () => Promise<string> | string;
}

/**
 * Deflates at once, on libuv's thread pool (4 threads): more in flight would only hold more zlib
 * state (a few hundred KB each), which one stream per item of a chunk of tiny items ran to 550 MB.
 */
const DEFLATES_IN_FLIGHT = 4;

/** `work` applied to every value, at most `limit` at a time; the results in the values' order. */
async function mapBounded<T, R>(values: T[], limit: number, work: (value: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(values.length);
  let next = 0;
  const worker = async () => {
    while (next < values.length) {
      const i = next++;
      results[i] = await work(values[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, worker));
  return results;
}

/** Chunks of one kind, filled in order and written as each one ends. */
class Chunks {
  private members: ChunkMember[] = [];
  private bytes = 0;
  count = 0;
  readonly written = new Map<string, WrittenFile>();

  constructor(
    private readonly versionDir: string,
    private readonly kind: string,
    private readonly keyOf: (chunk: number) => string,
    /** The JSON text before the first item and after the last one (items are separated by commas). */
    private readonly opening: string,
    private readonly closing: string,
    private readonly cache: () => ChunkCache | null,
    private readonly chunkBytes: number,
  ) {}

  /** Whether the chunk being filled holds an item of this document. */
  holds(documentId: string): boolean {
    return this.members.some((member) => member.documentId === documentId);
  }

  /** Adds an item; returns the number of the chunk it went into. */
  async add(member: ChunkMember): Promise<number> {
    if (this.members.length > 0 && this.bytes + member.bytes > MAX_CHUNK_FACTOR * this.chunkBytes) await this.close();
    const chunk = this.count;
    this.members.push(member);
    this.bytes += member.bytes;
    if (cutAfter(member.documentId, member.bytes, this.chunkBytes)) await this.close();
    return chunk;
  }

  /** The runs of a chunk's items, each deflated as one segment: [first, end) indices, cut by endsRun and at the chunk's end. */
  private runsOf(members: ChunkMember[]): [first: number, end: number][] {
    const runs: [number, number][] = [];
    let first = 0;
    for (const [i, member] of members.entries())
      if (i === members.length - 1 || endsRun(member.documentId, member.bytes, this.chunkBytes)) {
        runs.push([first, i + 1]);
        first = i + 1;
      }
    return runs;
  }

  /**
   * The cache key of a run's segment, when every item it depends on has an identity: its own items
   * and, unless it opens the chunk, the item before it, whose text is its dictionary.
   */
  private runKey(cache: ChunkCache | null, members: ChunkMember[], [first, end]: [number, number]): string | null {
    if (!cache) return null;
    const identities = members.slice(first, end).map((member) => member.identity);
    const previous = first === 0 ? null : members[first - 1]!.identity;
    if ((first > 0 && previous === null) || identities.some((identity) => identity === null)) return null;
    return cache.runSegmentKey(this.kind, previous, identities as string[]);
  }

  /**
   * The gzip of a chunk's JSON: a segment per run of items (the opening or a comma before each
   * item), then the closing. A run's dictionary is the previous item's own text, without the comma
   * or opening before it, which are the same bytes in the stream wherever that item stands: so a
   * run's segment depends only on its items and that one, and is taken from the cache whenever they
   * are the same, whether or not the previous item opened its chunk then and now. A changed
   * document costs the deflating of its run and the next, not of the chunks that hold them.
   * The price is in size: a run sees one item behind it, not the chunk's 32 KB window, so what
   * repeats across items further apart is not found. The document chunks of 291 README files
   * (2.1 MB of JSON) came out 3% larger than each chunk gzipped whole, and 16% when each item was
   * cut to 200 characters (small items lean most on their neighbours); the version of 1,000
   * realistic captures (`npm run bench:scale -- 1000`) went from 43 to 44 MB. A longer dictionary
   * (the run's whole predecessor run) would win some of it back but tie a segment to more items,
   * so a changed document would deflate more runs again.
   */
  private async pack(members: ChunkMember[], cache: ChunkCache | null): Promise<Buffer> {
    const texts: Promise<string>[] = [];
    const textOf = (i: number) => (texts[i] ??= Promise.resolve(members[i]!.text()));
    const runs = this.runsOf(members);
    const segments = await mapBounded(runs, DEFLATES_IN_FLIGHT, async (run) => {
      const key = this.runKey(cache, members, run);
      const stored = key ? await cache!.getRunSegment(key) : null;
      if (stored) return stored;
      const [first, end] = run;
      const items: string[] = [];
      for (let i = first; i < end; i++) items.push(await textOf(i));
      const data = Buffer.from(`${first === 0 ? this.opening : ','}${items.join(',')}`, 'utf8');
      const segment = await deflateSegment(data, first === 0 ? null : Buffer.from(await textOf(first - 1), 'utf8'));
      if (key) await cache!.putRunSegment(key, segment);
      return segment;
    });
    this.closingSegment ??= deflateSegment(Buffer.from(this.closing, 'utf8'), null);
    segments.push(await this.closingSegment);
    let crc = 0;
    let length = 0;
    for (const segment of segments) {
      crc = crc32Combine(crc, segment.crc, segment.length);
      length += segment.length;
    }
    return Buffer.concat([GZIP_HEADER, ...segments.map((segment) => segment.deflated), FINAL_EMPTY_BLOCK, gzipTrailer(crc, length)]);
  }

  /** The closing's segment, the same for every chunk of the kind. */
  private closingSegment: Promise<Segment> | null = null;

  /** Writes the chunk being filled, if it holds anything: its compressed JSON from the cache when all its items are known to it. */
  async close(): Promise<void> {
    if (this.members.length === 0) return;
    const members = this.members;
    this.members = [];
    this.bytes = 0;
    const key = this.keyOf(this.count);
    this.count += 1;
    const cache = this.cache();
    const identities = members.map((member) => member.identity);
    const cacheKey = cache && identities.every((identity) => identity !== null) ? cache.chunkKey(this.kind, this.chunkBytes, identities as string[]) : null;
    let packed = cacheKey ? await cache!.getChunk(cacheKey) : null;
    // Its runs' segments are what the chunk is made again from when one of its documents changes.
    if (packed)
      for (const run of this.runsOf(members)) {
        const runKey = this.runKey(cache, members, run);
        if (runKey) cache!.keepRunSegment(runKey);
      }
    if (!packed) {
      packed = await this.pack(members, cache);
      if (cacheKey) await cache!.putChunk(cacheKey, packed);
    }
    const path = dataFilePath(key);
    this.written.set(path, await writeHashed(this.versionDir, path, packedFileText(key, packed)));
  }
}

/** Hands out small integers for repeated values. */
class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  id(value: string): number {
    let found = this.index.get(value);
    if (found === undefined) {
      found = this.values.length;
      this.values.push(value);
      this.index.set(value, found);
    }
    return found;
  }
  optional(value: string | null | undefined): number {
    return value == null ? -1 : this.id(value);
  }
}

/**
 * Builds a version's explorer data: documents in id order (with their chunk items), groups of
 * blocks in blocks.jsonl's order, claims in claims.jsonl's order; `finish` writes the two index
 * files. Memory holds the index columns and one chunk of each kind, never the documents.
 */
export class ExplorerBuilder {
  private readonly documentIds: string[] = [];
  private readonly entries: ExplorerEntry[] = [];
  private readonly documentChunkOf: number[] = [];
  /** Per document id: block chunks holding its groups, blocks kept and dropped. */
  private readonly blocksOf = new Map<string, { chunks: number[]; kept: number; dropped: number }>();
  private hasBlocks = false;
  private readonly claimIds: string[] = [];
  private readonly claimList: ExplorerClaim[] = [];
  private readonly documentChunks: Chunks;
  private readonly blockChunks: Chunks;
  /** Set by the writer once it knows the build cache. */
  cache: ChunkCache | null = null;

  /** `chunkBytes`: the chunks' mean size (tests make it small to get many chunks from little text). */
  constructor(
    private readonly versionDir: string,
    chunkBytes = CHUNK_BYTES,
  ) {
    this.documentChunks = new Chunks(versionDir, 'documents', documentChunkKey, '{"documents":[', ']}', () => this.cache, chunkBytes);
    this.blockChunks = new Chunks(versionDir, 'blocks', blockChunkKey, '{"blocks":{', '}}', () => this.cache, chunkBytes);
  }

  /** Says the version has a blocks table, also when it holds no block. */
  noteBlocks(): void {
    this.hasBlocks = true;
  }

  /** A document, after every document of a smaller id; `entry.groups` is not read here (see addGroup). */
  async addDocument(id: string, entry: ExplorerEntry, member: Omit<ChunkMember, 'documentId' | 'bytes'>): Promise<void> {
    this.documentIds.push(id);
    this.entries.push(entry);
    this.documentChunkOf.push(await this.documentChunks.add({ documentId: id, bytes: entry.bytes, ...member }));
  }

  /** A group of blocks of one document, in blocks.jsonl's order. */
  async addGroup(documentId: string, kept: number, dropped: number, member: Omit<ChunkMember, 'documentId'>): Promise<void> {
    this.hasBlocks = true;
    // A document listed twice in blocks.jsonl must not get two keys in one chunk: start another.
    if (this.blockChunks.holds(documentId)) await this.blockChunks.close();
    const chunk = await this.blockChunks.add({ documentId, ...member });
    const own = this.blocksOf.get(documentId);
    if (own) {
      own.chunks.push(chunk);
      own.kept += kept;
      own.dropped += dropped;
    } else this.blocksOf.set(documentId, { chunks: [chunk], kept, dropped });
  }

  /**
   * A document with its groups, as a fragment gives them: `identity` names its items in the cache
   * (the fragment's key) and `items` loads them, only for a chunk the cache does not hold.
   */
  async addPiece(id: string, entry: ExplorerEntry, identity: string | null, items: () => Promise<ExplorerItems> | ExplorerItems): Promise<void> {
    let loaded: Promise<ExplorerItems> | null = null;
    const load = () => (loaded ??= Promise.resolve(items()));
    await this.addDocument(id, entry, { identity, text: async () => (await load()).document });
    for (const [i, [documentId, bytes, kept, dropped]] of entry.groups.entries())
      await this.addGroup(documentId, kept, dropped, {
        identity: identity === null ? null : `${identity}#${i}`,
        bytes,
        text: async () => (await load()).groups[i],
      });
  }

  /** A claim, after every claim of a smaller id. */
  addClaim(id: string, claim: ExplorerClaim): void {
    this.claimIds.push(id);
    this.claimList.push(claim);
  }

  /** Writes the last chunks and the two index files; returns every data file written, by path. */
  async finish(label: DatasetLabel): Promise<Map<string, WrittenFile>> {
    await this.documentChunks.close();
    await this.blockChunks.close();
    const relationNames = Object.keys(RELATIONS);
    const modalityNames = Object.keys(MODALITIES);
    const documentIndex = new Map(this.documentIds.map((id, i) => [id, i]));
    const strings = new Interner();
    const actorIndex = new Map<string, number>();
    const actors: ActorEntry[] = [];
    const actorNames: Map<string, number>[] = [];
    const actorOf = (actor: ExplorerClaim['subject']): number => {
      const key = `${actor.type}\u0000${actor.id}`;
      let found = actorIndex.get(key);
      if (found === undefined) {
        found = actors.length;
        actorIndex.set(key, found);
        actors.push({ id: actor.id, type: actor.type, label: actor.id });
        actorNames.push(new Map());
      }
      const names = actorNames[found];
      names.set(actor.name, (names.get(actor.name) ?? 0) + 1);
      return found;
    };
    const claims: ExplorerIndex['claims'] = {
      id: [],
      doc: [],
      start: [],
      end: [],
      subject: [],
      subjectName: [],
      object: [],
      objectName: [],
      relation: [],
      modality: [],
      negative: [],
      attributedTo: [],
      timeValue: [],
      timeText: [],
      quantities: [],
      confidence: [],
      extractor: [],
      evidenceMismatch: [],
    };
    const claimCounts = new Array<number>(this.documentIds.length).fill(0);
    for (const claim of this.claimList) {
      const doc = documentIndex.get(claim.document) ?? -1;
      if (doc >= 0) claimCounts[doc] += 1;
      claims.doc.push(doc);
      claims.start.push(claim.start);
      claims.end.push(claim.end);
      claims.subject.push(actorOf(claim.subject));
      claims.subjectName.push(strings.id(claim.subject.name));
      claims.object.push(actorOf(claim.object));
      claims.objectName.push(strings.id(claim.object.name));
      claims.relation.push(relationNames.indexOf(claim.relation));
      claims.modality.push(modalityNames.indexOf(claim.modality));
      claims.negative.push(claim.negative);
      claims.attributedTo.push(strings.optional(claim.attributedTo));
      claims.timeValue.push(claim.timeValue);
      claims.timeText.push(strings.optional(claim.timeText));
      claims.quantities.push(claim.quantities);
      claims.confidence.push(claim.confidence);
      claims.extractor.push(strings.id(claim.extractor));
      // A claim whose document is not in the version has no text to check its evidence against.
      claims.evidenceMismatch.push(doc >= 0 ? claim.mismatch : 1);
    }
    actors.forEach((actor, i) => {
      // The most frequent name, capitalised names first, so pronouns ("their") rarely label a node.
      const ranked = [...actorNames[i].entries()].sort(
        ([a, an], [b, bn]) => Number(/^\p{Lu}/u.test(b)) - Number(/^\p{Lu}/u.test(a)) || bn - an || (a < b ? -1 : a > b ? 1 : 0),
      );
      actor.label = ranked[0]?.[0] ?? actor.id;
    });
    const entries = this.entries;
    const blocksOf = (i: number) => this.blocksOf.get(this.documentIds[i]);
    const documents: ExplorerIndex['documents'] = {
      id: this.documentIds,
      title: entries.map((e) => e.title),
      site: entries.map((e) => e.site),
      published: entries.map((e) => e.published),
      language: entries.map((e) => e.language),
      genre: entries.map((e) => e.genre),
      words: entries.map((e) => e.words),
      path: entries.map((e) => e.path),
      claims: claimCounts,
      chunk: this.documentChunkOf,
      blockChunks: entries.map((_, i) => blocksOf(i)?.chunks ?? []),
      blocksKept: entries.map((_, i) => blocksOf(i)?.kept ?? 0),
      blocksDropped: entries.map((_, i) => blocksOf(i)?.dropped ?? 0),
    };
    claims.id = this.claimIds;
    const index: DocumentsIndex = {
      format: 1,
      dataset: label,
      hasBlocks: this.hasBlocks,
      relations: relationNames.map((name) => ({ name, definition: RELATIONS[name as keyof typeof RELATIONS].definition })),
      modalities: modalityNames.map((name) => ({ name, definition: MODALITIES[name as keyof typeof MODALITIES] })),
      documents,
      documentChunks: this.documentChunks.count,
      blockChunks: this.blockChunks.count,
    };
    const claimsIndex: ClaimsIndex = { actors, strings: strings.values, claims };
    const written = new Map<string, WrittenFile>();
    for (const [key, value] of [
      [INDEX_KEY, index],
      [CLAIMS_KEY, claimsIndex],
    ] as const) {
      const path = dataFilePath(key);
      written.set(path, await writeHashed(this.versionDir, path, dataFileText(key, JSON.stringify(value))));
    }
    for (const [path, file] of [...this.documentChunks.written, ...this.blockChunks.written]) written.set(path, file);
    return written;
  }
}
