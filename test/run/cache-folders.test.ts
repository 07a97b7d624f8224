// The cache's JSON writes and the fragment store go through writeFileAtomically (publish/files.ts),
// which remembers the folders it made so it need not ask the file system before every write; a
// folder removed behind its back (the cache cleared mid-build) must be made again.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkKey, FragmentStore } from '../../pipeline/publish/fragments.ts';
import { writeJsonAtomically } from '../../pipeline/run/cache.ts';

describe('writeJsonAtomically', () => {
  it('writes into a folder removed since its last write there', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pagepress-cache-folders-'));
    try {
      const folder = join(root, 'steps', 'document', 'ab');
      await writeJsonAtomically(join(folder, 'one.json'), { n: 1 });
      await rm(join(root, 'steps'), { recursive: true });
      await writeJsonAtomically(join(folder, 'two.json'), { n: 2 });
      expect(JSON.parse(await readFile(join(folder, 'two.json'), 'utf8'))).toEqual({ n: 2 });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('FragmentStore', () => {
  it('writes into a folder removed since its last write there', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pagepress-fragment-folders-'));
    try {
      const store = new FragmentStore(join(root, 'fragments'));
      const key = chunkKey('documents', 512 * 1024, ['one']);
      await store.putChunk(key, Buffer.from('first'));
      await rm(join(root, 'fragments'), { recursive: true });
      await store.putChunk(key, Buffer.from('second'));
      expect((await store.getChunk(key))?.toString()).toBe('second');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
