// Checks a dataset version as a stranger would receive it: every JSONL record against the JSON
// Schemas shipped with it (ajv, draft 2020-12, strict, formats), every CSV row decoded by its
// Table Schema and compared with its JSONL record, primary and foreign keys, claim evidence
// offsets, and the checksums in SHA256SUMS and datapackage.json. Problems come back as
// `file:line: field: message`.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { RECORD_TYPES, tablesOf } from '../records/index.ts';
import { decodeRecords, orderLike, primaryKeyString, primaryKeyOf, type RecordTypeDef, type Row, type TableDef } from '../records/tables.ts';
import { readCsv } from '../publish/csv.ts';
import { digestOfFile, parseSha256Sums } from '../publish/checksums.ts';
import { CHECKSUM_FILE, DATAPACKAGE_FILE, SCHEMA_DIR, jsonlFile, jsonlFileAmong } from '../publish/layout.ts';
import { readChunks } from '../publish/lines.ts';
import { tableSchema } from '../publish/table-schema.ts';
import { listFiles } from '../publish/write-version.ts';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

export interface ValidationProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export const formatProblem = (p: ValidationProblem) => `${p.file}:${p.line}: ${p.field}: ${p.message}`;

type JsonObject = Parameters<typeof orderLike>[0];

function ajvField(error: ErrorObject): string {
  const base = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (error.keyword === 'required') return [base, (error.params as { missingProperty: string }).missingProperty].filter(Boolean).join('.');
  if (error.keyword === 'additionalProperties') return [base, (error.params as { additionalProperty: string }).additionalProperty].filter(Boolean).join('.');
  return base || '-';
}

async function loadSchemas(dir: string, problems: ValidationProblem[]): Promise<Map<string, ValidateFunction>> {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();
  for (const def of RECORD_TYPES) {
    const file = `${SCHEMA_DIR}/${def.singular}.schema.json`;
    try {
      const schema = JSON.parse(await readFile(join(dir, file), 'utf8'));
      validators.set(def.name, ajv.compile(schema));
    } catch (error) {
      problems.push({ file, line: 1, field: '-', message: `cannot load schema: ${(error as Error).message}` });
    }
  }
  return validators;
}

/** Digests streamed once per file: SHA256SUMS and datapackage.json both ask for the big ones. */
type Digests = (path: string) => Promise<{ sha256: string; bytes: number }>;

function digestsOf(dir: string): Digests {
  const cache = new Map<string, Promise<{ sha256: string; bytes: number }>>();
  return (path) => {
    let digest = cache.get(path);
    if (!digest) {
      digest = digestOfFile(join(dir, path));
      cache.set(path, digest);
    }
    return digest;
  };
}

async function checkChecksums(dir: string, files: Set<string>, digestOf: Digests, problems: ValidationProblem[]): Promise<void> {
  if (!files.has(CHECKSUM_FILE)) {
    problems.push({ file: CHECKSUM_FILE, line: 1, field: '-', message: 'missing' });
    return;
  }
  const sums = await readFile(join(dir, CHECKSUM_FILE), 'utf8');
  const { entries, problems: parseProblems } = parseSha256Sums(sums);
  for (const p of parseProblems) problems.push({ file: CHECKSUM_FILE, line: p.line, field: '-', message: p.message });
  const lines = sums.split('\n');
  for (const [path, expected] of entries) {
    const line = lines.findIndex((l) => l.endsWith(`  ${path}`)) + 1;
    if (!files.has(path)) {
      problems.push({ file: CHECKSUM_FILE, line, field: path, message: 'file listed but missing' });
      continue;
    }
    const { sha256 } = await digestOf(path);
    if (sha256 !== expected)
      problems.push({ file: path, line: 1, field: 'sha256', message: `checksum does not match ${CHECKSUM_FILE} (expected ${expected}, got ${sha256})` });
  }
  for (const path of files) {
    if (path !== CHECKSUM_FILE && !entries.has(path)) problems.push({ file: path, line: 1, field: '-', message: `not listed in ${CHECKSUM_FILE}` });
  }
}

interface Resource {
  name: string;
  path: string;
  bytes?: number;
  hash?: string;
  schema?: ReturnType<typeof tableSchema>;
}

async function checkDatapackage(dir: string, files: Set<string>, digestOf: Digests, problems: ValidationProblem[]): Promise<Resource[]> {
  if (!files.has(DATAPACKAGE_FILE)) {
    problems.push({ file: DATAPACKAGE_FILE, line: 1, field: '-', message: 'missing' });
    return [];
  }
  let descriptor: { resources?: Resource[] };
  try {
    descriptor = JSON.parse(await readFile(join(dir, DATAPACKAGE_FILE), 'utf8'));
  } catch (error) {
    problems.push({ file: DATAPACKAGE_FILE, line: 1, field: '-', message: `not valid JSON: ${(error as Error).message}` });
    return [];
  }
  const resources = descriptor.resources ?? [];
  for (const resource of resources) {
    if (!files.has(resource.path)) {
      problems.push({ file: DATAPACKAGE_FILE, line: 1, field: `resources.${resource.name}`, message: `file ${resource.path} is missing` });
      continue;
    }
    const { sha256, bytes } = await digestOf(resource.path);
    if (resource.bytes !== bytes)
      problems.push({ file: resource.path, line: 1, field: 'bytes', message: `size is ${bytes}, ${DATAPACKAGE_FILE} says ${resource.bytes}` });
    if (resource.hash !== `sha256:${sha256}`)
      problems.push({ file: resource.path, line: 1, field: 'hash', message: `checksum does not match ${DATAPACKAGE_FILE}` });
  }
  return resources;
}

/**
 * Calls `onLine` with each line of a file and its number, splitting only at '\n' as
 * `text.split('\n')` would (a '\r' stays on its line; JSON.parse takes it as whitespace), and
 * skipping only an empty last line. Lines are cut from the bytes: a whole JSONL file can be longer
 * than a V8 string may be, and '\n' never occurs inside a UTF-8 sequence. `onLine` gets null for a
 * line too long to be a string.
 */
async function forEachLine(path: string, onLine: (line: string | null, number: number) => void): Promise<void> {
  let pending: Buffer[] = [];
  let number = 0;
  const emit = (bytes: Buffer) => {
    let line: string | null;
    try {
      line = bytes.toString('utf8');
    } catch {
      line = null;
    }
    onLine(line, ++number);
  };
  for await (const buffer of readChunks(path)) {
    let start = 0;
    for (let end = buffer.indexOf(10); end !== -1; end = buffer.indexOf(10, start)) {
      const piece = buffer.subarray(start, end);
      emit(pending.length ? Buffer.concat([...pending, piece]) : piece);
      pending = [];
      start = end + 1;
    }
    if (start < buffer.length) pending.push(buffer.subarray(start));
  }
  if (pending.length) emit(Buffer.concat(pending));
}

/** What later checks need of a JSONL table, kept instead of its records (which need not fit in memory). */
interface JsonlSummary {
  count: number;
  /** Each primary key (see primaryKeyString) → the line of its first record. */
  lines: Map<string, number>;
  /** Each primary key → its last record as the CSV tables carry it (JSON-only fields dropped). */
  asCsv: Map<string, JsonObject>;
}

/**
 * Reads a JSONL table record by record; `onRecord` sees each parsed record with its line and the
 * line its key was first seen at (the key itself for a record that is not an object, which
 * registers none), so a caller keeps what it needs of it and nothing more.
 */
async function parseJsonl(
  def: RecordTypeDef,
  file: string,
  path: string,
  validate: ValidateFunction | undefined,
  problems: ValidationProblem[],
  onRecord: (record: unknown, line: number, at: number | string) => void = () => {},
): Promise<JsonlSummary> {
  const summary: JsonlSummary = { count: 0, lines: new Map(), asCsv: new Map() };
  const skip = new Set(def.jsonOnly);
  let read = 0;
  await forEachLine(path, (line, number) => {
    read = number;
    if (line === null) {
      problems.push({ file, line: number, field: '-', message: 'not valid JSON: line is too long to read' });
      return;
    }
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      problems.push({ file, line: number, field: '-', message: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    if (validate && !validate(record)) {
      for (const error of validate.errors ?? []) problems.push({ file, line: number, field: ajvField(error), message: error.message ?? error.keyword });
    }
    summary.count++;
    // A record that is not an object has no fields to compare; its schema errors say enough.
    const key = primaryKeyString(def, (record ?? {}) as JsonObject);
    if (record && typeof record === 'object') {
      const first = summary.lines.get(key);
      if (first !== undefined)
        problems.push({ file, line: number, field: primaryKeyOf(def).join('+'), message: `duplicate primary key ${key} (first on line ${first})` });
      else summary.lines.set(key, number);
      summary.asCsv.set(key, orderLike(record as JsonObject, def.schema as never, skip));
    }
    onRecord(record, number, summary.lines.get(key) ?? key);
  }).catch((error: Error) => {
    // A damaged compressed file (truncated, altered) fails to inflate: a problem of that file from
    // the first line it could not give, not a crash of the checker.
    problems.push({ file, line: read + 1, field: '-', message: `cannot be read: ${error.message}` });
  });
  return summary;
}

/** CSV tables are read whole: the long texts stay out of them, so they are small. */
async function checkTables(
  dir: string,
  files: Set<string>,
  resources: Resource[],
  tables: TableDef[],
  problems: ValidationProblem[],
): Promise<Map<string, { rows: Row[]; lines: number[] }>> {
  const decoded = new Map<string, { rows: Row[]; lines: number[] }>();
  for (const table of tables) {
    const file = `${table.name}.csv`;
    const resource = resources.find((r) => r.path === file);
    if (resource && !isDeepStrictEqual(resource.schema, tableSchema(table))) {
      problems.push({
        file: DATAPACKAGE_FILE,
        line: 1,
        field: `resources.${table.name}.schema`,
        message: 'Table Schema differs from the one this version of pagepress derives from the record schemas',
      });
    }
    if (!files.has(file)) {
      problems.push({ file, line: 1, field: '-', message: 'missing' });
      continue;
    }
    const result = readCsv(await readFile(join(dir, file), 'utf8'), table.columns);
    for (const p of result.problems) problems.push({ file, ...p });
    // Primary key uniqueness.
    const seen = new Map<string, number>();
    result.rows.forEach((row, index) => {
      const key = JSON.stringify(table.primaryKey.map((k) => row[k]));
      const previous = seen.get(key);
      if (previous !== undefined)
        problems.push({ file, line: result.lines[index], field: table.primaryKey.join('+'), message: `duplicate primary key (first on line ${previous})` });
      else seen.set(key, result.lines[index]);
    });
    decoded.set(table.name, result);
  }
  return decoded;
}

/** Foreign keys between CSV tables, across record types. */
function checkForeignKeys(tables: TableDef[], decoded: Map<string, { rows: Row[]; lines: number[] }>, problems: ValidationProblem[]): void {
  for (const table of tables) {
    const rows = decoded.get(table.name);
    if (!rows) continue;
    for (const fk of table.foreignKeys) {
      const target = decoded.get(fk.reference.resource);
      if (!target) continue;
      const keys = new Set(target.rows.map((r) => JSON.stringify(fk.reference.fields.map((f) => r[f]))));
      rows.rows.forEach((row, index) => {
        const key = JSON.stringify(fk.fields.map((f) => row[f]));
        if (!keys.has(key))
          problems.push({
            file: `${table.name}.csv`,
            line: rows.lines[index],
            field: fk.fields.join('+'),
            message: `${fk.fields.map((f) => row[f]).join(', ')} is not a ${fk.reference.resource} ${fk.reference.fields.join('+')}`,
          });
      });
    }
  }
}

export interface ValidationResult {
  problems: ValidationProblem[];
  counts: Record<string, number>;
}

/** Where a block or claim points, and the line to report it at (a key if not known yet). */
interface Reference {
  documentId: unknown;
  at: number | string;
}

interface ClaimEvidence extends Reference {
  start: unknown;
  end: unknown;
  text: unknown;
}

const field = (record: unknown, name: string): unknown => (record && typeof record === 'object' ? (record as Record<string, unknown>)[name] : undefined);

export async function validateDataset(dir: string): Promise<ValidationResult> {
  const problems: ValidationProblem[] = [];
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`${dir} is not a dataset folder`);
  const files = new Set(await listFiles(dir));
  const digestOf = digestsOf(dir);
  await checkChecksums(dir, files, digestOf, problems);
  const resources = await checkDatapackage(dir, files, digestOf, problems);
  const validators = await loadSchemas(dir, problems);
  const counts: Record<string, number> = {};
  const summaries = new Map<string, JsonlSummary>();
  const allTables: TableDef[] = [];
  const allDecoded = new Map<string, { rows: Row[]; lines: number[] }>();

  // Each document id → the line of its last record: the one whose text claims are checked against.
  const documentLines = new Map<unknown, number>();
  const blocks: Reference[] = [];
  const claims: ClaimEvidence[] = [];
  const keep: Record<string, (record: unknown, line: number, at: number | string) => void> = {
    documents: (record, line) => void documentLines.set(field(record, 'id'), line),
    blocks: (record, _line, at) => void blocks.push({ documentId: field(record, 'document_id'), at }),
    claims: (record, _line, at) =>
      void claims.push({
        documentId: field(record, 'document_id'),
        start: field(record, 'start'),
        end: field(record, 'end'),
        text: field(record, 'text'),
        at,
      }),
  };

  // Each table's JSONL file by record type: compressed, or plain in a version written before compression.
  const jsonlFiles = new Map<string, string>();
  for (const def of RECORD_TYPES) {
    const file = jsonlFileAmong(files, def.name);
    if (!file) {
      problems.push({ file: jsonlFile(def.name), line: 1, field: '-', message: 'missing' });
      continue;
    }
    jsonlFiles.set(def.name, file);
    const parsed = await parseJsonl(def, file, join(dir, file), validators.get(def.name), problems, keep[def.name]);
    summaries.set(def.name, parsed);
    counts[def.name] = parsed.count;

    const tables = tablesOf(def);
    const decoded = await checkTables(dir, files, resources, tables, problems);
    allTables.push(...tables);
    for (const [name, result] of decoded) allDecoded.set(name, result);
    // Every CSV row decodes back to its JSONL record, exactly.
    const rowsByTable = new Map([...decoded.entries()].map(([name, d]) => [name, d.rows]));
    const fromCsv = decodeRecords(def, tables, rowsByTable);
    const mainLines = decoded.get(def.name)?.lines ?? [];
    fromCsv.forEach((csvRecord, index) => {
      const id = primaryKeyString(def, csvRecord);
      const expected = parsed.asCsv.get(id);
      const line = mainLines[index] ?? 0;
      if (!expected) {
        problems.push({ file: `${def.name}.csv`, line, field: primaryKeyOf(def).join('+'), message: `${id} is not in ${file}` });
        return;
      }
      for (const key of new Set([...Object.keys(expected), ...Object.keys(csvRecord)])) {
        if (!isDeepStrictEqual(expected[key], csvRecord[key])) {
          problems.push({
            file: `${def.name}.csv`,
            line,
            field: key,
            message: `decodes to ${JSON.stringify(csvRecord[key])}, ${file}:${parsed.lines.get(id)} has ${JSON.stringify(expected[key])}`,
          });
        }
      }
    });
    const csvKeys = new Set(fromCsv.map((r) => primaryKeyString(def, r)));
    for (const [key, line] of parsed.lines)
      if (!csvKeys.has(key)) problems.push({ file, line, field: primaryKeyOf(def).join('+'), message: `${key} has no row in ${def.name}.csv` });
    // The comparison was all these were kept for.
    parsed.asCsv.clear();
  }

  checkForeignKeys(allTables, allDecoded, problems);
  allDecoded.clear();

  // A record that is not an object registers no key, so a later record may still take its line.
  const lineOf = (type: string, at: number | string) => (typeof at === 'number' ? at : (summaries.get(type)?.lines.get(at) ?? 0));

  // Blocks belong to documents.
  for (const block of blocks) {
    if (!documentLines.has(block.documentId)) {
      problems.push({
        file: jsonlFiles.get('blocks')!,
        line: lineOf('blocks', block.at),
        field: 'document_id',
        message: `${block.documentId} is not a document id`,
      });
    }
  }

  // Claims point at documents, and their evidence is where they say. Documents are read again,
  // one at a time, so no more than one text is held at once.
  const claimsAt = new Map<number, number[]>(); // line in documents.jsonl → indexes of the claims on that document
  claims.forEach((claim, index) => {
    const line = documentLines.get(claim.documentId);
    if (line === undefined) return;
    const list = claimsAt.get(line);
    if (list) list.push(index);
    else claimsAt.set(line, [index]);
  });
  const misplaced = new Set<number>();
  const documentsFile = jsonlFiles.get('documents');
  if (claimsAt.size && documentsFile) {
    await forEachLine(join(dir, documentsFile), (line, number) => {
      const indexes = claimsAt.get(number);
      if (!indexes || line === null) return;
      const text = String(field(JSON.parse(line), 'text') ?? '');
      for (const index of indexes) {
        const claim = claims[index];
        if (text.slice(claim.start as number, claim.end as number) !== claim.text) misplaced.add(index);
      }
      // The first pass over the file has reported why it cannot be read; claims past that point stay unchecked.
    }).catch(() => {});
  }
  claims.forEach((claim, index) => {
    const line = lineOf('claims', claim.at);
    if (!documentLines.has(claim.documentId))
      problems.push({ file: jsonlFiles.get('claims')!, line, field: 'document_id', message: `${claim.documentId} is not a document id` });
    else if (misplaced.has(index))
      problems.push({ file: jsonlFiles.get('claims')!, line, field: 'text', message: `is not the document text at [${claim.start}, ${claim.end})` });
  });
  return { problems, counts };
}
