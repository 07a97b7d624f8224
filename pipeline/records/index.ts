// The registry of published record types: each with its JSON Schema (as published in schemas/) and
// the CSV tables derived from it. Everything that publishes or validates data starts here.
import type { TSchema } from 'typebox';
import { ClaimRecord } from './claim.ts';
import { BuildReport } from './report.ts';
import { BlockRecord } from './block.ts';
import { DocumentRecord } from './document.ts';
import { deriveTables, type RecordTypeDef, type TableDef } from './tables.ts';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export const RECORD_TYPES: RecordTypeDef[] = [
  { name: 'documents', singular: 'document', schema: DocumentRecord, jsonOnly: ['text', 'markdown'], foreignKeys: [] },
  {
    name: 'claims',
    singular: 'claim',
    schema: ClaimRecord,
    jsonOnly: [],
    foreignKeys: [{ fields: ['document_id'], reference: { resource: 'documents', fields: ['id'] } }],
  },
  {
    name: 'blocks',
    singular: 'block',
    schema: BlockRecord,
    jsonOnly: ['text'],
    primaryKey: ['document_id', 'position'],
    foreignKeys: [{ fields: ['document_id'], reference: { resource: 'documents', fields: ['id'] } }],
  },
];

/** File name of a record type's JSON Schema, in schemas/ and in each dataset version. */
export const schemaFileName = (def: RecordTypeDef) => `${def.singular}.schema.json`;

/** Every JSON Schema published in schemas/, by file name: the record types and the build report. */
export const PUBLISHED_SCHEMAS: { file: string; schema: TSchema }[] = [
  ...RECORD_TYPES.map((def) => ({ file: schemaFileName(def), schema: def.schema })),
  { file: 'build-report.schema.json', schema: BuildReport },
];

/** The JSON Schema document as published: the definition plus the dialect it is written in. */
export function publishedSchema(schema: TSchema): Record<string, unknown> {
  const { $id, ...rest } = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  return { $schema: JSON_SCHEMA_DIALECT, $id, ...rest };
}

export function publishedSchemaText(schema: TSchema): string {
  return `${JSON.stringify(publishedSchema(schema), null, 2)}\n`;
}

const tableCache = new Map<string, TableDef[]>();
export function tablesOf(def: RecordTypeDef): TableDef[] {
  let tables = tableCache.get(def.name);
  if (!tables) {
    tables = deriveTables(def);
    tableCache.set(def.name, tables);
  }
  return tables;
}

export { DocumentRecord } from './document.ts';
export { ClaimRecord } from './claim.ts';
export { BuildReport } from './report.ts';
export { BlockRecord } from './block.ts';
