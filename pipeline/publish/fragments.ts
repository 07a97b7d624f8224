// A document's share of a version, serialised: its JSONL lines and CSV rows file by file, its
// claims (sorted into place when the version is finished), and what it adds to the data card's
// statistics. Kept in the build cache by a key of everything it derives from, so a rebuild writes
// an unchanged document by copying bytes, and spends serialisation only on what changed. The
// bytes are exactly what serialising the records gives, so a version assembled from stored
// fragments equals one written from scratch.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CODE_EXTENSION, CODE_ROOT } from '../package-layout.ts';
import { RECORD_TYPES, tablesOf } from '../records/index.ts';
import { encodeRecord, orderLike, type TableDef } from '../records/tables.ts';
import type { BlockRecord } from '../records/block.ts';
import type { ClaimRecord } from '../records/claim.ts';
import type { DocumentRecord } from '../records/document.ts';
import { csvRows } from './csv.ts';
import { jsonlFile } from './layout.ts';
import { statsEntryOf, type StatsEntry } from './datacard.ts';
import { documentName, lineHash, type DocumentName } from './changes.ts';
import { writeFileAtomically } from './files.ts';
import type { Segment } from './gzip.ts';
import { explorerPieces, type ChunkCache, type ExplorerEntry, type ExplorerItems } from './explorer/pieces.ts';

type JsonObject = Parameters<typeof orderLike>[0];

const recordType = (name: string) => RECORD_TYPES.find((def) => def.name === name)!;
const documentTables = tablesOf(recordType('documents'));
const blockTables = tablesOf(recordType('blocks'));
export const claimTables = tablesOf(recordType('claims'));

/** One claim, sorted by id across the version: its JSONL line and its rows, by claim table. */
export interface FragmentClaim {
  id: string;
  line: string;
  /** CSV text of the claim's rows, one entry per claim table, in claimTables' order. */
  rows: string[];
  /** JSON text of the claim's columns of the explorer's index (explorer/pieces.ts's ExplorerClaim). */
  explorer: string;
}

/**
 * What the changelog needs of a document (changes.ts's VersionIndex), worked out once with its
 * bytes, so a version's changes are found without reading its tables back.
 */
export interface FragmentIndex {
  /** Hash of the document's line, as changes.ts hashes documents.jsonl. */
  document: string;
  /** Hash of the document's block lines by the document_id they carry, chained in file order as changes.ts does. */
  blocks: [key: string, hash: string][];
  name: DocumentName;
  /** Rows it adds to each table file, JSONL (by its plain name) and CSV, its claims' included. */
  rows: Record<string, number>;
}

export interface Fragment {
  id: string;
  stats: StatsEntry;
  index: FragmentIndex;
  /** Bytes of the longest line this document adds to each JSONL file it writes to. */
  longest: Record<string, number>;
  claims: FragmentClaim[];
  /** What the document appends to each file streamed in document order, but the segmented ones, in writing order. */
  files: [name: string, content: string | Buffer][];
  /** The segmented files it appends to (SEGMENTED_FILES), in writing order. */
  segmented: string[];
  /**
   * Its bytes of each segmented file, which are needed only to deflate its segments or the next
   * document's: in hand when it was just serialised; null when it comes from the store, which
   * keeps them apart (FragmentStore.getTexts), since the store nearly always has its segments.
   */
  texts: Map<string, Buffer> | null;
  /** The document's columns of the explorer's index. */
  explorer: ExplorerEntry;
  /**
   * Its items of the explorer's chunks: in hand when it was just serialised; null when it comes
   * from the store, which keeps them apart (FragmentStore.getItems), since a chunk the cache holds
   * already needs none of them.
   */
  items: ExplorerItems | null;
}

/** The files written as per-document deflate segments (writer.ts), whose bytes a stored fragment keeps apart. */
export const SEGMENTED_FILES: ReadonlySet<string> = new Set([jsonlFile('documents'), jsonlFile('blocks')]);

/** The CSV text of a record's rows in each of its tables, by file name; `counted` adds up the rows per file. */
function rowsText(tables: TableDef[], record: JsonObject, counted: Record<string, number>): [string, string][] {
  const rows = encodeRecord(tables, record);
  return tables.map((table) => {
    const tableRows = rows.get(table.name)!;
    const file = `${table.name}.csv`;
    counted[file] = (counted[file] ?? 0) + tableRows.length;
    return [file, tableRows.length > 0 ? csvRows(table.columns, tableRows) : ''];
  });
}

/** Serialises one document, its claims and its blocks. */
export function serialise(document: DocumentRecord, claims: ClaimRecord[], blocks: BlockRecord[]): Fragment {
  const parts = new Map<string, string[]>();
  const append = (name: string, text: string) => {
    if (text === '') return;
    const list = parts.get(name);
    if (list) list.push(text);
    else parts.set(name, [text]);
  };
  const longest: Record<string, number> = {};
  const rows: Record<string, number> = {};
  const line = (table: string, text: string) => {
    const name = jsonlFile(table);
    longest[name] = Math.max(longest[name] ?? 0, Buffer.byteLength(text, 'utf8'));
    rows[`${table}.jsonl`] = (rows[`${table}.jsonl`] ?? 0) + 1;
    append(name, `${text}\n`);
  };
  const documentLine = JSON.stringify(orderLike(document as unknown as JsonObject, recordType('documents').schema as never));
  line('documents', documentLine);
  for (const [name, text] of rowsText(documentTables, document as unknown as JsonObject, rows)) append(name, text);
  const blockHashes = new Map<string, string>();
  for (const block of blocks) {
    const text = JSON.stringify(orderLike(block as unknown as JsonObject, recordType('blocks').schema as never));
    line('blocks', text);
    blockHashes.set(block.document_id, lineHash(blockHashes.get(block.document_id) ?? '', text));
    for (const [name, text] of rowsText(blockTables, block as unknown as JsonObject, rows)) append(name, text);
  }
  const explorer = explorerPieces(document, claims, blocks);
  const serialisedClaims = claims.map((claim, i) => {
    const text = JSON.stringify(orderLike(claim as unknown as JsonObject, recordType('claims').schema as never));
    rows['claims.jsonl'] = (rows['claims.jsonl'] ?? 0) + 1;
    // Rows from the line as published, so they are exactly what a reader of claims.jsonl gets.
    return {
      id: claim.id,
      line: text,
      rows: rowsText(claimTables, JSON.parse(text) as JsonObject, rows).map(([, text]) => text),
      explorer: JSON.stringify(explorer.claims[i]),
    };
  });
  return {
    id: document.id,
    stats: statsEntryOf(document, claims),
    index: {
      document: lineHash('', documentLine),
      blocks: [...blockHashes],
      name: documentName(document as unknown as Record<string, unknown>),
      rows,
    },
    longest,
    claims: serialisedClaims,
    files: [...parts].filter(([name]) => !SEGMENTED_FILES.has(name)).map(([name, texts]) => [name, texts.join('')]),
    segmented: [...parts.keys()].filter((name) => SEGMENTED_FILES.has(name)),
    texts: new Map([...parts].filter(([name]) => SEGMENTED_FILES.has(name)).map(([name, texts]) => [name, Buffer.from(texts.join(''), 'utf8')])),
    explorer: explorer.entry,
    items: explorer.items,
  };
}

/** Bumped when the stored layout changes; the code that serialises is part of the key anyway. */
const FORMAT = 3;

let codeKey: string | null = null;

/** A hash of the code that decides a fragment's bytes: this module and what it serialises with. */
function serialisingCode(): string {
  if (codeKey) return codeKey;
  const hash = createHash('sha256').update(String(FORMAT));
  for (const module of [
    'publish/fragments',
    'publish/gzip',
    'publish/layout',
    'publish/csv',
    'publish/cells',
    'publish/datacard',
    'publish/changes',
    'publish/explorer/pieces',
    'publish/explorer/shape',
    'records/tables',
    'records/index',
    'records/document',
    'records/claim',
    'records/block',
    'records/common',
  ]) {
    const path = join(CODE_ROOT, `${module}${CODE_EXTENSION}`);
    hash
      .update(module)
      .update('\0')
      .update(existsSync(path) ? readFileSync(path) : '')
      .update('\0');
  }
  codeKey = hash.digest('hex');
  return codeKey;
}

/**
 * The key of a document's fragment: `inputs` must identify everything the records come from (the
 * cached entries' keys and what the corpus adds to the document); the serialising code is added here.
 */
export function fragmentKey(inputs: unknown): string {
  return createHash('sha256').update(serialisingCode()).update('\0').update(JSON.stringify(inputs)).digest('hex');
}

/**
 * The key of a document's compressed segments when it follows the document of `previousKey`
 * (null: it comes first): they are deflated with the previous document's bytes as dictionary
 * (gzip.ts), by the zlib this process has, so both and its version are in the key.
 */
export function segmentsKey(previousKey: string | null, key: string): string {
  return compressedKey([previousKey ?? '', key]);
}

/**
 * The key of an explorer chunk made of the items `identities` names (fragment keys, with a group's
 * number for blocks), in order: its compressed bytes depend on them, the code, zlib's version and
 * the chunks' mean size `chunkBytes`, by which the chunk's items are cut into runs (endsRun), each
 * a deflate segment of its own: the same items under another mean make other bytes.
 */
export function chunkKey(kind: string, chunkBytes: number, identities: string[]): string {
  return compressedKey([kind, String(chunkBytes), ...identities]);
}

/**
 * The key of the compressed segment of a run of explorer items (`identities`) in a chunk of `kind`
 * when it follows the item `previous` (null: it opens its chunk, after the kind's opening):
 * deflated with the previous item's own text as dictionary, like a document's segments (segmentsKey).
 */
export function runSegmentKey(kind: string, previous: string | null, identities: string[]): string {
  return compressedKey([kind, previous ?? '', ...identities]);
}

/**
 * A key for compressed bytes: the serialising code and zlib's version (either changes the bytes),
 * then `fields`, each after a NUL so that no two field lists hash the same stream.
 */
function compressedKey(fields: string[]): string {
  const hash = createHash('sha256').update(serialisingCode());
  for (const field of [process.versions.zlib ?? '', ...fields]) hash.update('\0').update(field);
  return hash.digest('hex');
}

/** A document's segments of the compressed files, by file name. */
export type Segments = Map<string, Segment>;

interface StoredHeader {
  id: string;
  stats: StatsEntry;
  index: FragmentIndex;
  longest: Record<string, number>;
  claims: FragmentClaim[];
  files: [string, number][];
  segmented: string[];
  explorer: ExplorerEntry;
}

/** The header line of a fragment's bulky part: the lengths of its segmented files' bytes and of its explorer items, which follow in that order. */
interface BulkHeader {
  texts: [string, number][];
  items: number[];
}

/** The header line of a stored document's segments: each file's name, CRC-32, length before and after compression. */
type SegmentsHeader = [name: string, crc: number, length: number, bytes: number][];

/**
 * Fragments on disk, in two files each: what every build copies (`.frag`: a JSON header line, then
 * the files' bytes back to back), and what only a miss elsewhere needs (`.bulk`: the bytes of its
 * segmented files and its explorer items, alike). Beside them each document's compressed segments
 * after the document that preceded it (`.seg`), the explorer's compressed chunks (`.chunk`) and
 * the segments of their runs of items (`.rseg`; `.iseg` before, which a build now never asks
 * for: it deflates those runs once again, and `pagepress cache prune` removes the old files).
 */
export class FragmentStore implements ChunkCache {
  /**
   * `used`, when given, collects the files (relative to `dir`) this store read or wrote: what the
   * build that holds it needs again, which the record for `pagepress cache prune` lists.
   */
  constructor(
    readonly dir: string,
    readonly used: Set<string> | null = null,
  ) {}

  /** Notes a file of the store as in use (see `used`). */
  private use(path: string): void {
    this.used?.add(relative(this.dir, path));
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.frag`);
  }

  /** Whether a fragment is stored under `key` (without reading it). */
  async has(key: string): Promise<boolean> {
    return existsSync(this.path(key)) && existsSync(this.bulkPath(key));
  }

  private bulkPath(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.bulk`);
  }

  /** The fragment stored under `key`, without its bulky part (getTexts, getItems); null unless both parts are stored. */
  async get(key: string): Promise<Fragment | null> {
    const stored = await this.read<StoredHeader>(this.path(key), (header) => header.files.map(([, length]) => length));
    // put writes the bulky part first: a fragment without it was cut short, and counts as missing.
    if (!stored || !existsSync(this.bulkPath(key))) return null;
    this.use(this.path(key));
    this.use(this.bulkPath(key));
    const { header, parts } = stored;
    const files: Fragment['files'] = header.files.map(([name], i) => [name, parts[i]!]);
    return {
      id: header.id,
      stats: header.stats,
      index: header.index,
      longest: header.longest,
      claims: header.claims,
      files,
      segmented: header.segmented,
      texts: null,
      explorer: header.explorer,
      items: null,
    };
  }

  private async getBulk(key: string): Promise<{ header: BulkHeader; parts: Buffer[] }> {
    const stored = await this.read<BulkHeader>(this.bulkPath(key), (header) => [...header.texts.map(([, length]) => length), ...header.items], true);
    if (!stored) throw new Error(`the build cache lost part of fragment ${key} during the build`);
    return stored;
  }

  /** The bytes of each segmented file of the fragment stored under `key`. */
  async getTexts(key: string): Promise<Map<string, Buffer>> {
    const { header, parts } = await this.getBulk(key);
    return new Map(header.texts.map(([name], i) => [name, parts[i]!]));
  }

  /** The explorer items of the fragment stored under `key`. */
  async getItems(key: string): Promise<ExplorerItems> {
    const { header, parts } = await this.getBulk(key);
    const [document, ...groups] = parts.slice(header.texts.length).map((part) => part.toString('utf8'));
    return { document: document!, groups };
  }

  async put(key: string, fragment: Fragment): Promise<void> {
    if (!fragment.items || !fragment.texts) throw new Error(`fragment ${key} is not in hand whole, and cannot be stored`);
    const texts = [...fragment.texts];
    const items = [fragment.items.document, ...fragment.items.groups].map((text) => Buffer.from(text, 'utf8'));
    const bulk: BulkHeader = { texts: texts.map(([name, bytes]) => [name, bytes.length]), items: items.map((bytes) => bytes.length) };
    await this.write(this.bulkPath(key), bulk, [...texts.map(([, bytes]) => bytes), ...items]);
    const contents = fragment.files.map(([name, content]) => [name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content] as const);
    const header: StoredHeader = {
      id: fragment.id,
      stats: fragment.stats,
      index: fragment.index,
      longest: fragment.longest,
      claims: fragment.claims,
      files: contents.map(([name, bytes]) => [name, bytes.length]),
      segmented: fragment.segmented,
      explorer: fragment.explorer,
    };
    await this.write(
      this.path(key),
      header,
      contents.map(([, bytes]) => bytes),
    );
    this.use(this.path(key));
    this.use(this.bulkPath(key));
  }

  chunkKey(kind: string, chunkBytes: number, identities: string[]): string {
    return chunkKey(kind, chunkBytes, identities);
  }

  private chunkPath(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.chunk`);
  }

  /** An explorer chunk's compressed JSON stored under `key` (see chunkKey), or null. */
  async getChunk(key: string): Promise<Buffer | null> {
    const packed = (await this.read<number>(this.chunkPath(key), (length) => [length]))?.parts[0] ?? null;
    if (packed) this.use(this.chunkPath(key));
    return packed;
  }

  async putChunk(key: string, packed: Buffer): Promise<void> {
    await this.write(this.chunkPath(key), packed.length, [packed]);
    this.use(this.chunkPath(key));
  }

  runSegmentKey(kind: string, previous: string | null, identities: string[]): string {
    return runSegmentKey(kind, previous, identities);
  }

  private runSegmentPath(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.rseg`);
  }

  /** The compressed segment of a run of explorer items stored under `key` (see runSegmentKey), or null. */
  async getRunSegment(key: string): Promise<Segment | null> {
    const stored = await this.read<[crc: number, length: number, bytes: number]>(this.runSegmentPath(key), ([, , bytes]) => [bytes]);
    if (!stored) return null;
    this.use(this.runSegmentPath(key));
    const [crc, length] = stored.header;
    return { deflated: stored.parts[0]!, crc, length };
  }

  keepRunSegment(key: string): void {
    this.use(this.runSegmentPath(key));
  }

  async putRunSegment(key: string, segment: Segment): Promise<void> {
    await this.write(this.runSegmentPath(key), [segment.crc, segment.length, segment.deflated.length], [segment.deflated]);
    this.use(this.runSegmentPath(key));
  }

  private segmentsPath(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.seg`);
  }

  /** A document's compressed segments stored under `key` (see segmentsKey), or null. */
  async getSegments(key: string): Promise<Segments | null> {
    const stored = await this.read<SegmentsHeader>(this.segmentsPath(key), (header) => header.map(([, , , size]) => size));
    if (!stored) return null;
    this.use(this.segmentsPath(key));
    return new Map(stored.header.map(([name, crc, length], i) => [name, { deflated: stored.parts[i]!, crc, length }]));
  }

  async putSegments(key: string, segments: Segments): Promise<void> {
    const header = [...segments].map(([name, { crc, length, deflated }]) => [name, crc, length, deflated.length]);
    await this.write(
      this.segmentsPath(key),
      header,
      [...segments.values()].map((s) => s.deflated),
    );
    this.use(this.segmentsPath(key));
  }

  /**
   * What write wrote: the header line and the byte runs after it, their lengths read from the
   * header by `lengthsOf`. A missing or damaged file is a miss (null), as in the rest of the cache.
   * Read synchronously, as `has` and `get` test for files: a rebuild reads a few files per document
   * of the version, nearly all small, and fs/promises spends four round trips to the thread pool on
   * each (about 0.4 ms of CPU against 0.07 ms, and existsSync a tenth of access; 1,000 cache files).
   * But not when `large` (a `.bulk`, a document's whole text and items, up to megabytes): read only
   * on a miss, it would hold the main thread, and the workers' results and the deflates waiting on
   * it, for as long as the disk takes; the round trips cost nothing beside that.
   */
  private async read<Header>(path: string, lengthsOf: (header: Header) => number[], large = false): Promise<{ header: Header; parts: Buffer[] } | null> {
    let bytes: Buffer;
    try {
      bytes = large ? await readFile(path) : readFileSync(path);
    } catch {
      return null;
    }
    try {
      const end = bytes.indexOf(10);
      const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as Header;
      let at = end + 1;
      const parts = lengthsOf(header).map((length) => {
        const part = bytes.subarray(at, at + length);
        at += length;
        return part;
      });
      return at === bytes.length ? { header, parts } : null;
    } catch {
      return null;
    }
  }

  /** A JSON header line, then the bytes back to back, written atomically. */
  private async write(path: string, header: unknown, contents: Buffer[]): Promise<void> {
    await writeFileAtomically(path, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), ...contents]));
  }
}
