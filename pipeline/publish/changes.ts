// What changed between two dataset versions: records added, removed and changed (with the fields
// that changed) per table, named the way a reader recognises them (a document by its capture path
// and title, a claim by its document, actors, relation and evidence), schema changes classed as
// compatible or not, the rows of every table file before and after, and the semantic version bump
// that follows. Streams the JSONL and CSV files, keeping one hash per record (and a path and title
// per document), so it works on large versions.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { RECORD_TYPES, tablesOf } from '../records/index.ts';
import { pathExists } from './files.ts';
import { jsonlPathIn, readLines } from './lines.ts';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface TableChanges {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
}

export interface SchemaChange {
  file: string;
  compatible: boolean;
  notes: string[];
}

/** A document as a reader recognises it: the capture it came from and its title. */
export interface DocumentName {
  path: string;
  title: string | null;
}

/** A claim as a reader recognises it: its document, who did what to whom, and its evidence, shortened. */
export interface ClaimName {
  document_id: string;
  /** The capture path of the claim's document (null when that document is missing from the version). */
  path: string | null;
  subject: ActorName;
  relation: string;
  object: ActorName;
  evidence: string;
}

export interface RowCounts {
  from: number | null;
  to: number | null;
}

/** An actor as the evidence names it ("its", "Moscow") and its identifier (ISO 3166-1 alpha-3 or a region), when known. */
export interface ActorName {
  name: string;
  id: string | null;
}

export interface Changes {
  from: string | null;
  to: string;
  bump: Bump;
  reasons: string[];
  /**
   * Rows of every table file (each record type's JSONL, then its CSV tables without the header
   * row), by file name: null where that version has no such file (or there is no earlier version).
   * A JSONL table is named `<table>.jsonl` whether the version holds it gzip-compressed or not.
   */
  counts: Record<string, RowCounts>;
  /** Records compared by key; blocks by document: all blocks of one document count as one record. */
  tables: Record<string, TableChanges>;
  schemas: { added: string[]; removed: string[]; changed: SchemaChange[] };
  /**
   * Data files (the tables as JSONL, CSV and Parquet) in one version and not in the other, by name:
   * a reader's code opens them by name, so a file removed or renamed (as `documents.jsonl` became
   * `documents.jsonl.gz`) breaks it even when every record stays the same.
   */
  files: { added: string[]; removed: string[] };
  /**
   * Every document and claim that `tables` names (blocks name their documents), by id: taken from
   * the version that holds the record (the old one for removed records, the new one otherwise).
   */
  names: { documents: Record<string, DocumentName>; claims: Record<string, ClaimName> };
}

/** The field each JSONL table's records are keyed by for comparison (blocks compare per document). */
const TABLE_KEYS: Record<string, string> = {
  documents: 'id',
  claims: 'id',
  blocks: 'document_id',
};

/**
 * A record's key from its line. The writer puts the key field first, so it is read off the start
 * of the line without parsing records that carry whole texts; any other line is parsed.
 */
function recordKeyFromLine(line: string, field: string): string {
  const prefix = `{"${field}":"`;
  if (line.startsWith(prefix)) {
    const end = line.indexOf('"', prefix.length);
    const value = line.slice(prefix.length, end);
    if (end > 0 && !value.includes('\\')) return value;
  }
  return String((JSON.parse(line) as Record<string, unknown>)[field]);
}

/** At most this many changed records get a field-by-field comparison. */
const DETAILED_CHANGES = 2000;

/** How each table's records are compared, in the changelog's words. */
const COMPARED_BY: Record<string, string> = {
  documents: 'document id',
  claims: 'claim id',
  blocks: 'document: all blocks of one document count as one',
};

/** Rows of a CSV file without its header (RFC 4180: a line break inside quotes is part of a cell). */
async function csvRowCount(path: string): Promise<number | null> {
  if (!(await pathExists(path))) return null;
  let records = 0;
  let quoted = false;
  let last = -1;
  // Byte by byte: '"' and '\n' never occur inside a UTF-8 multi-byte sequence, and a doubled
  // quote toggles twice, so only line breaks outside quotes end a record.
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 0x22) quoted = !quoted;
      else if (byte === 0x0a && !quoted) records++;
    }
    if (chunk.length) last = chunk[chunk.length - 1];
  }
  if (last !== -1 && last !== 0x0a) records++;
  return Math.max(0, records - 1);
}

async function jsonlRowCount(path: string): Promise<number | null> {
  if (!(await pathExists(path))) return null;
  let rows = 0;
  for await (const line of readLines(path)) if (line) rows++;
  return rows;
}

/** The table files a VersionIndex counts the rows of: each record type's JSONL (by its plain name) and CSV tables. */
const KNOWN_TABLE_FILES = RECORD_TYPES.flatMap((def) => [`${def.name}.jsonl`, ...tablesOf(def).map((table) => `${table.name}.csv`)]);
const INDEXED_FILES = new Set(KNOWN_TABLE_FILES);

/**
 * The table files whose rows the changelog counts: each record type's JSONL and CSV tables in the
 * order the data card lists them, then any other JSONL or CSV file either version holds.
 */
async function tableFiles(oldDir: string | null, newDir: string): Promise<string[]> {
  // A JSONL table counts under its plain name whether it is compressed (as written now) or not, so the
  // rows of a version written before compression line up with those of the next.
  const present = async (dir: string) =>
    (await readdir(dir).catch(() => [] as string[])).filter(isTableFile).map((f) => (f.endsWith('.jsonl.gz') ? f.slice(0, -'.gz'.length) : f));
  const found = new Set([...(oldDir ? await present(oldDir) : []), ...(await present(newDir))]);
  return [...KNOWN_TABLE_FILES.filter((f) => found.has(f)), ...[...found].filter((f) => !INDEXED_FILES.has(f)).sort()];
}

/** A key's hash after one more of its lines: chained, so the hash covers all its lines in order. */
export const lineHash = (previous: string, line: string) => createHash('sha256').update(previous).update(line).digest('base64');

/** key → hash of all its lines, in order. Digests, not hash objects, so a million keys stay small. */
async function hashes(path: string, field: string, onRecord?: (record: () => Record<string, unknown>) => void): Promise<Map<string, string>> {
  const grouped = new Map<string, string>();
  if (!(await pathExists(path))) return grouped;
  for await (const line of readLines(path)) {
    if (!line) continue;
    // The record is parsed only when the callback asks for it.
    onRecord?.(() => JSON.parse(line) as Record<string, unknown>);
    const k = recordKeyFromLine(line, field);
    grouped.set(k, lineHash(grouped.get(k) ?? '', line));
  }
  return grouped;
}

/**
 * What comparing a version needs of its tables, without reading them: each table's key → hash (as
 * `hashes` gives them), every document's name and the rows of each table file (JSONL by its plain
 * name, CSV without header). The writer gathers it while writing a version, and the build cache
 * keeps it (versionIndexKey), so the next version's changelog does not read this one's tables again.
 */
export interface VersionIndex {
  tables: Record<string, Map<string, string>>;
  names: Map<string, DocumentName>;
  rows: Map<string, number>;
}

export const emptyVersionIndex = (): VersionIndex => ({
  tables: Object.fromEntries(Object.keys(TABLE_KEYS).map((table) => [table, new Map<string, string>()])),
  names: new Map(),
  rows: new Map(),
});

/** The files a VersionIndex stands for: the table files, whose digests make its key. */
export const isTableFile = (name: string) => /^[^/]+\.(?:jsonl(?:\.gz)?|csv)$/.test(name);

/** The key of a version's index: the SHA-256 of every table file, so it is found for exactly those bytes. */
export function versionIndexKey(digests: Iterable<[string, string]>): string {
  const files = [...digests].filter(([name]) => isTableFile(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(files)).digest('hex');
}

/** A VersionIndex as JSON (for the cache) and back. */
export function versionIndexJson(index: VersionIndex): unknown {
  return {
    tables: Object.fromEntries(Object.entries(index.tables).map(([table, map]) => [table, [...map]])),
    names: [...index.names],
    rows: [...index.rows],
  };
}

export function versionIndexFromJson(json: unknown): VersionIndex | null {
  const value = json as { tables?: Record<string, [string, string][]>; names?: [string, DocumentName][]; rows?: [string, number][] } | null;
  if (!value?.tables || !value.names || !value.rows) return null;
  if (Object.keys(TABLE_KEYS).some((table) => !Array.isArray(value.tables![table]))) return null;
  return {
    tables: Object.fromEntries(Object.entries(value.tables).map(([table, entries]) => [table, new Map(entries)])),
    names: new Map(value.names),
    rows: new Map(value.rows),
  };
}

/**
 * key → field → hash of the field's value, for the records asked for. Hashes rather than records:
 * the records of changed documents carry whole texts, too many of them to hold at once. Values
 * compare as their JSON, which the writer emits in one canonical key order.
 */
async function fieldHashesFor(path: string, field: string, wanted: Set<string>) {
  const found = new Map<string, Map<string, string>>();
  if (!(await pathExists(path))) return found;
  for await (const line of readLines(path)) {
    if (!line) continue;
    const k = recordKeyFromLine(line, field);
    if (!wanted.has(k)) continue;
    const record = JSON.parse(line) as Record<string, unknown>;
    found.set(
      k,
      new Map(
        Object.entries(record).map(([field, value]) => [
          field,
          createHash('sha256')
            .update(JSON.stringify(value) ?? '')
            .digest('base64'),
        ]),
      ),
    );
  }
  return found;
}

/** The evidence sentence as one line of at most this many characters. */
const EVIDENCE_CHARS = 100;

export function shorten(text: string, limit = EVIDENCE_CHARS): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= limit) return line;
  const cut = line.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export const documentName = (record: Record<string, unknown>): DocumentName => ({
  path: String((record.source as { path?: unknown } | undefined)?.path ?? ''),
  title: typeof record.title === 'string' ? record.title : null,
});

function actorName(actor: unknown): ActorName {
  const { name, id } = (actor ?? {}) as { name?: unknown; id?: unknown };
  return { name: typeof name === 'string' ? name : '?', id: typeof id === 'string' ? id : null };
}

/** "1 document", "2 documents": a table's records counted in words. */
function records(n: number, table: string): string {
  const singular: Record<string, string> = { documents: 'document', claims: 'claim', blocks: 'block' };
  return `${thousands(n)} ${n === 1 ? (singular[table] ?? table) : table}`;
}

/** The names of the claims asked for, read from one version's claims.jsonl. */
async function claimNamesFor(dir: string, wanted: Set<string>, documents: Map<string, DocumentName>): Promise<Map<string, ClaimName>> {
  const found = new Map<string, ClaimName>();
  if (wanted.size === 0) return found;
  const path = jsonlPathIn(dir, 'claims');
  if (!(await pathExists(path))) return found;
  for await (const line of readLines(path)) {
    // Only the claims asked for are parsed: the key is read off the start of the line.
    if (!line || !wanted.has(recordKeyFromLine(line, 'id'))) continue;
    const record = JSON.parse(line) as Record<string, unknown>;
    const id = String(record.id);
    const documentId = String(record.document_id);
    found.set(id, {
      document_id: documentId,
      path: documents.get(documentId)?.path ?? null,
      subject: actorName(record.subject),
      relation: String(record.relation),
      object: actorName(record.object),
      evidence: shorten(String(record.text ?? '')),
    });
  }
  return found;
}

async function diffTable(
  oldDir: string | null,
  newDir: string,
  table: string,
  onRecord: { old?: (record: () => Record<string, unknown>) => void; new?: (record: () => Record<string, unknown>) => void } = {},
  indexes: Indexes = {},
): Promise<TableChanges> {
  const key = TABLE_KEYS[table];
  const [oldPath, newPath] = [oldDir ? jsonlPathIn(oldDir, table) : null, jsonlPathIn(newDir, table)];
  const before = indexes.old ? indexes.old.tables[table] : oldPath ? await hashes(oldPath, key, onRecord.old) : new Map<string, string>();
  const after = indexes.new ? indexes.new.tables[table] : await hashes(newPath, key, onRecord.new);
  const added = [...after.keys()].filter((k) => !before.has(k)).sort();
  const removed = [...before.keys()].filter((k) => !after.has(k)).sort();
  const changedIds = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)).sort();
  const detailed = new Set(changedIds.slice(0, DETAILED_CHANGES));
  const [oldRecords, newRecords] =
    oldDir && detailed.size && table !== 'blocks'
      ? await Promise.all([fieldHashesFor(oldPath!, key, detailed), fieldHashesFor(newPath, key, detailed)])
      : [new Map<string, Map<string, string>>(), new Map<string, Map<string, string>>()];
  const changed = changedIds.map((id) => {
    const [a, b] = [oldRecords.get(id), newRecords.get(id)];
    const fields = a && b ? [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)) : [];
    return { id, fields };
  });
  return { added, removed, changed };
}

interface SchemaNode {
  type?: string;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [key: string]: unknown;
}

/** Compares two schemas: what an old record or an old reader would trip over is incompatible. */
function compareSchemas(a: SchemaNode, b: SchemaNode, path: string, notes: string[], incompatible: { value: boolean }): void {
  const types = (n: SchemaNode) => JSON.stringify((n.anyOf ?? [n]).map((o) => o.type ?? (o.enum ? 'enum' : 'other')).sort());
  if (types(a) !== types(b)) {
    notes.push(`${path}: type changed from ${types(a)} to ${types(b)}`);
    incompatible.value = true;
    return;
  }
  const enumOf = (n: SchemaNode) => (n.anyOf ?? [n]).flatMap((o) => (o.enum ?? []) as unknown[]);
  const [ea, eb] = [enumOf(a), enumOf(b)];
  const lost = ea.filter((v) => !eb.includes(v));
  const gained = eb.filter((v) => !ea.includes(v));
  if (lost.length) {
    notes.push(`${path}: values no longer allowed: ${lost.join(', ')}`);
    incompatible.value = true;
  }
  if (gained.length) notes.push(`${path}: new values allowed: ${gained.join(', ')}`);
  const objectOf = (n: SchemaNode) => (n.anyOf ?? [n]).find((o) => o.properties);
  const [oa, ob] = [objectOf(a), objectOf(b)];
  if (oa?.properties && ob?.properties) {
    for (const key of Object.keys(oa.properties)) {
      if (!(key in ob.properties)) {
        notes.push(`${path}${key}: field removed`);
        incompatible.value = true;
      } else compareSchemas(oa.properties[key], ob.properties[key], `${path}${key}.`, notes, incompatible);
    }
    for (const key of Object.keys(ob.properties)) if (!(key in oa.properties)) notes.push(`${path}${key}: field added`);
  }
  const itemsOf = (n: SchemaNode) => (n.anyOf ?? [n]).find((o) => o.items)?.items;
  const [ia, ib] = [itemsOf(a), itemsOf(b)];
  if (ia && ib) compareSchemas(ia, ib, `${path}[].`, notes, incompatible);
}

/** Data files at the top of each version (JSONL, compressed or not, CSV, Parquet) that only one of them holds. */
async function diffDataFiles(oldDir: string | null, newDir: string): Promise<Changes['files']> {
  if (!oldDir) return { added: [], removed: [] };
  const list = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((f) => isTableFile(f) || f.endsWith('.parquet')).sort();
  const [before, after] = [await list(oldDir), await list(newDir)];
  return { added: after.filter((f) => !before.includes(f)), removed: before.filter((f) => !after.includes(f)) };
}

async function diffSchemas(oldDir: string | null, newDir: string): Promise<Changes['schemas']> {
  const list = async (dir: string) => (await readdir(join(dir, 'schemas')).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort();
  const before = oldDir ? await list(oldDir) : [];
  const after = await list(newDir);
  const changed: SchemaChange[] = [];
  for (const file of after.filter((f) => before.includes(f))) {
    const [a, b] = await Promise.all([oldDir!, newDir].map(async (d) => JSON.parse(await readFile(join(d, 'schemas', file), 'utf8')) as SchemaNode));
    if (isDeepStrictEqual(a, b)) continue;
    const notes: string[] = [];
    const incompatible = { value: false };
    compareSchemas(a, b, '', notes, incompatible);
    changed.push({ file, compatible: !incompatible.value, notes: notes.length ? notes : ['descriptions or constraints changed'] });
  }
  return { added: oldDir ? after.filter((f) => !before.includes(f)) : [], removed: before.filter((f) => !after.includes(f)), changed };
}

/**
 * Semantic versioning for data, as every changelog states it and suggestBump applies it: what
 * breaks a reader's joins, counts or code is major, what only adds is minor, the rest is a patch.
 */
export const VERSIONING_POLICY =
  'major when records are removed, a schema changes incompatibly or a data file is removed or renamed, minor when records, fields or data files are added, patch for corrections to the values of existing records (blocks count as part of their document)';

/** The block changes of documents that stay: those of documents added or removed follow their document. */
function ownBlockChanges(tables: Record<string, TableChanges>): TableChanges | null {
  const blocks = tables.blocks;
  if (!blocks) return null;
  const followDocument = new Set([...(tables.documents?.added ?? []), ...(tables.documents?.removed ?? [])]);
  return {
    added: blocks.added.filter((id) => !followDocument.has(id)),
    removed: blocks.removed.filter((id) => !followDocument.has(id)),
    changed: blocks.changed.filter((c) => !followDocument.has(c.id)),
  };
}

function suggestBump(changes: Omit<Changes, 'bump' | 'reasons' | 'names'>): { bump: Bump; reasons: string[] } {
  if (changes.from === null) return { bump: 'none', reasons: ['first version'] };
  const described = (c: SchemaChange) => `${c.file}: ${c.notes.join('; ')}`;
  const renamedTo = (file: string) => changes.files.added.find((f) => f.startsWith(`${file}.`) || file.startsWith(`${f}.`));
  const replacements = new Set(changes.files.removed.map(renamedTo).filter((f): f is string => f !== undefined));
  const recordTables = Object.entries(changes.tables).filter(([table]) => table !== 'blocks');
  const major = [
    ...changes.schemas.changed.filter((c) => !c.compatible).map(described),
    ...changes.schemas.removed.map((f) => `${f} removed`),
    ...recordTables.filter(([, c]) => c.removed.length).map(([table, c]) => `${records(c.removed.length, table)} removed`),
    ...changes.files.removed.map((f) => (renamedTo(f) ? `${f} is now ${renamedTo(f)}` : `${f} removed`)),
  ];
  if (major.length) return { bump: 'major', reasons: major };
  const minor = [
    ...changes.schemas.changed.filter((c) => c.notes.some((n) => n.includes('added') || n.includes('new values'))).map(described),
    ...changes.schemas.added.map((f) => `${f} added`),
    ...recordTables.filter(([, c]) => c.added.length).map(([table, c]) => `${records(c.added.length, table)} added`),
    ...changes.files.added.filter((f) => !replacements.has(f)).map((f) => `${f} added`),
  ];
  if (minor.length) return { bump: 'minor', reasons: minor };
  // Blocks follow their documents: only blocks of documents that stay are a change of their own.
  const blocks = ownBlockChanges(changes.tables);
  const reclassified = blocks ? [...blocks.added, ...blocks.removed, ...blocks.changed.map((c) => c.id)] : [];
  const patch = [
    ...recordTables.filter(([, c]) => c.changed.length).map(([table, c]) => `${records(c.changed.length, table)} corrected`),
    ...(reclassified.length ? [`blocks of ${records(reclassified.length, 'documents')} reclassified`] : []),
    ...changes.schemas.changed.map(described),
  ];
  if (patch.length) return { bump: 'patch', reasons: patch };
  return { bump: 'none', reasons: ['no changes to records or schemas'] };
}

/** The indexes of the versions compared, where they are known (see VersionIndex): their tables are then not read to hash or count them. */
export interface Indexes {
  old?: VersionIndex | null;
  new?: VersionIndex | null;
}

/**
 * Compares the version in `newDir` (named `to`) with the one in `oldDir` (or with nothing).
 * `indexes` must describe exactly the table files of the versions they are given for.
 */
export async function diffVersions(oldDir: string | null, from: string | null, newDir: string, to: string, indexes: Indexes = {}): Promise<Changes> {
  const tables: Record<string, TableChanges> = {};
  const rows = { before: new Map<string, number>(), after: new Map<string, number>() };
  // Every document's path and title, gathered while its version's documents are hashed anyway.
  const documentsBefore = indexes.old ? indexes.old.names : new Map<string, DocumentName>();
  const documentsAfter = indexes.new ? indexes.new.names : new Map<string, DocumentName>();
  const collectInto = (names: Map<string, DocumentName>) => (record: Record<string, unknown>) => names.set(String(record.id), documentName(record));
  // The JSONL rows are counted on the pass that hashes them, so no large file is read twice for it.
  const countInto = (counted: Map<string, number>, file: string) => () => counted.set(file, (counted.get(file) ?? 0) + 1);
  for (const table of Object.keys(TABLE_KEYS)) {
    const file = `${table}.jsonl`;
    const [countOld, countNew] = [countInto(rows.before, file), countInto(rows.after, file)];
    const [nameOld, nameNew] = table === 'documents' ? [collectInto(documentsBefore), collectInto(documentsAfter)] : [null, null];
    tables[table] = await diffTable(
      oldDir,
      newDir,
      table,
      {
        old: (record) => {
          countOld();
          return nameOld?.(record());
        },
        new: (record) => {
          countNew();
          return nameNew?.(record());
        },
      },
      indexes,
    );
  }
  const counts: Record<string, RowCounts> = {};
  for (const file of await tableFiles(oldDir, newDir)) {
    const count = async (dir: string | null, counted: Map<string, number>, index: VersionIndex | null | undefined) => {
      if (!dir) return null;
      // The index counts the files the writer writes; any other table file is read.
      if (index && INDEXED_FILES.has(file)) {
        const path = file.endsWith('.csv') ? join(dir, file) : jsonlPathIn(dir, file.slice(0, -'.jsonl'.length));
        return (await pathExists(path)) ? (index.rows.get(file) ?? 0) : null;
      }
      if (file.endsWith('.csv')) return csvRowCount(join(dir, file));
      const path = jsonlPathIn(dir, file.slice(0, -'.jsonl'.length));
      if (file.slice(0, -'.jsonl'.length) in TABLE_KEYS) return (await pathExists(path)) ? (counted.get(file) ?? 0) : null;
      return jsonlRowCount(path);
    };
    counts[file] = { from: await count(oldDir, rows.before, indexes.old), to: await count(newDir, rows.after, indexes.new) };
  }
  const names = await nameRecords(tables, oldDir, newDir, documentsBefore, documentsAfter);
  const base = { from, to, counts, tables, schemas: await diffSchemas(oldDir, newDir), files: await diffDataFiles(oldDir, newDir) };
  return { from: base.from, to: base.to, ...suggestBump(base), counts, tables, schemas: base.schemas, files: base.files, names };
}

/** Names every record the tables list, from the version that holds it. */
async function nameRecords(
  tables: Record<string, TableChanges>,
  oldDir: string | null,
  newDir: string,
  documentsBefore: Map<string, DocumentName>,
  documentsAfter: Map<string, DocumentName>,
): Promise<Changes['names']> {
  const claims = tables.claims;
  const [claimsBefore, claimsAfter] = await Promise.all([
    oldDir ? claimNamesFor(oldDir, new Set(claims.removed), documentsBefore) : new Map<string, ClaimName>(),
    claimNamesFor(newDir, new Set([...claims.added, ...claims.changed.map((c) => c.id)]), documentsAfter),
  ]);
  const claimNames = new Map([...claimsBefore, ...claimsAfter]);
  // A document is named from the version that holds it; blocks and claims name their documents too.
  const documentIds = new Map<string, Map<string, DocumentName>>();
  for (const table of ['documents', 'blocks']) {
    for (const id of tables[table].removed) documentIds.set(id, documentsBefore);
    for (const id of [...tables[table].added, ...tables[table].changed.map((c) => c.id)]) documentIds.set(id, documentsAfter);
  }
  for (const [named, documents] of [
    [claimsBefore, documentsBefore],
    [claimsAfter, documentsAfter],
  ] as const) {
    for (const { document_id } of named.values()) if (!documentIds.has(document_id)) documentIds.set(document_id, documents);
  }
  const documents: Record<string, DocumentName> = {};
  for (const id of [...documentIds.keys()].sort()) {
    const name = documentIds.get(id)!.get(id);
    if (name) documents[id] = name;
  }
  const claimsById: Record<string, ClaimName> = {};
  for (const id of [...claimNames.keys()].sort()) claimsById[id] = claimNames.get(id)!;
  return { documents, claims: claimsById };
}

export function nextVersion(version: string, bump: Bump): string {
  const [major, minor, patch] = version.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const LISTED = 100;

/** 5412 → 5,412: numbers as a reader of English expects them, the same on every machine. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Text as plain Markdown on one line: markup characters escaped, line breaks folded. */
const plain = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);

function describeDocument(changes: Changes, id: string): string {
  const name = changes.names.documents[id];
  if (!name) return code(id);
  return `${code(name.path)} — ${name.title ? `"${plain(name.title)}"` : '(no title)'} (${code(id)})`;
}

function describeClaim(changes: Changes, id: string): string {
  const name = changes.names.claims[id];
  if (!name) return code(id);
  const actor = (a: ActorName) => (a.id && a.id !== a.name ? `${plain(a.name)} (${plain(a.id)})` : plain(a.name));
  return `${name.path ? code(name.path) : code(name.document_id)}: ${actor(name.subject)} *${name.relation}* ${actor(name.object)} — "${plain(name.evidence)}" (${code(id)})`;
}

/** One section of the changelog: a heading with the count, then one line per record (the first LISTED). */
function section(lines: string[], heading: string, ids: string[], describe: (id: string) => string): void {
  if (ids.length === 0) return;
  lines.push(`### ${heading} (${ids.length})`, '');
  for (const id of ids.slice(0, LISTED)) lines.push(`- ${describe(id)}`);
  if (ids.length > LISTED) lines.push(`- … and ${ids.length - LISTED} more (changes.json)`);
  lines.push('');
}

export function renderChangelog(changes: Changes): string {
  const lines = [`# Changes in ${changes.to}${changes.from ? ` since ${changes.from}` : ''}`, ''];
  if (!changes.from) lines.push('First version: everything is new.', '');
  else lines.push(`Kind of change: **${changes.bump}** (${changes.reasons.join('; ')}).`, '');
  lines.push(`Versions follow semantic versioning for data: ${VERSIONING_POLICY}.`, '');
  lines.push('Rows of each table file (CSV files without their header row):', '');
  lines.push('| file | rows before | rows after | difference |', '|---|--:|--:|--:|');
  for (const [file, { from, to }] of Object.entries(changes.counts)) {
    const difference = from === null || to === null ? '—' : to === from ? '0' : `${to > from ? '+' : '-'}${thousands(Math.abs(to - from))}`;
    lines.push(`| ${code(file)} | ${from === null ? '—' : thousands(from)} | ${to === null ? '—' : thousands(to)} | ${difference} |`);
  }
  lines.push('', 'Records compared:', '', '| records | compared by | added | removed | changed |', '|---|---|--:|--:|--:|');
  for (const [table, c] of Object.entries(changes.tables)) {
    lines.push(`| ${table} | ${COMPARED_BY[table]} | ${thousands(c.added.length)} | ${thousands(c.removed.length)} | ${thousands(c.changed.length)} |`);
  }
  lines.push('');
  if (changes.from) {
    const { documents, claims } = changes.tables;
    // Blocks of documents added or removed are listed with their documents, not again here.
    const blocks = ownBlockChanges(changes.tables)!;
    const document = (id: string) => describeDocument(changes, id);
    const withFields = (describe: (id: string) => string, changed: TableChanges['changed']) => {
      const fields = new Map(changed.map((c) => [c.id, c.fields]));
      return (id: string) => `${describe(id)}${fields.get(id)?.length ? `: ${fields.get(id)!.join(', ')}` : ''}`;
    };
    section(lines, 'Documents added', documents.added, document);
    section(lines, 'Documents removed', documents.removed, document);
    section(
      lines,
      'Documents changed',
      documents.changed.map((c) => c.id),
      withFields(document, documents.changed),
    );
    const claim = (id: string) => describeClaim(changes, id);
    section(lines, 'Claims added', claims.added, claim);
    section(lines, 'Claims removed', claims.removed, claim);
    section(
      lines,
      'Claims changed',
      claims.changed.map((c) => c.id),
      withFields(claim, claims.changed),
    );
    // Blocks are compared per document: the blocks of a document count as one change.
    section(lines, 'Documents whose blocks were added', blocks.added, document);
    section(lines, 'Documents whose blocks were removed', blocks.removed, document);
    section(
      lines,
      'Documents whose blocks changed',
      blocks.changed.map((c) => c.id),
      document,
    );
    const s = changes.schemas;
    const schemaLines = [
      ...s.added.map((f) => `- schema added: ${code(f)}`),
      ...s.removed.map((f) => `- schema removed: ${code(f)}`),
      ...s.changed.map((c) => `- schema ${code(c.file)} changed (${c.compatible ? 'compatible' : 'incompatible'}): ${c.notes.join('; ')}`),
    ];
    if (schemaLines.length) lines.push('### Schemas', '', ...schemaLines, '');
    const fileLines = [...changes.files.added.map((f) => `- file added: ${code(f)}`), ...changes.files.removed.map((f) => `- file removed: ${code(f)}`)];
    if (fileLines.length) lines.push('### Data files', '', ...fileLines, '');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
