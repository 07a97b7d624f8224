// `pagepress cache prune` (run/cache-uses.ts): after a capture changed, prune removes what only the
// old version of it used (its step entries, its summary, its fragment, segments and chunks no
// longer made), and never what the next build needs: a build after pruning finds everything it
// reads (it writes no cache file) and publishes the same bytes. The dry run removes nothing; a
// file newer than the newest record is kept (a build into another folder may have just made it).
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { build, type BuildOptions } from '../../pipeline/run/build.ts';
import { pruneCache } from '../../pipeline/run/cache-uses.ts';
import { readTree } from '../../pipeline/publish/write-version.ts';
import { PROJECT_ROOT } from '../helpers.ts';
import { ARTICLE, textDump } from '../robustness/corpus.ts';

/** The cache's files that prune may remove or a build may need (not the records, indexes and stat index). */
const prunable = (cache: string) =>
  readdirSync(cache, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(cache.length + 1))
    .filter((path) => /^(steps|summaries|fragments)\//.test(path))
    .sort();

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('cache prune', () => {
  it('removes what only a changed capture’s old bytes used, and nothing the next build needs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pagepress-prune-'));
    cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
    const third = join(root, 'raw', 'third.txt');
    writeFileSync(third, textDump(ARTICLE, ['Home', 'World', 'Politics'], 'Algiers and Moscow renew their defence ties'));
    const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
    const cache = join(root, 'cache');
    const options: BuildOptions = { raw: join(root, 'raw'), out: join(root, 'dist'), cacheDir: cache, config: { ...config, version: '1.0.0' }, threads: 0 };

    await expect(pruneCache(cache)).rejects.toThrow('holds no record of what a build needs');
    expect((await build(options)).outcome).toBe('written');
    // The same captures published into another folder too: the next build of this raw folder, not
    // this one, says what the cache must keep, so the old bytes' entries still go.
    expect((await build({ ...options, out: join(root, 'other') })).outcome).toBe('written');
    const oldSha = sha256(third);
    appendFileSync(third, '\nAnalysts expect Algeria to sign a further agreement with Russia on maritime security next year.\n');
    const newSha = sha256(third);
    const changed = await build({ ...options, config: { ...config, version: '1.1.0' } });
    expect(changed.outcome).toBe('written');

    const before = prunable(cache);
    const ofOld = before.filter((path) => path.includes(oldSha));
    // Its entries of every document step, and its summary.
    expect(ofOld.filter((path) => path.startsWith('steps/')).length).toBeGreaterThan(1);
    expect(ofOld.some((path) => path.startsWith('summaries/'))).toBe(true);

    const dry = await pruneCache(cache, { dryRun: true });
    expect(prunable(cache)).toEqual(before);
    expect(dry.removed.steps.files).toBe(ofOld.filter((path) => path.startsWith('steps/')).length);
    expect(dry.removed.summaries.files).toBe(1);
    // The old fragment (.frag and .bulk) at least; segments and chunks that held the old document too.
    expect(dry.removed.fragments.files).toBeGreaterThanOrEqual(2);

    const pruned = await pruneCache(cache);
    expect(pruned.removed).toEqual(dry.removed);
    const after = prunable(cache);
    expect(after.filter((path) => path.includes(oldSha))).toEqual([]);
    expect(after.filter((path) => path.includes(newSha)).length).toBe(before.filter((path) => path.includes(newSha)).length);
    expect(after.length).toBe(before.length - dry.removed.steps.files - dry.removed.summaries.files - dry.removed.fragments.files);

    // The same version built again into another folder (with 1.0.0 beside it, for the changelog):
    // collect, serialising and publishing find everything in the cache, so no cache file is made
    // again, and the version is the same bytes.
    const again = join(root, 'again');
    cpSync(join(root, 'dist', '1.0.0'), join(again, '1.0.0'), { recursive: true });
    const rebuilt = await build({ ...options, out: again, config: { ...config, version: '1.1.0' } });
    expect(rebuilt.outcome).toBe('written');
    expect(prunable(cache)).toEqual(after);
    const [a, b] = [await readTree(changed.versionDir), await readTree(rebuilt.versionDir)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);

    // Nothing more to prune; a stray file is kept while newer than the newest record, removed once older.
    const stray = join(cache, 'fragments', 'zz', 'stray.chunk');
    mkdirSync(join(stray, '..'), { recursive: true });
    writeFileSync(stray, 'left by a build into another folder');
    expect((await pruneCache(cache)).removed.fragments.files).toBe(0);
    utimesSync(stray, new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'));
    const late = await pruneCache(cache);
    expect(late.removed.fragments.files).toBe(1);
    expect(late.removed.steps.files + late.removed.summaries.files).toBe(0);

    // A record whose raw folder is gone is dropped, and what only it needed goes with it.
    rmSync(join(root, 'raw'), { recursive: true });
    await expect(pruneCache(cache)).rejects.toThrow('are gone');
    rmSync(root, { recursive: true, force: true });
  }, 180_000);
});
