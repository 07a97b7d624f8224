// One very long page must not break any writer or reader of a version: its document (text and
// markdown) and its blocks become JSONL lines far over DuckDB's default 16 MB record limit, which
// used to abort the whole build in the Parquet step. The version is written with the writer and
// the Parquet step the build uses, then checked by the validator and read back with DuckDB.
// (A build of such a page takes minutes of CPU in the stages, too long for a test; the build test
// below checks that a capture over the size budget is reported and the rest published.)
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { decodeCapture } from '../../pipeline/ingest/decode.ts';
import { writeParquet } from '../../pipeline/publish/parquet.ts';
import { DatasetWriter } from '../../pipeline/publish/writer.ts';
import { build } from '../../pipeline/run/build.ts';
import { processCapture, type Processed } from '../../pipeline/run/process.ts';
import type { BlockRecord } from '../../pipeline/records/block.ts';
import { validateDataset } from '../../pipeline/validate/index.ts';
import { paragraph, seededRandom } from '../../bench/synthetic.ts';
import { PROJECT_ROOT, versionJsonlText } from '../helpers.ts';
import { ARTICLE, textDump } from '../robustness/corpus.ts';

const LONG_TEXT_BYTES = 20 * 1024 * 1024;
const DEFAULT_LIMIT = 16 * 1024 * 1024;

let root: string;
let dir: string;
let longId: string;
let longText: string;

/** About `bytes` of news prose in paragraphs (ASCII, so characters are bytes). */
function longProse(bytes: number): string {
  const random = seededRandom(16);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < bytes) {
    const text = paragraph(random, 8);
    paragraphs.push(text);
    length += text.length + 2;
  }
  return paragraphs.join('\n\n');
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pagepress-large-record-'));
  dir = join(root, 'version');
  const seeds = readdirSync(join(PROJECT_ROOT, 'raw')).map((name) => ({
    processed: processCapture(decodeCapture(name, readFileSync(join(PROJECT_ROOT, 'raw', name)))),
    name,
  }));
  // The long page: a real processed page whose text (and markdown) is then made ~20 MB longer.
  // Its claims point into the original text, which stays at the start, so their offsets hold.
  const small = processCapture(decodeCapture('very-long-page.txt', Buffer.from(textDump(ARTICLE, ['Home', 'World'], 'A page that goes on and on'))));
  const extra = longProse(LONG_TEXT_BYTES);
  small.document.text = `${small.document.text}\n\n${extra}`;
  small.document.markdown = `${small.document.markdown}\n\n${extra}`;
  longId = small.document.id;
  longText = small.document.text;
  const entries: { processed: Processed; blocks: BlockRecord[] }[] = [
    ...seeds.map(({ processed }) => ({ processed, blocks: processed.blocks })),
    {
      processed: small,
      // …and one dropped block (a comment thread, say) as long as the page.
      blocks: [
        ...small.blocks,
        {
          document_id: small.document.id,
          position: small.blocks.length,
          kind: 'comment',
          kept: false,
          reason: 'comments',
          text: extra,
          start: null,
          end: null,
        },
      ],
    },
  ].sort((a, b) => (a.processed.document.id < b.processed.document.id ? -1 : 1));
  const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
  const writer = await DatasetWriter.create(dir);
  for (const { processed, blocks } of entries) await writer.add(processed.document, processed.claims, blocks);
  const counts = {
    files: entries.length,
    documents: entries.length,
    claims: entries.reduce((n, e) => n + e.processed.claims.length, 0),
    rejected: 0,
    duplicates: 0,
    near_duplicates: 0,
    skipped: 0,
  };
  await writer.finish(config, '2026-01-01', { dataset: config.name, version: config.version, counts, problems: [] }, [writeParquet]);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a page far over DuckDB’s default record size', () => {
  it('makes JSONL lines over the default limit, and the version still validates', async () => {
    const longest = (table: string) =>
      Math.max(
        ...versionJsonlText(dir, table)
          .split('\n')
          .map((line) => Buffer.byteLength(line)),
      );
    expect(longest('documents')).toBeGreaterThan(2 * DEFAULT_LIMIT);
    expect(longest('blocks')).toBeGreaterThan(DEFAULT_LIMIT);
    expect((await validateDataset(dir)).problems).toEqual([]);
  }, 120_000);

  it('writes the long records into Parquet whole', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const documents = await connection.runAndReadAll(`SELECT id, length(text) AS n FROM read_parquet('${join(dir, 'documents.parquet')}') ORDER BY id`);
      const rows = documents.getRowObjects();
      expect(rows.length).toBe(3);
      expect(Number(rows.find((r) => r.id === longId)?.n)).toBe(longText.length);
      const blocks = await connection.runAndReadAll(`SELECT max(length(text)) AS n FROM read_parquet('${join(dir, 'blocks.parquet')}')`);
      expect(Number(blocks.getRowObjects()[0].n)).toBeGreaterThan(LONG_TEXT_BYTES);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }, 60_000);

  it('gives the data card a DuckDB snippet that loads the long JSONL record', async () => {
    const card = readFileSync(join(dir, 'README.md'), 'utf8');
    const statement = card.split('\n').find((line) => line.startsWith('CREATE TABLE documents_full'))!;
    expect(statement).toContain('maximum_object_size');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(statement.replace("'documents.jsonl.gz'", `'${join(dir, 'documents.jsonl.gz')}'`));
      const rows = (await connection.runAndReadAll(`SELECT length(text) AS n FROM documents_full WHERE id = '${longId}'`)).getRowObjects();
      expect(Number(rows[0].n)).toBe(longText.length);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }, 60_000);
});

describe('a capture over the size budget', () => {
  it('is reported as too_large with the flag that raises the limit, and the rest is published and validates', async () => {
    const buildRoot = mkdtempSync(join(tmpdir(), 'pagepress-too-large-'));
    try {
      cpSync(join(PROJECT_ROOT, 'raw'), join(buildRoot, 'raw'), { recursive: true });
      writeFileSync(join(buildRoot, 'raw', 'huge.txt'), longProse(1536 * 1024));
      const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
      const result = await build({
        raw: join(buildRoot, 'raw'),
        out: join(buildRoot, 'dist'),
        config,
        cacheDir: null,
        threads: 1,
        maxContentBytes: 1024 * 1024,
      });
      expect(result.outcome).toBe('written');
      const problem = result.report.problems.find((p) => p.path === 'huge.txt');
      expect(problem?.code).toBe('too_large');
      expect(problem?.message).toContain('--max-mb');
      expect(result.report.counts.documents).toBe(2);
      expect((await validateDataset(result.versionDir)).problems).toEqual([]);
    } finally {
      rmSync(buildRoot, { recursive: true, force: true });
    }
  }, 120_000);
});
