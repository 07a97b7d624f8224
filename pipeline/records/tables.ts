// Derives the CSV tables of a record type from its JSON Schema: scalar fields (nested objects
// flattened with `_`) go to the main table; arrays and maps go to long link tables keyed by the
// parent's id. The same derivation encodes records to rows and decodes rows back, so the Table
// Schemas in datapackage.json and the CSV files can never drift from the JSON Schemas.
import type { TSchema } from 'typebox';

export type CellType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface Column {
  name: string;
  /** Property path inside the record (or inside the list item, for link tables). */
  path: string[];
  type: CellType;
  required: boolean;
  description?: string;
  pattern?: string;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableDef {
  /** Resource and file stem, e.g. "documents" or "document_authors". */
  name: string;
  description: string;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** For link tables: where the list lives in the parent record and how it is shaped. */
  link?: { path: string[]; shape: 'scalars' | 'objects' | 'map' };
}

export interface RecordTypeDef {
  /** Plural name used for files: documents, claims. */
  name: string;
  /** Singular, used for link-table names and the parent key column: document → document_id. */
  singular: string;
  schema: TSchema;
  /** Properties that only the JSONL carries (long text). */
  jsonOnly: string[];
  /** Foreign keys of the main table onto other record types. */
  foreignKeys: ForeignKey[];
  /** Primary key of the main table (default: id). */
  primaryKey?: string[];
}

export const primaryKeyOf = (def: RecordTypeDef) => def.primaryKey ?? ['id'];

/** A record's primary key as one comparable string. */
export const primaryKeyString = (def: RecordTypeDef, record: Record<string, unknown>) => JSON.stringify(primaryKeyOf(def).map((k) => record[k]));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface SchemaNode {
  type?: string | string[];
  anyOf?: SchemaNode[];
  const?: unknown;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  required?: string[];
  description?: string;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
}

/** Splits `X | null` into X and whether null is allowed; literal unions become enums. */
function unwrap(node: SchemaNode): { node: SchemaNode; nullable: boolean } {
  if (!node.anyOf) return { node, nullable: false };
  const flat = node.anyOf.flatMap((option) => option.anyOf ?? [option]);
  const options = flat.filter((option) => option.type !== 'null');
  const nullable = options.length < flat.length;
  if (options.length === 1) return { node: { ...options[0], description: node.description ?? options[0].description }, nullable };
  if (options.every((option) => option.const !== undefined)) {
    const values = options.map((option) => option.const as string | number);
    return { node: { type: typeof values[0] === 'number' ? 'number' : 'string', enum: values, description: node.description }, nullable };
  }
  throw new Error(`tables: cannot derive a column from a union of ${JSON.stringify(node.anyOf)}`);
}

function cellType(node: SchemaNode): CellType {
  if (node.const !== undefined) return typeof node.const === 'number' ? 'number' : 'string';
  if (node.enum && node.type === undefined) return node.enum.every((v) => typeof v === 'number') ? 'number' : 'string';
  switch (node.type) {
    case 'string':
      return node.format === 'date' ? 'date' : 'string';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      throw new Error(`tables: no cell type for schema type ${JSON.stringify(node.type)}`);
  }
}

function scalarColumn(name: string, path: string[], node: SchemaNode, required: boolean): Column {
  const column: Column = { name, path, type: cellType(node), required };
  if (node.description) column.description = node.description;
  if (node.pattern) column.pattern = node.pattern;
  if (node.enum) column.enum = node.enum as (string | number)[];
  if (node.const !== undefined) column.enum = [node.const as string | number];
  if (node.minimum !== undefined) column.minimum = node.minimum;
  if (node.maximum !== undefined) column.maximum = node.maximum;
  return column;
}

interface Walked {
  columns: Column[];
  lists: { path: string[]; node: SchemaNode; description?: string }[];
}

/** Flattens an object schema into columns, collecting the lists and maps found on the way. */
function walkObject(node: SchemaNode, prefix: string[], parentRequired: boolean, skip: Set<string>): Walked {
  const walked: Walked = { columns: [], lists: [] };
  for (const [key, raw] of Object.entries(node.properties ?? {})) {
    if (prefix.length === 0 && skip.has(key)) continue;
    const path = [...prefix, key];
    const { node: child, nullable } = unwrap(raw);
    const required = parentRequired && !nullable && (node.required ?? []).includes(key);
    if (child.type === 'array' || (child.type === 'object' && child.patternProperties)) {
      walked.lists.push({ path, node: child, description: raw.description ?? child.description });
    } else if (child.type === 'object') {
      const inner = walkObject(child, path, required, skip);
      walked.columns.push(...inner.columns);
      walked.lists.push(...inner.lists);
    } else {
      walked.columns.push(scalarColumn(path.join('_'), path, child, required));
    }
  }
  return walked;
}

/** The main table and its link tables for one record type. */
export function deriveTables(def: RecordTypeDef): TableDef[] {
  const schema = def.schema as unknown as SchemaNode;
  const walked = walkObject(schema, [], true, new Set(def.jsonOnly));
  const parentKey = `${def.singular}_id`;
  const main: TableDef = {
    name: def.name,
    description: schema.description ?? def.name,
    columns: walked.columns,
    primaryKey: primaryKeyOf(def),
    foreignKeys: def.foreignKeys,
  };
  const tables = [main];
  for (const list of walked.lists) {
    const leaf = list.path[list.path.length - 1];
    const name = `${def.singular}_${leaf}`;
    const keyColumn: Column = { name: parentKey, path: [], type: 'string', required: true, description: `The ${def.singular} this row belongs to.` };
    const foreignKeys: ForeignKey[] = [{ fields: [parentKey], reference: { resource: def.name, fields: ['id'] } }];
    const description = list.description ?? `${list.path.join('.')} of each ${def.singular}, one row per value.`;
    if (list.node.type === 'object') {
      const valueNode = unwrap(Object.values(list.node.patternProperties ?? {})[0]).node;
      tables.push({
        name,
        description,
        columns: [
          keyColumn,
          { name: 'key', path: [], type: 'string', required: true, description: 'The map key.' },
          scalarColumn('value', [], valueNode, true),
        ],
        primaryKey: [parentKey, 'key'],
        foreignKeys,
        link: { path: list.path, shape: 'map' },
      });
      continue;
    }
    const item = unwrap(list.node.items ?? {}).node;
    const position: Column = { name: 'position', path: [], type: 'integer', required: true, minimum: 0, description: 'Position in the list, from 0.' };
    if (item.type === 'object') {
      const inner = walkObject(item, [], true, new Set());
      if (inner.lists.length > 0) throw new Error(`tables: nested lists inside ${list.path.join('.')} are not supported`);
      tables.push({
        name,
        description,
        columns: [keyColumn, position, ...inner.columns],
        primaryKey: [parentKey, 'position'],
        foreignKeys,
        link: { path: list.path, shape: 'objects' },
      });
    } else {
      tables.push({
        name,
        description,
        columns: [keyColumn, position, scalarColumn('value', [], item, true)],
        primaryKey: [parentKey, 'position'],
        foreignKeys,
        link: { path: list.path, shape: 'scalars' },
      });
    }
  }
  return tables;
}

function getPath(value: Json | undefined, path: string[]): Json | undefined {
  let current = value;
  for (const key of path) {
    if (current === null || current === undefined || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** A row: column name → value (null for an empty cell). */
export type Row = Record<string, string | number | boolean | null>;

function rowFrom(columns: Column[], source: Json | undefined): Row {
  const row: Row = {};
  for (const column of columns) {
    const value = getPath(source, column.path);
    row[column.name] = value === undefined ? null : (value as string | number | boolean | null);
  }
  return row;
}

/** Encodes one record into rows for each of its tables (keyed by table name). */
export function encodeRecord(tables: TableDef[], record: JsonObject): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  const [main, ...links] = tables;
  out.set(main.name, [rowFrom(main.columns, record)]);
  for (const table of links) {
    const [keyColumn] = table.columns;
    const list = getPath(record, table.link!.path);
    const rows: Row[] = [];
    if (table.link!.shape === 'map') {
      for (const key of Object.keys((list ?? {}) as JsonObject).sort()) {
        rows.push({ [keyColumn.name]: record.id as string, key, value: (list as JsonObject)[key] as string });
      }
    } else {
      ((list ?? []) as Json[]).forEach((item, position) => {
        const base: Row = { [keyColumn.name]: record.id as string, position };
        if (table.link!.shape === 'scalars') rows.push({ ...base, value: item as string });
        else rows.push({ ...base, ...rowFrom(table.columns.slice(2), item) });
      });
    }
    out.set(table.name, rows);
  }
  return out;
}

function setPath(target: JsonObject, path: string[], value: Json): void {
  let current = target;
  for (const key of path.slice(0, -1)) {
    if (current[key] === undefined || current[key] === null) current[key] = {};
    current = current[key] as JsonObject;
  }
  current[path[path.length - 1]] = value;
}

/** Rebuilds a nested object from flat columns; a nullable object whose cells are all empty is null. */
function objectFrom(columns: Column[], row: Row, schema: SchemaNode): JsonObject {
  const target: JsonObject = {};
  for (const column of columns) setPath(target, column.path, row[column.name] ?? null);
  nullEmptyObjects(target, schema);
  return target;
}

function nullEmptyObjects(target: JsonObject, schema: SchemaNode): void {
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    const { node, nullable } = unwrap(raw);
    const value = target[key];
    if (node.type !== 'object' || node.patternProperties || value === undefined || value === null) continue;
    nullEmptyObjects(value as JsonObject, node);
    if (nullable && Object.values(value as JsonObject).every((v) => v === null)) target[key] = null;
  }
}

/**
 * Rebuilds records (without their JSON-only fields) from decoded rows of every table, in the main
 * table's order, with properties in schema order so they compare equal to the JSON records.
 */
export function decodeRecords(def: RecordTypeDef, tables: TableDef[], rowsByTable: Map<string, Row[]>): JsonObject[] {
  const schema = def.schema as unknown as SchemaNode;
  const [main, ...links] = tables;
  const records = (rowsByTable.get(main.name) ?? []).map((row) => objectFrom(main.columns, row, schema));
  for (const table of links) {
    const [keyColumn] = table.columns;
    const lists = new Map<string, Json[] | JsonObject>();
    const sorted = [...(rowsByTable.get(table.name) ?? [])];
    if (table.link!.shape !== 'map') sorted.sort((a, b) => (a.position as number) - (b.position as number));
    for (const row of sorted) {
      const id = row[keyColumn.name] as string;
      if (table.link!.shape === 'map') {
        const map = (lists.get(id) as JsonObject | undefined) ?? {};
        map[row.key as string] = row.value;
        lists.set(id, map);
      } else {
        const list = (lists.get(id) as Json[] | undefined) ?? [];
        const itemSchema = unwrap(getSchemaAt(schema, table.link!.path).items ?? {}).node;
        list.push(table.link!.shape === 'scalars' ? row.value : objectFrom(table.columns.slice(2), row, itemSchema));
        lists.set(id, list);
      }
    }
    for (const record of records) {
      const empty = table.link!.shape === 'map' ? {} : [];
      setPath(record, table.link!.path, lists.get(record.id as string) ?? empty);
    }
  }
  return records.map((record) => orderLike(record, schema, new Set(def.jsonOnly)));
}

function getSchemaAt(schema: SchemaNode, path: string[]): SchemaNode {
  let node = schema;
  for (const key of path) node = unwrap(node.properties![key]).node;
  return node;
}

/** Copies a record with keys in schema order, leaving out `skip` at the top level. */
export function orderLike(record: JsonObject, schema: SchemaNode, skip = new Set<string>()): JsonObject {
  const ordered: JsonObject = {};
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    if (skip.has(key) || !(key in record)) continue;
    const value = record[key];
    const { node } = unwrap(raw);
    if (value !== null && node.type === 'object' && !node.patternProperties) ordered[key] = orderLike(value as JsonObject, node);
    else if (Array.isArray(value) && unwrap(node.items ?? {}).node.type === 'object') {
      ordered[key] = value.map((item) => orderLike(item as JsonObject, unwrap(node.items!).node));
    } else ordered[key] = value;
  }
  return ordered;
}
