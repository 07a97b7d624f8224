// How the fragment store reads its files: a fragment's bulky part (`.bulk`, a document's whole
// text and explorer items, up to megabytes) is read without holding the main thread, so the event
// loop turns while it is read (the small files are read synchronously, see FragmentStore.read).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FragmentStore, type Fragment } from '../../pipeline/publish/fragments.ts';

describe('FragmentStore reads', () => {
  it('lets the event loop turn while a fragment’s bulky part is read', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pagepress-fragment-reads-'));
    try {
      const store = new FragmentStore(join(root, 'fragments'));
      const text = Buffer.from('a long page of text '.repeat(100_000), 'utf8');
      const fragment = {
        id: 'doc-long',
        stats: {} as Fragment['stats'],
        index: { document: 'd', blocks: [], name: {} as Fragment['index']['name'], rows: {} },
        longest: {},
        claims: [],
        files: [['documents.jsonl', 'a line\n']],
        segmented: ['blocks.jsonl'],
        texts: new Map([['blocks.jsonl', text]]),
        explorer: {} as Fragment['explorer'],
        items: { document: '{"id":"doc-long"}', groups: [] },
      } satisfies Fragment;
      await store.put('key-long', fragment);
      let turned = false;
      setImmediate(() => {
        turned = true;
      });
      const texts = await store.getTexts('key-long');
      expect(texts.get('blocks.jsonl')?.equals(text)).toBe(true);
      // Read synchronously, the file is in hand before the call returns, and only promise jobs run before this line.
      expect(turned).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
