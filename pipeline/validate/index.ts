// Checks a dataset version as a stranger would receive it: every JSONL record against the JSON
// Schemas shipped with it (ajv, draft 2020-12, strict, formats), every CSV row decoded by its
// Table Schema and compared with its JSONL record, primary and foreign keys, claim evidence
// offsets, and the checksums in SHA256SUMS and datapackage.json. Problems come back as
// `file:line: field: message`.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { RECORD_TYPES, tablesOf } from '../records/index.ts';
import { decodeRecords, keyOf, orderLike, primaryKeyOf, type RecordTypeDef, type Row, type TableDef } from '../records/tables.ts';
import { readCsv } from '../publish/csv.ts';
import { parseSha256Sums, sha256 } from '../publish/checksums.ts';
import { CHECKSUM_FILE, DATAPACKAGE_FILE, SCHEMA_DIR } from '../publish/writer.ts';
import { tableSchema } from '../publish/table-schema.ts';
import { readTree } from '../publish/write-version.ts';

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

async function checkChecksums(dir: string, tree: Map<string, Buffer>, problems: ValidationProblem[]): Promise<void> {
  const sums = tree.get(CHECKSUM_FILE);
  if (!sums) {
    problems.push({ file: CHECKSUM_FILE, line: 1, field: '-', message: 'missing' });
    return;
  }
  const { entries, problems: parseProblems } = parseSha256Sums(sums.toString('utf8'));
  for (const p of parseProblems) problems.push({ file: CHECKSUM_FILE, line: p.line, field: '-', message: p.message });
  const lines = sums.toString('utf8').split('\n');
  for (const [path, expected] of entries) {
    const line = lines.findIndex((l) => l.endsWith(`  ${path}`)) + 1;
    const data = tree.get(path);
    if (!data) problems.push({ file: CHECKSUM_FILE, line, field: path, message: 'file listed but missing' });
    else if (sha256(data) !== expected) problems.push({ file: path, line: 1, field: 'sha256', message: `checksum does not match ${CHECKSUM_FILE} (expected ${expected}, got ${sha256(data)})` });
  }
  for (const path of tree.keys()) {
    if (path !== CHECKSUM_FILE && !entries.has(path)) problems.push({ file: path, line: 1, field: '-', message: `not listed in ${CHECKSUM_FILE}` });
  }
  void dir;
}

interface Resource {
  name: string;
  path: string;
  bytes?: number;
  hash?: string;
  schema?: ReturnType<typeof tableSchema>;
}

function checkDatapackage(tree: Map<string, Buffer>, problems: ValidationProblem[]): Resource[] {
  const raw = tree.get(DATAPACKAGE_FILE);
  if (!raw) {
    problems.push({ file: DATAPACKAGE_FILE, line: 1, field: '-', message: 'missing' });
    return [];
  }
  let descriptor: { resources?: Resource[] };
  try {
    descriptor = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    problems.push({ file: DATAPACKAGE_FILE, line: 1, field: '-', message: `not valid JSON: ${(error as Error).message}` });
    return [];
  }
  const resources = descriptor.resources ?? [];
  for (const resource of resources) {
    const data = tree.get(resource.path);
    if (!data) {
      problems.push({ file: DATAPACKAGE_FILE, line: 1, field: `resources.${resource.name}`, message: `file ${resource.path} is missing` });
      continue;
    }
    if (resource.bytes !== data.length) problems.push({ file: resource.path, line: 1, field: 'bytes', message: `size is ${data.length}, ${DATAPACKAGE_FILE} says ${resource.bytes}` });
    if (resource.hash !== `sha256:${sha256(data)}`) problems.push({ file: resource.path, line: 1, field: 'hash', message: `checksum does not match ${DATAPACKAGE_FILE}` });
  }
  return resources;
}

/** Parses a JSONL table; `lines` maps each record's primary key (see keyOf) to its line. */
function parseJsonl(def: RecordTypeDef, file: string, text: string, validate: ValidateFunction | undefined, problems: ValidationProblem[]): { records: JsonObject[]; lines: Map<string, number> } {
  const records: JsonObject[] = [];
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, index) => {
    if (line === '' && index === text.split('\n').length - 1) return;
    let record: JsonObject;
    try {
      record = JSON.parse(line);
    } catch (error) {
      problems.push({ file, line: index + 1, field: '-', message: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    if (validate && !validate(record)) {
      for (const error of validate.errors ?? []) problems.push({ file, line: index + 1, field: ajvField(error), message: error.message ?? error.keyword });
    }
    records.push(record);
    if (record && typeof record === 'object') {
      const key = keyOf(def, record);
      if (lines.has(key)) problems.push({ file, line: index + 1, field: primaryKeyOf(def).join('+'), message: `duplicate primary key ${key} (first on line ${lines.get(key)})` });
      else lines.set(key, index + 1);
    }
  });
  return { records, lines };
}

function checkTables(
  tree: Map<string, Buffer>,
  resources: Resource[],
  tables: TableDef[],
  problems: ValidationProblem[],
): Map<string, { rows: Row[]; lines: number[] }> {
  const decoded = new Map<string, { rows: Row[]; lines: number[] }>();
  for (const table of tables) {
    const file = `${table.name}.csv`;
    const resource = resources.find((r) => r.path === file);
    if (resource && !isDeepStrictEqual(resource.schema, tableSchema(table))) {
      problems.push({ file: DATAPACKAGE_FILE, line: 1, field: `resources.${table.name}.schema`, message: 'Table Schema differs from the one this version of pagepress derives from the record schemas' });
    }
    const data = tree.get(file);
    if (!data) {
      problems.push({ file, line: 1, field: '-', message: 'missing' });
      continue;
    }
    const result = readCsv(data.toString('utf8'), table.columns);
    for (const p of result.problems) problems.push({ file, ...p });
    // Primary key uniqueness.
    const seen = new Map<string, number>();
    result.rows.forEach((row, index) => {
      const key = JSON.stringify(table.primaryKey.map((k) => row[k]));
      const previous = seen.get(key);
      if (previous !== undefined) problems.push({ file, line: result.lines[index], field: table.primaryKey.join('+'), message: `duplicate primary key (first on line ${previous})` });
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
        if (!keys.has(key)) problems.push({ file: `${table.name}.csv`, line: rows.lines[index], field: fk.fields.join('+'), message: `${fk.fields.map((f) => row[f]).join(', ')} is not a ${fk.reference.resource} ${fk.reference.fields.join('+')}` });
      });
    }
  }
}

export interface ValidationResult {
  problems: ValidationProblem[];
  counts: Record<string, number>;
}

export async function validateDataset(dir: string): Promise<ValidationResult> {
  const problems: ValidationProblem[] = [];
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`${dir} is not a dataset folder`);
  await readdir(dir);
  const tree = await readTree(dir);
  await checkChecksums(dir, tree, problems);
  const resources = checkDatapackage(tree, problems);
  const validators = await loadSchemas(dir, problems);
  const counts: Record<string, number> = {};
  const jsonByType = new Map<string, { records: JsonObject[]; lines: Map<string, number> }>();
  const allTables: TableDef[] = [];
  const allDecoded = new Map<string, { rows: Row[]; lines: number[] }>();

  for (const def of RECORD_TYPES) {
    const file = `${def.name}.jsonl`;
    const data = tree.get(file);
    if (!data) {
      problems.push({ file, line: 1, field: '-', message: 'missing' });
      continue;
    }
    const parsed = parseJsonl(def, file, data.toString('utf8'), validators.get(def.name), problems);
    jsonByType.set(def.name, parsed);
    counts[def.name] = parsed.records.length;

    const tables = tablesOf(def);
    const decoded = checkTables(tree, resources, tables, problems);
    allTables.push(...tables);
    for (const [name, result] of decoded) allDecoded.set(name, result);
    // Every CSV row decodes back to its JSONL record, exactly.
    const rowsByTable = new Map([...decoded.entries()].map(([name, d]) => [name, d.rows]));
    const fromCsv = decodeRecords(def, tables, rowsByTable);
    const mainLines = decoded.get(def.name)?.lines ?? [];
    const jsonByKey = new Map(parsed.records.map((r) => [keyOf(def, r), r]));
    fromCsv.forEach((csvRecord, index) => {
      const id = keyOf(def, csvRecord);
      const json = jsonByKey.get(id);
      const line = mainLines[index] ?? 0;
      if (!json) {
        problems.push({ file: `${def.name}.csv`, line, field: primaryKeyOf(def).join('+'), message: `${id} is not in ${file}` });
        return;
      }
      const expected = orderLike(json, def.schema as never, new Set(def.jsonOnly));
      for (const key of new Set([...Object.keys(expected), ...Object.keys(csvRecord)])) {
        if (!isDeepStrictEqual(expected[key], csvRecord[key])) {
          problems.push({ file: `${def.name}.csv`, line, field: key, message: `decodes to ${JSON.stringify(csvRecord[key])}, ${file}:${jsonByType.get(def.name)!.lines.get(id)} has ${JSON.stringify(expected[key])}` });
        }
      }
    });
    const csvKeys = new Set(fromCsv.map((r) => keyOf(def, r)));
    for (const [key, line] of parsed.lines) if (!csvKeys.has(key)) problems.push({ file, line, field: primaryKeyOf(def).join('+'), message: `${key} has no row in ${def.name}.csv` });
  }

  checkForeignKeys(allTables, allDecoded, problems);

  const documents = new Map((jsonByType.get('documents')?.records ?? []).map((d) => [d.id as string, d]));
  const documentIds = new Set(documents.keys());

  // Blocks belong to documents.
  const blocks = jsonByType.get('blocks');
  const blocksDef = RECORD_TYPES.find((d) => d.name === 'blocks')!;
  for (const block of blocks?.records ?? []) {
    if (!documentIds.has(block.document_id as string)) {
      problems.push({ file: 'blocks.jsonl', line: blocks!.lines.get(keyOf(blocksDef, block)) ?? 0, field: 'document_id', message: `${block.document_id} is not a document id` });
    }
  }

  // Claims point at documents, and their evidence is where they say.
  const claims = jsonByType.get('claims');
  const claimsDef = RECORD_TYPES.find((d) => d.name === 'claims')!;
  for (const claim of claims?.records ?? []) {
    const line = claims!.lines.get(keyOf(claimsDef, claim)) ?? 0;
    const document = documents.get(claim.document_id as string);
    if (!document) {
      problems.push({ file: 'claims.jsonl', line, field: 'document_id', message: `${claim.document_id} is not a document id` });
      continue;
    }
    const text = String(document.text ?? '');
    if (text.slice(claim.start as number, claim.end as number) !== claim.text) {
      problems.push({ file: 'claims.jsonl', line, field: 'text', message: `is not the document text at [${claim.start}, ${claim.end})` });
    }
  }
  return { problems, counts };
}
