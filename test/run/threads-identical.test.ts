// A build on worker threads writes the same bytes as one in this thread (threads 0).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { readTree } from '../../pipeline/publish/write-version.ts';
import { build } from '../../pipeline/run/build.ts';
import { PROJECT_ROOT } from '../helpers.ts';

const seedsCopy = () => {
  const root = mkdtempSync(join(tmpdir(), 'pagepress-threads-'));
  cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
  return root;
};

describe('a build on workers', () => {
  it('leaves the version as a build in this thread writes it, byte for byte', async () => {
    const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
    const [inThread, onWorkers] = await Promise.all(
      [0, 2].map(async (threads) => {
        const root = seedsCopy();
        return build({ raw: join(root, 'raw'), out: join(root, 'dist'), cacheDir: join(root, 'cache'), config, threads });
      }),
    );
    const [a, b] = [await readTree(inThread.versionDir), await readTree(onWorkers.versionDir)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, content] of a) expect(content.equals(b.get(name)!), name).toBe(true);
  });
});
