// The explorer's chunk gzip made of cached deflate segments (explorer/pieces.ts): a warm rebuild
// after a document moved to or from the head of its chunk gives exactly the cold build's files, and
// every chunk is valid gzip (a segment reused in a place whose preceding bytes differ from those it
// was deflated after breaks the data check), also when the chunks' mean size changed between builds
// (it cuts a chunk's items into other runs); and a chunk of thousands of tiny items is packed in a
// bounded number of segments, in bounded time and memory.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../pipeline/publish/checksums.ts';
import { ExplorerBuilder, cutAfter, endsRun, type ExplorerEntry } from '../../pipeline/publish/explorer/pieces.ts';
import { FragmentStore } from '../../pipeline/publish/fragments.ts';
import { gzipPortable } from '../../pipeline/publish/gzip.ts';
import { listFiles } from '../../pipeline/publish/write-version.ts';
import { readExplorerData } from '../explorer/read-data.ts';

/** A small chunk mean, so a few hundred bytes decide where chunks end. */
const CHUNK = 2048;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pagepress-explorer-segments-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Item {
  id: string;
  text: string;
}

const entryOf = (item: Item): ExplorerEntry => ({
  title: null,
  site: null,
  published: null,
  language: null,
  genre: null,
  words: 1,
  path: `${item.id}.html`,
  bytes: item.text.length,
  groups: [],
});

/** Builds the explorer of `items` into `dir`, through `store` when given (an item's identity is a hash of its text, as a fragment key is of its inputs). */
async function build(dir: string, items: Item[], store: FragmentStore | null, chunkBytes = CHUNK): Promise<void> {
  const builder = new ExplorerBuilder(dir, chunkBytes);
  builder.cache = store;
  for (const item of items) await builder.addDocument(item.id, entryOf(item), { identity: sha256(item.text), text: () => item.text });
  await builder.finish({ title: 'segments', version: '1.0.0' });
}

const documentText = (id: string, words: string) => JSON.stringify({ id, text: words });

/** The documents of every chunk, in order (readExplorerData inflates every data file: a bad data check or length throws). */
const chunkedDocuments = (dir: string) =>
  Object.entries(readExplorerData(dir) as Record<string, { documents: unknown[] }>)
    .filter(([key]) => key.startsWith('documents/'))
    .flatMap(([, chunk]) => chunk.documents);

async function expectSameFiles(warm: string, cold: string): Promise<void> {
  const files = await listFiles(warm);
  expect(await listFiles(cold)).toEqual(files);
  for (const path of files) expect(readFileSync(join(warm, path)).equals(readFileSync(join(cold, path))), path).toBe(true);
}

describe('explorer chunks from cached segments', () => {
  it('stay valid gzip, equal to a cold build, when a document moves to or from its chunk’s head', async () => {
    // "lead" ends its chunk when it is long (as long as a chunk) and, short, does not (by its id's
    // hash): so "second" opens a chunk or follows "lead". "third" follows "second" either way; it
    // names the chunk's opening word ("documents"), which only an opening holds, and starts as
    // "second" does, so its deflated bytes would reach back past "second" into what preceded it.
    const longLead = { id: 'doc-lead', text: documentText('doc-lead', 'long lead '.repeat(300)) };
    const shortLead = { id: 'doc-lead', text: documentText('doc-lead', 'short lead') };
    const second = { id: 'doc-second', text: documentText('doc-second', 'a second page about nothing much at all') };
    const third = { id: 'doc-third', text: documentText('doc-third', 'documents of a third page') };
    expect(cutAfter(longLead.id, longLead.text.length, CHUNK)).toBe(true);
    expect(cutAfter(shortLead.id, shortLead.text.length, CHUNK)).toBe(false);
    expect(cutAfter(second.id, second.text.length, CHUNK)).toBe(false);
    const headed = [longLead, second, third];
    const followed = [shortLead, second, third];
    const store = new FragmentStore(join(root, 'cache'));
    // Opening its chunk, then following another item, then opening it again: each from the cache the builds before left.
    for (const [step, items] of [headed, followed, headed, followed].entries()) {
      const warm = join(root, `warm-${step}`);
      const cold = join(root, `cold-${step}`);
      await build(warm, items, store);
      await build(cold, items, null);
      expect(chunkedDocuments(warm)).toEqual(items.map((item) => JSON.parse(item.text)));
      await expectSameFiles(warm, cold);
    }
  }, 60_000);

  it('equals a cold build when the same chunk was cached under another chunk size', async () => {
    // The first id whose item ends a run under a mean of 4 KB and not under 8 KB, ending no chunk
    // under either: a chunk of it and a long item is cut into two runs at 4 KB and one at 8 KB.
    let shortItem: Item | null = null;
    for (let i = 0; !shortItem; i++) {
      const id = `doc-${i}`;
      const text = documentText(id, 'words of a short page '.repeat(8));
      const endsChunk = cutAfter(id, text.length, 4096) || cutAfter(id, text.length, 8192);
      if (!endsChunk && endsRun(id, text.length, 4096) && !endsRun(id, text.length, 8192)) shortItem = { id, text };
    }
    // As long as either mean: it ends the chunk under both.
    const longItem = { id: 'doc-long', text: documentText('doc-long', 'a long page '.repeat(800)) };
    const items = [shortItem, longItem];
    const store = new FragmentStore(join(root, 'sizes-cache'));
    await build(join(root, 'sizes-4k'), items, store, 4096);
    await build(join(root, 'sizes-8k-warm'), items, store, 8192);
    await build(join(root, 'sizes-8k-cold'), items, null, 8192);
    await expectSameFiles(join(root, 'sizes-8k-warm'), join(root, 'sizes-8k-cold'));
  }, 60_000);

  it('packs a chunk of thousands of tiny items in few segments, in bounded time and memory', async () => {
    const items: Item[] = Array.from({ length: 10_000 }, (_, i) => {
      const id = `doc-${String(i).padStart(5, '0')}`;
      return { id, text: documentText(id, `tiny ${i}`) };
    });
    const totalBytes = items.reduce((sum, item) => sum + item.text.length + 1, 0);
    const store = new FragmentStore(join(root, 'tiny-cache'));
    // The same bytes gzipped whole, in this run: what one segment per chunk would cost.
    const wholeStarted = performance.now();
    gzipPortable(`{"documents":[${items.map((item) => item.text).join(',')}]}`);
    const wholeMs = performance.now() - wholeStarted;
    const rssBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    await build(join(root, 'tiny'), items, store, 512 * 1024);
    const packMs = performance.now() - started;
    // maxRSS is in KiB: a deflate stream per item at once held hundreds of MB. First, so that code
    // packing one segment per item fails on what it costs, before the count below says why.
    expect((process.resourceUsage().maxRSS - rssBefore) / 1024).toBeLessThan(150);
    expect(packMs, `packing took ${packMs.toFixed(0)} ms, gzipping it whole ${wholeMs.toFixed(0)} ms`).toBeLessThan(20 * wholeMs + 10_000);
    const segments = (await listFiles(store.dir)).filter((path) => path.endsWith('.rseg')).length;
    // Segments of about a 32nd of a chunk each: a few dozen for this half-megabyte, not one per item.
    expect(segments).toBeLessThan(totalBytes / 4096);
    expect(chunkedDocuments(join(root, 'tiny')).length).toBe(items.length);
  }, 120_000);
});
