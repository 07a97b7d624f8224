// The worker pool shuts down while the build publishes (build.ts collect → poolClosed), and a build
// on workers writes the same bytes as one in this thread.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { readTree } from '../../pipeline/publish/write-version.ts';
import { build, collect } from '../../pipeline/run/build.ts';
import { PROJECT_ROOT } from '../helpers.ts';

const seedsCopy = () => {
  const root = mkdtempSync(join(tmpdir(), 'pagepress-pool-'));
  cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
  return root;
};

describe('the worker pool after the last capture', () => {
  it('is handed back still shutting down, for the caller to await once it has published', async () => {
    const root = seedsCopy();
    const collected = await collect({ raw: join(root, 'raw'), cacheDir: join(root, 'cache'), threads: 2 });
    expect(collected.summaries).toHaveLength(2);
    expect(collected.poolClosed).toBeInstanceOf(Promise);
    await collected.poolClosed;
  });

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
