// The published files work with other people's tools: Parquet read back by an independent reader,
// JSONL validated by a second JSON Schema validator, CSV loaded in DuckDB with the declared types
// (using the data card's own snippet), and `diff` between two versions lists exactly what changed.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { registerSchema, validate } from '@hyperjump/json-schema/draft-2020-12';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { diffVersions } from '../../pipeline/publish/changes.ts';
import { RECORD_TYPES, tablesOf } from '../../pipeline/records/index.ts';
import { duckdbSnippet } from '../../pipeline/publish/load-snippets.ts';
import { build } from '../../pipeline/run/build.ts';
import { PROJECT_ROOT, versionJsonlText } from '../helpers.ts';
import { ARTICLE, textDump } from '../robustness/corpus.ts';

let versionDir: string;
const jsonl = (dir: string, table: string) =>
  versionJsonlText(dir, table)
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'pagepress-interop-'));
  cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
  const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
  versionDir = (await build({ raw: join(root, 'raw'), out: join(root, 'dist'), config, cacheDir: null })).versionDir;
}, 120_000);

describe('interoperability', () => {
  it('Parquet tables read back with hyparquet equal the JSONL records, lists as lists', async () => {
    for (const def of RECORD_TYPES) {
      const rows = await parquetReadObjects({ file: await asyncBufferFromFile(join(versionDir, `${def.name}.parquet`)), compressors });
      const records = jsonl(versionDir, def.name);
      expect(rows.length).toBe(records.length);
      // Integers come back as bigint, DATE columns as Date, a null struct as undefined.
      const normal = (value: unknown): unknown =>
        value === undefined
          ? null
          : value instanceof Date
            ? value.toISOString().slice(0, 10)
            : JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)));
      rows.forEach((row, i) => {
        const record = records[i];
        for (const key of Object.keys(record)) {
          if (key === 'provenance') continue;
          expect(normal(row[key]), `${def.name}[${i}].${key}`).toEqual(record[key]);
        }
      });
      if (def.name === 'documents') expect(Array.isArray(rows[0].keywords)).toBe(true);
    }
  });

  it('every JSONL record is valid under a second, independent validator', async () => {
    for (const def of RECORD_TYPES) {
      const schema = JSON.parse(readFileSync(join(versionDir, 'schemas', `${def.singular}.schema.json`), 'utf8'));
      registerSchema(schema);
      const check = await validate(schema.$id);
      for (const record of jsonl(versionDir, def.name)) expect(check(record).valid, `${def.name} ${record.id ?? record.document_id}`).toBe(true);
    }
    const bad = { ...jsonl(versionDir, 'documents')[0], word_count: 'many' };
    expect((await validate('https://pagepress.dev/schemas/document.schema.json'))(bad).valid).toBe(false);
  });

  it('the data card’s DuckDB snippet loads every CSV with its declared types', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const tables = RECORD_TYPES.flatMap((def) => tablesOf(def));
    await connection.run(`SET file_search_path = '${versionDir}'`);
    for (const statement of duckdbSnippet(tables)
      .split('\n')
      .filter((l) => l && !l.startsWith('--')))
      await connection.run(statement);
    const count = await connection.runAndReadAll('SELECT count(*) AS n, sum(word_count) AS words FROM documents');
    const [row] = count.getRowObjectsJson();
    expect(Number(row.n)).toBe(jsonl(versionDir, 'documents').length);
    const types = await connection.runAndReadAll(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'documents' AND column_name IN ('word_count', 'captured_not_before', 'title')",
    );
    expect(Object.fromEntries(types.getRowObjectsJson().map((r) => [r.column_name, r.data_type]))).toEqual({
      word_count: 'BIGINT',
      captured_not_before: 'DATE',
      title: 'VARCHAR',
    });
    connection.closeSync();
    instance.closeSync();
  });
});

describe('diff between two versions', () => {
  it('lists exactly the documents and claims added and removed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pagepress-diff-'));
    cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
    const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
    const first = await build({ raw: join(root, 'raw'), out: join(root, 'dist'), config: { ...config, version: '1.0.0' }, cacheDir: null, threads: 1 });
    const removedDoc = jsonl(first.versionDir, 'documents').find((d) => d.source.path.startsWith('000_'))!;
    rmSync(join(root, 'raw', removedDoc.source.path));
    writeFileSync(join(root, 'raw', 'new.txt'), textDump(ARTICLE, ['Home', 'World', 'Contact'], 'A defence framework in the making'));
    const second = await build({ raw: join(root, 'raw'), out: join(root, 'dist'), config: { ...config, version: '1.1.0' }, cacheDir: null, threads: 1 });
    const addedDoc = jsonl(second.versionDir, 'documents').find((d) => d.source.path === 'new.txt')!;
    const changes = await diffVersions(first.versionDir, '1.0.0', second.versionDir, '1.1.0');
    expect(changes.tables.documents).toEqual({ added: [addedDoc.id], removed: [removedDoc.id], changed: [] });
    const claimsOf = (dir: string, id: string) =>
      jsonl(dir, 'claims')
        .filter((c) => c.document_id === id)
        .map((c) => c.id)
        .sort();
    expect(changes.tables.claims.added).toEqual(claimsOf(second.versionDir, addedDoc.id));
    expect(changes.tables.claims.removed).toEqual(claimsOf(first.versionDir, removedDoc.id));
    expect(changes.tables.claims.changed).toEqual([]);
    expect(changes.schemas).toEqual({ added: [], removed: [], changed: [] });
    // A document removed is a major change, whatever was added beside it.
    expect(changes.bump).toBe('major');
    // The version carries the same comparison, against the version before it.
    expect(JSON.parse(readFileSync(join(second.versionDir, 'changes.json'), 'utf8'))).toEqual(changes);
    const changelog = readFileSync(join(second.versionDir, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`### Documents removed (1)\n\n- \`${removedDoc.source.path}\` — "${removedDoc.title}" (\`${removedDoc.id}\`)\n`);
    expect(changelog).toContain(`### Documents added (1)\n\n- \`new.txt\` — "${addedDoc.title}" (\`${addedDoc.id}\`)\n`);
  }, 120_000);
});
