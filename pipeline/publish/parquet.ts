// Parquet copies of the JSONL tables (zstd, typed, list columns as real lists, nested objects as
// structs), written by DuckDB from the JSONL files with every column type spelled out from the
// JSON Schema, so Parquet readers see exactly the published types. DuckDB writes byte-identical
// files run after run.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RECORD_TYPES } from '../records/index.ts';
import { jsonlFile } from './layout.ts';
import { readChunks } from './lines.ts';
import { objectSizeFor } from './object-size.ts';
import type { Digests } from './writer.ts';

interface SchemaNode {
  type?: string;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

// Row groups are buffered whole before they are written: documents carry their full text, so
// their groups stay small enough to fit the memory budget even when pages are megabytes long.
const DOCUMENT_ROW_GROUP = 64;
const ROW_GROUP = 16_384;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The DuckDB type of a JSON Schema node (nullability is every DuckDB column's default). */
export function duckdbType(node: SchemaNode): string {
  if (node.anyOf) {
    const options = node.anyOf.flatMap((o) => o.anyOf ?? [o]).filter((o) => o.type !== 'null');
    if (options.length !== 1) return 'VARCHAR';
    return duckdbType(options[0]);
  }
  if (node.enum || node.const !== undefined) return 'VARCHAR';
  switch (node.type) {
    case 'string':
      return node.format === 'date' ? 'DATE' : 'VARCHAR';
    case 'integer':
      return 'BIGINT';
    case 'number':
      return 'DOUBLE';
    case 'boolean':
      return 'BOOLEAN';
    case 'array':
      return `${duckdbType(node.items ?? {})}[]`;
    case 'object':
      if (node.patternProperties) return `MAP(VARCHAR, ${duckdbType(Object.values(node.patternProperties)[0])})`;
      return `STRUCT(${Object.entries(node.properties ?? {})
        .map(([key, child]) => `${quote(key)} ${duckdbType(child)}`)
        .join(', ')})`;
    default:
      throw new Error(`parquet: no DuckDB type for ${JSON.stringify(node)}`);
  }
}

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Bytes of the longest line of a file, read in chunks (for JSONL files the writer did not measure). */
export async function longestLineOf(path: string): Promise<number> {
  let longest = 0;
  let current = 0;
  for await (const chunk of readChunks(path)) {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      longest = Math.max(longest, current + end - start);
      current = 0;
      start = end + 1;
    }
    current += chunk.length - start;
  }
  return Math.max(longest, current);
}

/**
 * Writes <table>.parquet next to each <table>.jsonl.gz in `dir`; returns the files written. `digests`
 * (from the writer) say how long each file's longest line is; without them the files are scanned.
 */
export async function writeParquet(dir: string, digests?: Digests): Promise<string[]> {
  // A bounded memory budget (DuckDB spills to its temporary folder beyond it) keeps large versions
  // from taking most of the machine's memory, as DuckDB's default of 80% of RAM would.
  const spill = await mkdtemp(join(tmpdir(), 'pagepress-duckdb-'));
  const instance = await DuckDBInstance.create(':memory:', { threads: '1', memory_limit: '512MB', temp_directory: spill, preserve_insertion_order: 'true' });
  const connection = await instance.connect();
  const written: string[] = [];
  try {
    for (const def of RECORD_TYPES) {
      const schema = def.schema as unknown as SchemaNode;
      const columns = Object.entries(schema.properties ?? {})
        .map(([key, node]) => `${sqlString(key)}: ${sqlString(duckdbType(node))}`)
        .join(', ');
      // DuckDB decompresses the `.gz` file itself (read_json's compression follows the suffix).
      const source = join(dir, jsonlFile(def.name));
      const target = join(dir, `${def.name}.parquet`);
      // One long page makes one long record: read_json refuses records over its limit (16 MB by
      // default), which would abort the whole build, so the limit follows the longest line.
      const objectSize = objectSizeFor(digests?.get(jsonlFile(def.name))?.longestLine ?? (await longestLineOf(source)));
      await connection.run(
        // The JSONL is already in primary-key order; one thread with insertion order preserved
        // streams it straight through, so no sort has to hold the table in memory.
        `COPY (SELECT * FROM read_json(${sqlString(source)}, format = 'newline_delimited', columns = {${columns}}${objectSize ? `, maximum_object_size = ${objectSize}` : ''}))` +
          ` TO ${sqlString(target)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${def.name === 'documents' ? DOCUMENT_ROW_GROUP : ROW_GROUP})`,
      );
      written.push(`${def.name}.parquet`);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(spill, { recursive: true, force: true });
  }
  return written;
}
