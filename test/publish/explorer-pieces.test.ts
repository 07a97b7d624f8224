// The explorer as the writer builds it from fragments: the same files as the generator makes from
// the version's JSONL, from a cold cache and from a warm one after one document changed; and a
// changed document recompresses only the chunks that hold it, which a cut by running size (the
// rule before) would not give: every later boundary moved with the document's length. Inside a
// recompressed chunk, only the changed document's items (and the next ones) are deflated again.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { writeExplorer } from '../../pipeline/publish/explorer/index.ts';
import { FragmentStore, fragmentKey } from '../../pipeline/publish/fragments.ts';
import { listFiles } from '../../pipeline/publish/write-version.ts';
import { DatasetWriter } from '../../pipeline/publish/writer.ts';
import type { BlockRecord } from '../../pipeline/records/block.ts';
import type { ClaimRecord } from '../../pipeline/records/claim.ts';
import type { DocumentRecord } from '../../pipeline/records/document.ts';
import { PROJECT_ROOT } from '../helpers.ts';
import { readExplorerData, readJsonl } from '../explorer/read-data.ts';
import { writeSyntheticVersion } from '../explorer/synthetic-version.ts';

/** Chunks of 16 KB on average: dozens of each kind from a small corpus. */
const CHUNK = 16 * 1024;

interface Records {
  document: DocumentRecord;
  claims: ClaimRecord[];
  blocks: BlockRecord[];
}

let root: string;
let corpus: Records[];
/** The document that changes: an early one, so that many chunks follow it. */
const CHANGED = 10;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pagepress-explorer-pieces-'));
  // Enough text for several chunks of each kind.
  await writeSyntheticVersion(join(root, 'source'), { documents: 150, claims: 1000, sentences: 30, seed: 5 });
  const claims = readJsonl<ClaimRecord>(join(root, 'source', 'claims.jsonl'));
  const blocks = readJsonl<BlockRecord>(join(root, 'source', 'blocks.jsonl'));
  corpus = readJsonl<DocumentRecord>(join(root, 'source', 'documents.jsonl')).map((document) => ({
    document,
    claims: claims.filter((c) => c.document_id === document.id),
    blocks: blocks.filter((b) => b.document_id === document.id),
  }));
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The corpus with document `n`'s text (and a block) made longer, which moves nothing in its claims' offsets. */
function withLonger(n: number): Records[] {
  return corpus.map((records, i) => {
    if (i !== n) return records;
    const extra = ' A paragraph added to this document after the first build, long enough to weigh in a chunk.'.repeat(60);
    return {
      ...records,
      document: { ...records.document, text: `${records.document.text}${extra}`, word_count: records.document.word_count + 900 },
      blocks: [...records.blocks, { ...records.blocks[0], position: records.blocks.length, kept: true, reason: null, kind: 'paragraph', text: extra.trim() }],
    };
  });
}

/** Writes a version of `records`, through `store` when given (keyed by the records, as the build keys fragments by their inputs). */
async function writeVersion(dir: string, records: Records[], store: FragmentStore | null): Promise<void> {
  const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
  const writer = await DatasetWriter.create(dir, { explorerChunkBytes: CHUNK });
  for (const { document, claims, blocks } of records) {
    if (store) await writer.addCached(store, fragmentKey({ document, claims, blocks }), async () => ({ document, claims, blocks }));
    else await writer.add(document, claims, blocks);
  }
  const counts = { files: records.length, documents: records.length, claims: 0, rejected: 0, duplicates: 0, near_duplicates: 0, skipped: 0 };
  await writer.finish(config, '2026-01-01', { dataset: config.name, version: config.version, counts, problems: [] });
}

const explorerFiles = async (dir: string) => (await listFiles(dir)).filter((path) => path.startsWith('explore/'));

/** The compressed JSON of every chunk file, whatever its number. */
const chunkPayloads = (dir: string, kind: string) => {
  const data = readExplorerData(dir);
  return new Set(
    Object.entries(data)
      .filter(([key]) => key.startsWith(`${kind}/`))
      .map(([, value]) => JSON.stringify(value)),
  );
};

describe('the explorer built from fragments', () => {
  it('equals the explorer generated from the version’s JSONL, cold or warm, and recompresses only what a change touched', async () => {
    const store = new FragmentStore(join(root, 'cache'));
    await writeVersion(join(root, 'first'), corpus, store);
    const chunksBefore = (await listFiles(store.dir)).filter((p) => p.endsWith('.chunk')).length;
    expect(chunksBefore).toBeGreaterThan(40);
    const runSegmentsBefore = (await listFiles(store.dir)).filter((p) => p.endsWith('.rseg')).length;
    const changed = withLonger(CHANGED);
    await writeVersion(join(root, 'warm'), changed, store);
    await writeVersion(join(root, 'cold'), changed, null);
    // The generator, run over the cold version's own (compressed) tables, in a copy of its folder.
    const generated = join(root, 'generated');
    cpSync(join(root, 'cold'), generated, { recursive: true });
    rmSync(join(generated, 'explore'), { recursive: true });
    const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
    await writeExplorer(generated, { title: config.title, version: config.version }, CHUNK);
    const files = await explorerFiles(join(root, 'warm'));
    expect(files.length).toBeGreaterThan(6);
    for (const other of ['cold', 'generated']) {
      expect(await explorerFiles(join(root, other))).toEqual(files);
      for (const path of files) expect(readFileSync(join(root, other, path)).equals(readFileSync(join(root, 'warm', path))), `${other}: ${path}`).toBe(true);
    }
    // One document grew: at most two chunks of each kind are new (its own, and the next when it now
    // ends or no longer ends one); the warm build compressed only those.
    for (const kind of ['documents', 'blocks']) {
      const before = chunkPayloads(join(root, 'first'), kind);
      const fresh = [...chunkPayloads(join(root, 'warm'), kind)].filter((payload) => !before.has(payload));
      expect(fresh.length, kind).toBeGreaterThan(0);
      expect(fresh.length, kind).toBeLessThanOrEqual(2);
    }
    const chunksAfter = (await listFiles(store.dir)).filter((p) => p.endsWith('.chunk')).length;
    expect(chunksAfter - chunksBefore).toBeGreaterThan(0);
    expect(chunksAfter - chunksBefore).toBeLessThanOrEqual(4);
    // Inside those chunks only the changed document's items and the ones after them (which take
    // them as dictionary, or open a chunk now) were compressed again: a few items, not every item
    // of the chunks (dozens here), as when a changed chunk was gzipped whole.
    const runSegmentsAfter = (await listFiles(store.dir)).filter((p) => p.endsWith('.rseg')).length;
    expect(runSegmentsAfter - runSegmentsBefore).toBeGreaterThan(0);
    expect(runSegmentsAfter - runSegmentsBefore).toBeLessThanOrEqual(8);
    // The document's claims point where they did, and the index counts its new block.
    const data = readExplorerData(join(root, 'warm')) as { index: { documents: { id: string[]; blocksKept: number[] } } };
    const at = data.index.documents.id.indexOf(changed[CHANGED].document.id);
    expect(data.index.documents.blocksKept[at]).toBe(changed[CHANGED].blocks.filter((b) => b.kept).length);
  }, 600_000);
});
