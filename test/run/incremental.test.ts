// Incremental builds: an unchanged rebuild takes the fast path and does no work; any change to
// the captures, the config or the published files makes the build look again.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig, type DatasetConfig } from '../../pipeline/config.ts';
import { build, type BuildOptions } from '../../pipeline/run/build.ts';
import { readTree } from '../../pipeline/publish/write-version.ts';
import { diffVersions } from '../../pipeline/publish/changes.ts';
import { PROJECT_ROOT, PROJECT_VERSION } from '../helpers.ts';
import { ARTICLE, textDump } from '../robustness/corpus.ts';

/** Files under a folder, recursively. */
/** Files under a folder, recursively, whose name ends in `extension`. */
const countFiles = (dir: string, extension: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(extension)).length;

/** Each published document with the one before it in documents.jsonl.gz (the pairs a compressed segment is made for). */
const documentPairs = (versionDir: string) => {
  const ids = gunzipSync(readFileSync(join(versionDir, 'documents.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);
  return ids.map((id, i) => `${ids[i - 1] ?? ''}>${id}`);
};

/**
 * A copy of the seed captures in a fresh folder, and the options of a one-thread build of them
 * with a kept cache beside it; `version` replaces the config's.
 */
async function setUp(prefix: string, version?: string): Promise<{ root: string; config: DatasetConfig; options: BuildOptions }> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
  const read = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
  const config = version ? { ...read, version } : read;
  return { root, config, options: { raw: join(root, 'raw'), out: join(root, 'dist'), cacheDir: join(root, 'cache'), config, threads: 1 } };
}

describe('incremental builds', () => {
  it('skip all work when nothing changed, and look again when something did', async () => {
    const { root, config, options } = await setUp('pagepress-incremental-');
    // Whole-second mtimes, so the test can put one back exactly.
    const seed = join(root, 'raw', '000_a3cbe3ac026cc08e.txt');
    const mtime = new Date('2024-01-01T00:00:00Z');
    utimesSync(seed, mtime, mtime);
    expect((await build(options)).outcome).toBe('written');
    const again = await build(options);
    expect(again.outcome).toBe('unchanged');
    expect(again.report.counts.documents).toBe(2);

    // The fast path reads no capture: like make and git, it trusts size and mtime. Same-size
    // edits with the old mtime restored go unseen; a new mtime makes the build read the file.
    const original = readFileSync(seed, 'utf8');
    writeFileSync(seed, original.replace('Algeria', 'ALGERIA'));
    utimesSync(seed, mtime, mtime);
    expect((await build(options)).outcome).toBe('unchanged');
    writeFileSync(seed, original);
    utimesSync(seed, mtime, mtime);

    // A published file edited by hand is noticed (and refused, since the version differs now).
    appendFileSync(join(root, 'dist', PROJECT_VERSION, 'documents.csv'), '\n');
    await expect(build(options)).rejects.toThrow('already exists with different content');

    // A new capture is built, under a new version.
    writeFileSync(
      join(root, 'raw', 'new.txt'),
      'A new capture about Algeria and Russia, long enough to be an article: it has more than twenty words in it, surely.\n',
    );
    const next = `${PROJECT_VERSION.split('.')[0]}.${Number(PROJECT_VERSION.split('.')[1]) + 1}.0`;
    const bumped = await build({ ...options, config: { ...config, version: next } });
    expect(bumped.outcome).toBe('written');
    expect(bumped.report.counts.documents).toBe(3);
    expect((await build({ ...options, config: { ...config, version: next } })).outcome).toBe('unchanged');
  }, 120_000);

  it('publish a version whose inputs changed from the unchanged documents already serialised, byte for byte as a full rebuild', async () => {
    const { root, config, options } = await setUp('pagepress-incremental-publish-', '1.0.0');
    writeFileSync(join(root, 'raw', 'third.txt'), textDump(ARTICLE, ['Home', 'World', 'Politics'], 'Algiers and Moscow renew their defence ties'));
    expect((await build(options)).outcome).toBe('written');
    const fragments = join(root, 'cache', 'fragments');
    expect(countFiles(fragments, '.frag')).toBe(3);
    expect(countFiles(fragments, '.bulk')).toBe(3);
    expect(countFiles(fragments, '.seg')).toBe(3);
    const chunks = countFiles(fragments, '.chunk');
    expect(chunks).toBeGreaterThanOrEqual(2);

    // One capture changes: only its document is serialised again (one new fragment), the others are copied.
    appendFileSync(join(root, 'raw', 'third.txt'), '\nAnalysts expect Algeria to sign a further agreement with Russia on maritime security next year.\n');
    const incremental = await build({ ...options, config: { ...config, version: '1.1.0' } });
    expect(incremental.outcome).toBe('written');
    expect(countFiles(fragments, '.frag')).toBe(4);
    expect(countFiles(fragments, '.bulk')).toBe(4);
    // Explorer chunks are compressed again only where the changed document is: one or two of each kind.
    expect(countFiles(fragments, '.chunk') - chunks).toBeGreaterThan(0);
    expect(countFiles(fragments, '.chunk') - chunks).toBeLessThanOrEqual(4);
    // Compressed segments are made again only for a document that follows another than before
    // (the changed one, and whichever now follows it or followed its old self); the rest are copied.
    const before = new Set(documentPairs(join(root, 'dist', '1.0.0')));
    const newPairs = documentPairs(incremental.versionDir).filter((pair) => !before.has(pair));
    expect(newPairs.length).toBeGreaterThan(0);
    expect(newPairs.length).toBeLessThan(3);
    expect(countFiles(fragments, '.seg')).toBe(3 + newPairs.length);

    // The same inputs built from scratch (a fresh cache; the earlier version beside it, for the changelog).
    const fresh = mkdtempSync(join(tmpdir(), 'pagepress-full-publish-'));
    cpSync(join(root, 'raw'), join(fresh, 'raw'), { recursive: true });
    cpSync(join(root, 'dist', '1.0.0'), join(fresh, 'dist', '1.0.0'), { recursive: true });
    const full = await build({
      ...options,
      raw: join(fresh, 'raw'),
      out: join(fresh, 'dist'),
      cacheDir: join(fresh, 'cache'),
      config: { ...config, version: '1.1.0' },
    });
    const [a, b] = [await readTree(incremental.versionDir), await readTree(full.versionDir)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
    // The incremental changelog came from the indexes the writer gathered (this version's) and the
    // cache kept (1.0.0's); the full build's from 1.0.0's tables. Both equal a comparison that
    // reads both versions' tables.
    expect(existsSync(join(root, 'cache', 'versions'))).toBe(true);
    const read = await diffVersions(join(root, 'dist', '1.0.0'), '1.0.0', incremental.versionDir, '1.1.0');
    expect(read.tables.documents.added.length).toBe(1);
    expect(JSON.parse(a.get('changes.json')!.toString('utf8'))).toEqual(read);
  }, 180_000);

  it('run again the captures the stat index vouches for whose summaries are gone, beside a changed one, and publish what a cold build does', async () => {
    // The pool starts before the summaries are read, sized to the changed capture alone; the
    // captures whose summaries are missing must still reach a worker (see collect in build.ts).
    const { root, config, options } = await setUp('pagepress-incremental-summaries-', '1.0.0');
    expect((await build(options)).outcome).toBe('written');
    rmSync(join(root, 'cache', 'summaries'), { recursive: true, force: true });
    appendFileSync(join(root, 'raw', '001_67e2fd2ea150fe7d.txt'), '\nA sentence added to this capture after the first build.\n');
    const next = { ...config, version: '1.0.1' };
    const rebuilt = await build({ ...options, config: next, threads: 2 });
    expect(rebuilt.outcome).toBe('written');
    // The same inputs from scratch, with the earlier version beside them for the changelog.
    cpSync(join(root, 'dist', '1.0.0'), join(root, 'dist-cold', '1.0.0'), { recursive: true });
    const cold = await build({ ...options, config: next, out: join(root, 'dist-cold'), cacheDir: null });
    expect(rebuilt.report).toEqual(cold.report);
    const [a, b] = [await readTree(rebuilt.versionDir), await readTree(cold.versionDir)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  }, 180_000);

  it('compare with an earlier version whose tables were edited after the cache indexed them by reading them again', async () => {
    const { root, config, options } = await setUp('pagepress-incremental-index-', '1.0.0');
    await build(options);
    // A row appended to a table of 1.0.0 by hand, SHA256SUMS left as it was: the cached index no longer describes it.
    appendFileSync(join(root, 'dist', '1.0.0', 'document_keywords.csv'), 'doc_x,hand-made\n');
    const next = await build({ ...options, config: { ...config, version: '1.0.1' } });
    const changes = JSON.parse(readFileSync(join(next.versionDir, 'changes.json'), 'utf8'));
    expect(changes.counts['document_keywords.csv'].from).toBe(changes.counts['document_keywords.csv'].to + 1);
    expect(changes).toEqual(await diffVersions(join(root, 'dist', '1.0.0'), '1.0.0', next.versionDir, '1.0.1'));
  }, 180_000);
});
