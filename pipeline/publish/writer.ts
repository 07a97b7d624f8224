// Streams one dataset version into a folder: documents are appended as they come (in id order),
// claims are sorted by id through sorted runs spilled to disk, and every file's size and SHA-256 are
// computed while it is written. `finish` adds the schemas, the build report, datapackage.json, the
// data card and SHA256SUMS. Memory holds a bounded buffer of claims and a few counters, never the documents.
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createGzip, type Gzip } from 'node:zlib';
import { crc32Combine, deflateSegment, FINAL_EMPTY_BLOCK, GZIP_HEADER, GZIP_LEVEL, GZIP_OS_OFFSET, GZIP_OS_UNIX, gzipTrailer, type Segment } from './gzip.ts';
import type { DatasetConfig } from '../config.ts';
import type { Day } from './release-date.ts';
import { PUBLISHED_SCHEMAS, RECORD_TYPES, publishedSchemaText, tablesOf } from '../records/index.ts';
import type { BuildReport } from '../records/report.ts';
import type { ClaimRecord } from '../records/claim.ts';
import type { DocumentRecord } from '../records/document.ts';
import type { BlockRecord } from '../records/block.ts';
import { csvHeader } from './csv.ts';
import { ExternalSorter } from './external-sort.ts';
import { digestOfFile, formatSha256Sums } from './checksums.ts';
import { renderDataCard, type CorpusStats, newCorpusStats, addEntryToStats } from './datacard.ts';
import { claimTables, SEGMENTED_FILES, segmentsKey, serialise, type Fragment, type FragmentStore, type Segments } from './fragments.ts';
import { tableSchema } from './table-schema.ts';
import { writeExplorerPage } from './explorer/index.ts';
import { ExplorerBuilder, type ExplorerClaim } from './explorer/pieces.ts';
import { CHECKSUM_FILE, DATAPACKAGE_FILE, SCHEMA_DIR, jsonlFile } from './layout.ts';
import { timed, type OnSpan } from './spans.ts';
import { emptyVersionIndex, lineHash, type VersionIndex } from './changes.ts';

const recordType = (name: string) => RECORD_TYPES.find((def) => def.name === name)!;

const FLUSH_BYTES = 1 << 20;

/** Documents whose segments may be deflating at once (libuv's pool has four threads). */
const WRITE_AHEAD = 4;

/**
 * A written file's SHA-256 (hex), by path in the version folder; for JSONL files also the length
 * in bytes of their longest line, which readers with a record-size limit (DuckDB) must be told.
 */
export type Digests = ReadonlyMap<string, { sha256: string; longestLine?: number }>;

/**
 * Writes files derived from the finished tables into the version folder; returns their paths.
 * Gets the digests of the files written so far, so none is read again to be hashed.
 */
export type ExtraFiles = (dir: string, digests: Digests) => Promise<string[]>;

export interface WriterOptions {
  /** Opens a file for writing; replaceable so tests can simulate a full disk. */
  openFile?: (path: string) => Promise<FileHandle>;
  /** Told how long each part of finishing the version took (see spans.ts). */
  onSpan?: OnSpan;
  /** Mean size of the explorer's chunks (explorer/pieces.ts's CHUNK_BYTES unless given; tests make it small). */
  explorerChunkBytes?: number;
}

const openForWriting = (path: string) => open(path, 'w');

/**
 * How a file is written: as given; gzip-compressed as one stream (claims.jsonl.gz, written once
 * the claims are sorted); or as a gzip file of deflated segments, one per document (the documents'
 * and blocks' tables), which a rebuild copies for every document that did not change.
 */
type Compression = 'none' | 'stream' | 'segments';

/**
 * A file written in large chunks, hashed and counted as it goes. A compressed file (`gzip`) is a
 * single gzip member without name or time, its bytes deflated on libuv's thread pool while the
 * main thread goes on serialising; size and hash are those of the bytes on disk.
 */
class HashedFile {
  private chunks: (string | Buffer)[] = [];
  private pending = 0;
  private readonly hash: Hash = createHash('sha256');
  /** Bytes on disk (compressed, for a compressed file). */
  bytes = 0;
  /** Bytes of the longest line given to writeLine (without its line end), before compression. */
  longestLine = 0;
  private readonly gzip: Gzip | null = null;
  /** Moves the compressed bytes to disk; settles once the gzip stream has ended (or failed). */
  private readonly drained: Promise<void> | null = null;
  /** For a file of segments: CRC-32 and length of the uncompressed bytes so far. */
  private segmentCrc = 0;
  private segmentLength = 0;
  private constructor(
    private readonly handle: FileHandle,
    private readonly compress: Compression,
  ) {
    if (compress !== 'stream') return;
    this.gzip = createGzip({ level: GZIP_LEVEL, chunkSize: 1 << 18 });
    this.drained = this.drain(this.gzip);
    // Seen by whoever writes or closes next; marked handled here so a failure before then is not fatal.
    this.drained.catch(() => {});
  }

  static async create(path: string, openFile = openForWriting, compress: Compression = 'none'): Promise<HashedFile> {
    await mkdir(dirname(path), { recursive: true });
    const file = new HashedFile(await openFile(path), compress);
    if (compress === 'segments') await file.write(GZIP_HEADER);
    return file;
  }

  /** Appends a deflated segment (a file of segments takes nothing else), keeping the trailer's sums. */
  async writeSegment(segment: Segment): Promise<void> {
    await this.write(segment.deflated);
    this.segmentCrc = crc32Combine(this.segmentCrc, segment.crc, segment.length);
    this.segmentLength += segment.length;
  }

  async write(content: string | Buffer): Promise<void> {
    this.chunks.push(content);
    this.pending += content.length;
    if (this.pending >= FLUSH_BYTES) await this.flush();
  }

  /** Counts a line written as part of a larger write. */
  noteLine(bytes: number): void {
    this.longestLine = Math.max(this.longestLine, bytes);
  }

  /** Writes one line (a JSONL record) and its line end, keeping count of the longest. */
  async writeLine(line: string): Promise<void> {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: only lines that might be long are measured.
    if (line.length * 3 > this.longestLine) this.longestLine = Math.max(this.longestLine, Buffer.byteLength(line, 'utf8'));
    await this.write(`${line}\n`);
  }

  private async flush(): Promise<void> {
    if (this.chunks.length === 0) return;
    const buffer = this.chunks.every((chunk) => typeof chunk === 'string')
      ? Buffer.from(this.chunks.join(''), 'utf8')
      : Buffer.concat(this.chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)));
    this.chunks = [];
    this.pending = 0;
    if (!this.gzip) return this.store(buffer);
    // Waiting for the stream to take more keeps at most one chunk in flight, so memory stays bounded.
    if (!this.gzip.write(buffer)) await Promise.race([once(this.gzip, 'drain'), this.drained]);
  }

  private async store(buffer: Buffer): Promise<void> {
    this.hash.update(buffer);
    this.bytes += buffer.length;
    await this.handle.write(buffer);
  }

  private async drain(gzip: Gzip): Promise<void> {
    for await (const chunk of gzip as AsyncIterable<Buffer>) {
      if (this.bytes <= GZIP_OS_OFFSET && this.bytes + chunk.length > GZIP_OS_OFFSET) chunk[GZIP_OS_OFFSET - this.bytes] = GZIP_OS_UNIX;
      await this.store(chunk);
    }
  }

  /** Flushes, syncs and closes; returns the file's SHA-256. */
  async close(): Promise<string> {
    if (this.compress === 'segments') await this.write(Buffer.concat([FINAL_EMPTY_BLOCK, gzipTrailer(this.segmentCrc, this.segmentLength)]));
    await this.flush();
    if (this.gzip) {
      this.gzip.end();
      await this.drained;
    }
    await this.handle.sync();
    await this.handle.close();
    return this.hash.digest('hex');
  }

  /**
   * Closes the file without finishing it, for a failed build whose folder is removed anyway: a
   * handle left open would hold its descriptor until garbage collection closes it (with a warning).
   */
  async discard(): Promise<void> {
    this.gzip?.destroy();
    await this.handle.close().catch(() => {});
  }
}

interface Written {
  bytes: number;
  sha256: string;
  longestLine?: number;
}

export class DatasetWriter {
  private readonly files = new Map<string, HashedFile>();
  private readonly written = new Map<string, Written>();
  private readonly claimSorter: ExternalSorter;
  private readonly stats: CorpusStats = newCorpusStats();
  private readonly documentTables = tablesOf(recordType('documents'));
  private readonly claimTables = tablesOf(recordType('claims'));
  private readonly blockTables = tablesOf(recordType('blocks'));
  private lastDocumentId = '';
  /** The last document's writes, which every later one's waits for, and those not yet awaited (oldest first). */
  private tail: Promise<void> = Promise.resolve();
  private readonly writing: Promise<void>[] = [];
  /** The document written last: its fragment key, and its bytes of each segmented file (the next one's dictionary). */
  private previous: { key: string | null; texts: () => Promise<Map<string, Buffer>> } | null = null;
  /** What the changelog needs of this version's tables, gathered from the fragments as they are written. */
  readonly index: VersionIndex = emptyVersionIndex();
  /** The explorer's data, gathered from the fragments: its chunks are written as they fill. */
  private readonly explorer: ExplorerBuilder;

  private constructor(
    readonly dir: string,
    private readonly options: WriterOptions,
  ) {
    // Claims are sorted by id across all documents: spilled to disk beside the version, not held.
    this.claimSorter = new ExternalSorter(join(dir, '.claims-sort'));
    this.explorer = new ExplorerBuilder(dir, options.explorerChunkBytes);
  }

  static async create(dir: string, options: WriterOptions = {}): Promise<DatasetWriter> {
    const writer = new DatasetWriter(dir, options);
    try {
      // Documents and blocks stream in document order; claims are sorted by their own id at the end.
      await writer.open(jsonlFile('documents'));
      await writer.open(jsonlFile('blocks'));
      for (const table of [...writer.documentTables, ...writer.blockTables]) await (await writer.open(`${table.name}.csv`)).write(csvHeader(table.columns));
    } catch (error) {
      await writer.abort();
      throw error;
    }
    return writer;
  }

  /** Closes every file still open, unfinished: the build failed and its folder goes. */
  async abort(): Promise<void> {
    await Promise.all([...this.files.values()].map((file) => file.discard()));
    this.files.clear();
  }

  private async open(name: string): Promise<HashedFile> {
    const compress = SEGMENTED_FILES.has(name) ? 'segments' : name.endsWith('.gz') ? 'stream' : 'none';
    const file = await HashedFile.create(join(this.dir, name), this.options.openFile, compress);
    this.files.set(name, file);
    return file;
  }

  /** Appends one document (callers give them in increasing id order), its claims and its blocks. */
  async add(document: DocumentRecord, claims: ClaimRecord[], blocks: BlockRecord[]): Promise<void> {
    await this.addFragment(serialise(document, claims, blocks), null, null);
  }

  /**
   * Appends one document as `add` does, taking its serialised form from `store` when it holds
   * `key` (see fragmentKey): then its records are neither loaded nor serialised again. Otherwise
   * `load` gives the records, and their serialised form is stored under `key`. Its compressed
   * segments are taken from the store too when it follows the same document as when they were made.
   */
  async addCached(
    store: FragmentStore,
    key: string,
    load: () => Promise<{ document: DocumentRecord; claims: ClaimRecord[]; blocks: BlockRecord[] }>,
  ): Promise<void> {
    // Explorer chunks made only of stored documents are taken from the same store.
    this.explorer.cache ??= store;
    const stored = await store.get(key);
    if (stored) return this.addFragment(stored, store, key);
    const { document, claims, blocks } = await load();
    const fragment = serialise(document, claims, blocks);
    await store.put(key, fragment);
    await this.addFragment(fragment, store, key);
  }

  /**
   * The document's segments of the compressed files: from the store when it holds them for this
   * document after the previous one (both by key), else deflated with the previous document's
   * bytes of each file as dictionary (gzip.ts's deflateSegment) and stored.
   */
  private async segmentsOf(texts: () => Promise<Map<string, Buffer>>, store: FragmentStore | null, key: string | null): Promise<Segments> {
    const previous = this.previous;
    const storeKey = store && key !== null && (previous === null || previous.key !== null) ? segmentsKey(previous?.key ?? null, key) : null;
    const stored = storeKey ? await store!.getSegments(storeKey) : null;
    if (stored) return stored;
    const segments: Segments = new Map();
    const dictionaries = previous ? await previous.texts() : null;
    for (const [name, bytes] of await texts()) segments.set(name, await deflateSegment(bytes, dictionaries?.get(name) ?? null));
    if (storeKey) await store!.putSegments(storeKey, segments);
    return segments;
  }

  private async addFragment(fragment: Fragment, store: FragmentStore | null, key: string | null): Promise<void> {
    if (fragment.id <= this.lastDocumentId) throw new Error(`documents must come in increasing id order (${fragment.id} after ${this.lastDocumentId})`);
    this.lastDocumentId = fragment.id;
    // A stored document's bytes of the segmented files are read only when a segment must be made
    // (its own, or the next document's, which takes them as dictionary), and then once.
    const inHand = fragment.texts;
    let texts: Promise<Map<string, Buffer>> | null = inHand ? Promise.resolve(inHand) : null;
    const textsOf = () => (texts ??= store && key !== null ? store.getTexts(key) : Promise.reject(new Error(`no bytes of document ${fragment.id} to deflate`)));
    // Deflated on the thread pool while the next documents are read: a segment needs only the
    // previous document's bytes, not its segment, so several are in flight, written in order.
    const segments = this.segmentsOf(textsOf, store, key);
    this.previous = { key, texts: textsOf };
    const write = Promise.all([this.tail, segments]).then(async ([, got]) => {
      for (const name of fragment.segmented) {
        const segment = got.get(name);
        if (!segment) throw new Error(`no compressed segment of ${name} for document ${fragment.id}`);
        await this.files.get(name)!.writeSegment(segment);
      }
      for (const [name, content] of fragment.files) await this.files.get(name)!.write(content);
    });
    // Awaited in order below and by finish; marked handled so a build that fails meanwhile does not also report it unhandled.
    write.catch(() => {});
    this.tail = write;
    this.writing.push(write);
    if (this.writing.length >= WRITE_AHEAD) await this.writing.shift();
    for (const [name, bytes] of Object.entries(fragment.longest)) this.files.get(name)!.noteLine(bytes);
    // Kept with its rows, so finishing the version only has to sort claims, not serialise them.
    for (const claim of fragment.claims) await this.claimSorter.add(claim.id, JSON.stringify([claim.id, claim.line, claim.explorer, ...claim.rows]));
    // Its explorer items are read back from the store only if a chunk the store lacks needs them.
    const items = fragment.items;
    await this.explorer.addPiece(fragment.id, fragment.explorer, store && key !== null ? key : null, () => items ?? store!.getItems(key!));
    addEntryToStats(this.stats, fragment.stats);
    const { index } = fragment;
    this.index.tables.documents.set(fragment.id, index.document);
    // A document's blocks carry its id, so their chained hashes continue nothing written before.
    for (const [key, hash] of index.blocks) this.index.tables.blocks.set(key, hash);
    this.index.names.set(fragment.id, index.name);
    for (const [file, rows] of Object.entries(index.rows)) this.index.rows.set(file, (this.index.rows.get(file) ?? 0) + rows);
  }

  private async writeWhole(name: string, content: string): Promise<void> {
    const file = await this.open(name);
    await file.write(content);
  }

  /**
   * Writes the claims and the files derived from the whole version, then datapackage.json and
   * SHA256SUMS. `extras` run once the tables are on disk and may add files derived from them
   * (Parquet, changelog, explorer …); every file they return is checksummed like the rest.
   * `released` is the version's release date, which the data card and datapackage.json state.
   */
  async finish(config: DatasetConfig, released: Day, report: BuildReport, extras: ExtraFiles[] = []): Promise<void> {
    const onSpan = this.options.onSpan;
    await this.tail;
    this.writing.length = 0;
    await timed(onSpan, 'claims', () => this.writeClaims());
    await timed(onSpan, 'close tables', () => this.closeTables(config, released, report));
    for (const extra of extras) {
      const names = await extra(this.dir, this.written);
      await timed(onSpan, 'hash extras', async () => {
        for (const name of names) this.written.set(name, await digestOfFile(join(this.dir, name)));
      });
    }
    // Every version gets its explorer: its chunks are written already, its index from what the documents and claims gave.
    await timed(onSpan, 'explorer', async () => {
      const label = { title: config.title, version: config.version };
      for (const [name, file] of [...(await this.explorer.finish(label)), ...(await writeExplorerPage(this.dir, label))]) this.written.set(name, file);
    });
    await timed(onSpan, 'datapackage and sums', () => this.writeDescriptors(config, released));
  }

  private async writeClaims(): Promise<void> {
    const claimsJsonl = await this.open(jsonlFile('claims'));
    for (const table of this.claimTables) await (await this.open(`${table.name}.csv`)).write(csvHeader(table.columns));
    for await (const payload of this.claimSorter.sorted()) {
      const [id, line, explorer, ...rows] = JSON.parse(payload) as string[];
      await claimsJsonl.writeLine(line);
      this.explorer.addClaim(id, JSON.parse(explorer) as ExplorerClaim);
      // Hashed in the order of the file, as changes.ts hashes claims.jsonl.
      this.index.tables.claims.set(id, lineHash(this.index.tables.claims.get(id) ?? '', line));
      for (const [i, table] of claimTables.entries()) if (rows[i]) await this.files.get(`${table.name}.csv`)!.write(rows[i]);
    }
    await this.claimSorter.dispose();
  }

  /** Adds the schemas, the build report and the data card, and closes every file written so far. */
  private async closeTables(config: DatasetConfig, released: Day, report: BuildReport): Promise<void> {
    for (const { file, schema } of PUBLISHED_SCHEMAS) await this.writeWhole(`${SCHEMA_DIR}/${file}`, publishedSchemaText(schema));
    await this.writeWhole('build-report.json', `${JSON.stringify(report, null, 2)}\n`);
    await this.writeWhole(
      'README.md',
      renderDataCard({
        config,
        released,
        stats: this.stats,
        report,
        tables: [...this.documentTables, ...this.claimTables, ...this.blockTables],
        schemaFiles: PUBLISHED_SCHEMAS.map((s) => s.file),
        longestDocumentLine: this.files.get(jsonlFile('documents'))!.longestLine,
      }),
    );
    for (const [name, file] of this.files)
      this.written.set(name, { sha256: await file.close(), bytes: file.bytes, ...(name.endsWith('.jsonl.gz') ? { longestLine: file.longestLine } : {}) });
    this.files.clear();
  }

  private async writeDescriptors(config: DatasetConfig, released: Day): Promise<void> {
    const descriptor = this.datapackage(config, released);
    await this.writeWhole(DATAPACKAGE_FILE, `${JSON.stringify(descriptor, null, 2)}\n`);
    const file = this.files.get(DATAPACKAGE_FILE)!;
    this.written.set(DATAPACKAGE_FILE, { sha256: await file.close(), bytes: file.bytes });
    this.files.clear();
    const sums = formatSha256Sums(new Map([...this.written.entries()].map(([name, w]) => [name, w.sha256])));
    await this.writeWhole(CHECKSUM_FILE, sums);
    await this.files.get(CHECKSUM_FILE)!.close();
    this.files.clear();
  }

  private datapackage(config: DatasetConfig, released: Day): Record<string, unknown> {
    const resources: Record<string, unknown>[] = [];
    const resource = (name: string, path: string, extra: Record<string, unknown>) => {
      const w = this.written.get(path)!;
      resources.push({ name, path, ...extra, ...(extra.format === 'parquet' ? {} : { encoding: 'utf-8' }), bytes: w.bytes, hash: `sha256:${w.sha256}` });
    };
    for (const def of RECORD_TYPES) {
      const schemaFile = `${SCHEMA_DIR}/${def.singular}.schema.json`;
      // `format` and `mediatype` describe the records; `compression: "gz"` (the Data Package
      // recipe "Compression of Resources": gz or zip, inferred from the path's suffix when absent)
      // says they are gzip-compressed on disk, and `bytes` and `hash` are the compressed file's.
      // No `type`: Data Package v2 defines only "table" (its profile's only allowed value), and
      // JSON Lines records with nested objects are not a table; without it a resource is a file.
      resource(`${def.name}_jsonl`, jsonlFile(def.name), {
        format: 'jsonl',
        mediatype: 'application/jsonl',
        compression: 'gz',
        description: `${(def.schema as { description?: string }).description} One record per line, gzip-compressed; validates against ${schemaFile}.`,
        jsonSchema: schemaFile,
      });
      if (this.written.has(`${def.name}.parquet`)) {
        resource(`${def.name}_parquet`, `${def.name}.parquet`, {
          type: 'table',
          format: 'parquet',
          mediatype: 'application/vnd.apache.parquet',
          description: `The records of ${jsonlFile(def.name)} as Parquet (zstd): nested objects as structs, lists as lists; same fields and types as ${schemaFile}.`,
          jsonSchema: schemaFile,
        });
      }
      for (const table of tablesOf(def)) {
        resource(table.name, `${table.name}.csv`, {
          type: 'table',
          format: 'csv',
          mediatype: 'text/csv',
          description: table.description,
          dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
          schema: tableSchema(table),
        });
      }
    }
    return {
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: config.name,
      title: config.title,
      description: config.description,
      version: config.version,
      created: `${released}T00:00:00Z`,
      ...(config.homepage ? { homepage: config.homepage } : {}),
      licenses: [config.license],
      contributors: config.authors.map((title) => ({ title, roles: ['creator'] })),
      resources,
    };
  }
}
