// Renders one dataset version as files (name → content): JSONL and CSV tables, schemas,
// datapackage.json, the data card, the build report and SHA256SUMS. Pure: the same records give
// the same bytes.
import type { DatasetConfig } from '../config.ts';
import { PUBLISHED_SCHEMAS, RECORD_TYPES, publishedSchemaText, tablesOf } from '../records/index.ts';
import { orderLike, encodeRecord, type Row, type TableDef } from '../records/tables.ts';
import type { BuildReport } from '../records/report.ts';
import type { DocumentRecord } from '../records/document.ts';
import type { ClaimRecord } from '../records/claim.ts';
import { writeCsv } from './csv.ts';
import { formatSha256Sums, sha256 } from './checksums.ts';
import { renderDataCard } from './datacard.ts';
import { tableSchema } from './table-schema.ts';

export interface DatasetContent {
  config: DatasetConfig;
  documents: DocumentRecord[];
  claims: ClaimRecord[];
  report: BuildReport;
}

export const SCHEMA_DIR = 'schemas';
export const CHECKSUM_FILE = 'SHA256SUMS';
export const DATAPACKAGE_FILE = 'datapackage.json';

type JsonObject = Parameters<typeof orderLike>[0];

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function toJsonl(records: object[], schema: unknown): string {
  return records.map((record) => `${JSON.stringify(orderLike(record as JsonObject, schema as never))}\n`).join('');
}

function tablesCsv(tables: TableDef[], records: object[]): Map<string, string> {
  const rows = new Map<string, Row[]>(tables.map((t) => [t.name, []]));
  for (const record of records) {
    for (const [name, tableRows] of encodeRecord(tables, record as JsonObject)) rows.get(name)!.push(...tableRows);
  }
  return new Map(tables.map((t) => [`${t.name}.csv`, writeCsv(t.columns, rows.get(t.name)!)]));
}

export function renderDataset(content: DatasetContent): Map<string, string> {
  const documents = [...content.documents].sort(byId);
  const claims = [...content.claims].sort(byId);
  const recordsByType = new Map<string, object[]>([
    ['documents', documents],
    ['claims', claims],
  ]);
  const files = new Map<string, string>();
  const resources: Record<string, unknown>[] = [];
  const allTables: TableDef[] = [];
  const resource = (name: string, path: string, extra: Record<string, unknown>) => {
    const data = files.get(path)!;
    resources.push({ name, path, ...extra, encoding: 'utf-8', bytes: Buffer.byteLength(data), hash: `sha256:${sha256(data)}` });
  };

  for (const def of RECORD_TYPES) {
    const records = recordsByType.get(def.name)!;
    const schemaFile = `${SCHEMA_DIR}/${def.singular}.schema.json`;
    files.set(`${def.name}.jsonl`, toJsonl(records, def.schema));
    resource(`${def.name}_jsonl`, `${def.name}.jsonl`, {
      type: 'json',
      format: 'jsonl',
      mediatype: 'application/jsonl',
      description: `${(def.schema as { description?: string }).description} One record per line; validates against ${schemaFile}.`,
      jsonSchema: schemaFile,
    });
    const tables = tablesOf(def);
    allTables.push(...tables);
    for (const [path, csv] of tablesCsv(tables, records)) files.set(path, csv);
    for (const table of tables) {
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

  for (const { file, schema } of PUBLISHED_SCHEMAS) files.set(`${SCHEMA_DIR}/${file}`, publishedSchemaText(schema));
  files.set('build-report.json', `${JSON.stringify(content.report, null, 2)}\n`);
  files.set(
    'README.md',
    renderDataCard({ config: content.config, documents, claims, report: content.report, tables: allTables, schemaFiles: PUBLISHED_SCHEMAS.map((s) => s.file) }),
  );

  const { config } = content;
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: config.name,
    title: config.title,
    description: config.description,
    version: config.version,
    created: `${config.created}T00:00:00Z`,
    ...(config.homepage ? { homepage: config.homepage } : {}),
    licenses: [config.license],
    contributors: config.authors.map((title) => ({ title, roles: ['creator'] })),
    resources,
  };
  files.set(DATAPACKAGE_FILE, `${JSON.stringify(descriptor, null, 2)}\n`);
  files.set(CHECKSUM_FILE, formatSha256Sums(files));
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}
