// Publishing after the cache lost its compressed pieces (a cold build's tail: the workers stored
// each document's fragment, but no segment or explorer chunk exists yet) reads each document's
// bulky part (`.bulk`: its table bytes and explorer items) once, for its segments and its explorer
// items together, and writes the same bytes as a version written from the records.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { FragmentStore, fragmentKey } from '../../pipeline/publish/fragments.ts';
import { listFiles } from '../../pipeline/publish/write-version.ts';
import { DatasetWriter } from '../../pipeline/publish/writer.ts';
import type { BlockRecord } from '../../pipeline/records/block.ts';
import type { ClaimRecord } from '../../pipeline/records/claim.ts';
import type { DocumentRecord } from '../../pipeline/records/document.ts';
import { PROJECT_ROOT } from '../helpers.ts';
import { readJsonl } from '../explorer/read-data.ts';
import { writeSyntheticVersion } from '../explorer/synthetic-version.ts';

interface Records {
  document: DocumentRecord;
  claims: ClaimRecord[];
  blocks: BlockRecord[];
}

let root: string;
let corpus: Records[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pagepress-bulky-'));
  await writeSyntheticVersion(join(root, 'source'), { documents: 12, claims: 30, sentences: 8, seed: 3 });
  const claims = readJsonl<ClaimRecord>(join(root, 'source', 'claims.jsonl'));
  const blocks = readJsonl<BlockRecord>(join(root, 'source', 'blocks.jsonl'));
  corpus = readJsonl<DocumentRecord>(join(root, 'source', 'documents.jsonl')).map((document) => ({
    document,
    claims: claims.filter((c) => c.document_id === document.id),
    blocks: blocks.filter((b) => b.document_id === document.id),
  }));
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function writeVersion(dir: string, store: FragmentStore | null): Promise<void> {
  const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
  // Small chunks, so the explorer's documents fall into several chunks and runs.
  const writer = await DatasetWriter.create(dir, { explorerChunkBytes: 2048 });
  for (const { document, claims, blocks } of corpus) {
    if (store) await writer.addCached(store, fragmentKey({ document, claims, blocks }), async () => ({ document, claims, blocks }));
    else await writer.add(document, claims, blocks);
  }
  const counts = { files: corpus.length, documents: corpus.length, claims: 0, rejected: 0, duplicates: 0, near_duplicates: 0, skipped: 0 };
  await writer.finish(config, '2026-01-01', { dataset: config.name, version: config.version, counts, problems: [] });
}

describe('publishing from stored fragments', () => {
  it('reads each document’s bulky part once and writes the bytes of a version written from the records', async () => {
    const store = new FragmentStore(join(root, 'cache'));
    await writeVersion(join(root, 'first'), store);
    // What the workers leave behind: fragments, but no compressed segment or chunk.
    for (const path of await listFiles(store.dir)) if (/\.(seg|rseg|chunk)$/.test(path)) rmSync(join(store.dir, path));
    const reads = new Map<string, number>();
    const reader = store as unknown as { getBulk: (key: string) => Promise<unknown> };
    const getBulk = reader.getBulk.bind(store);
    reader.getBulk = (key) => {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return getBulk(key);
    };
    await writeVersion(join(root, 'stored'), store);
    await writeVersion(join(root, 'records'), null);
    expect(reads.size).toBe(corpus.length);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    const files = await listFiles(join(root, 'records'));
    expect(await listFiles(join(root, 'stored'))).toEqual(files);
    for (const path of files) expect(readFileSync(join(root, 'stored', path)).equals(readFileSync(join(root, 'records', path))), path).toBe(true);
  }, 120_000);
});
