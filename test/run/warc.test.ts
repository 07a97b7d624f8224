// Web archives as captures: each HTML response becomes a document with the record's URL and
// capture time; every other record is skipped and counted.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { build } from '../../pipeline/run/build.ts';
import { pruneCache } from '../../pipeline/run/cache-uses.ts';
import type { DocumentRecord } from '../../pipeline/records/document.ts';
import { validateDataset } from '../../pipeline/validate/index.ts';
import { FIXTURES, PROJECT_ROOT, versionJsonlText } from '../helpers.ts';
import { ARTICLE } from '../robustness/corpus.ts';
import { makeWarc } from './warc-fixture.ts';

/** A raw folder holding one generated archive named `name`, and build options with a cache beside it. */
async function archiveFolder(prefix: string, name = 'crawl.warc.gz') {
  const root = mkdtempSync(join(tmpdir(), `pagepress-warc-${prefix}-`));
  mkdirSync(join(root, 'raw'));
  await makeWarc(join(root, 'raw', name));
  const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
  return { root, options: { raw: join(root, 'raw'), config, cacheDir: join(root, 'cache'), threads: 1 } };
}

describe('web archives', () => {
  it('turns each HTML response into a document with its URL and capture time', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pagepress-warc-'));
    mkdirSync(join(root, 'raw'));
    await makeWarc(join(root, 'raw', 'crawl.warc.gz'));
    const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
    const result = await build({ raw: join(root, 'raw'), out: join(root, 'dist'), config, cacheDir: null, threads: 1 });
    const documents: DocumentRecord[] = versionJsonlText(result.versionDir, 'documents')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const byUrl = new Map(documents.map((d) => [d.url, d]));
    expect([...byUrl.keys()].sort()).toEqual(['https://news.example/a', 'https://presse.example/fr']);
    const english = byUrl.get('https://news.example/a')!;
    expect(english.source.path).toBe('crawl.warc.gz#2');
    expect(english.source.captured_at).toBe('2024-05-01T10:00:02Z');
    expect(english.text).toContain(ARTICLE[0]);
    const french = byUrl.get('https://presse.example/fr')!;
    expect(french.source.encoding).toBe('windows-1252');
    expect(french.text).toContain("Les relations entre l'Algérie et la Russie");
    const note = result.report.problems.find((p) => p.code === 'warc_records_skipped');
    expect(note?.path).toBe('crawl.warc.gz');
    expect(note?.message).toMatch(/^4 records skipped/);
    expect((await validateDataset(result.versionDir)).problems).toEqual([]);
  });

  it('an unchanged folder holding a web archive is answered from the fast path, without running captures', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pagepress-warc-unchanged-'));
    mkdirSync(join(root, 'raw'));
    await makeWarc(join(root, 'raw', 'crawl.warc.gz'));
    const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
    const options = { raw: join(root, 'raw'), out: join(root, 'dist'), config, cacheDir: join(root, 'cache'), threads: 1 };
    await build(options);
    const spans: string[] = [];
    const again = await build({ ...options, onSpan: (span) => spans.push(span.name) });
    expect(again.outcome).toBe('unchanged');
    expect(spans).not.toContain('collect');
  });

  it('a rebuild takes an unchanged web archive’s captures from the cache, without sending it to a worker', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pagepress-warc-record-'));
    mkdirSync(join(root, 'raw'));
    // Named so that the test worker below throws on it: any task it gets fails the capture.
    await makeWarc(join(root, 'raw', 'crawl-throws.warc.gz'));
    const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
    const options = { raw: join(root, 'raw'), config, cacheDir: join(root, 'cache'), threads: 1 };
    const first = await build({ ...options, out: join(root, 'dist') });
    // Into another folder: no fast path, so collect meets the archive again.
    const again = await build({ ...options, out: join(root, 'dist-again'), workerFile: new URL('misbehaving-worker.ts', `file://${FIXTURES}/robustness/`) });
    expect(again.report).toEqual(first.report);
    expect(again.report.counts.documents).toBe(2);
    expect(versionJsonlText(again.versionDir, 'documents')).toBe(versionJsonlText(first.versionDir, 'documents'));
  });

  it('a renamed web archive’s captures are published under its new name, as a cold build does', async () => {
    const { root, options } = await archiveFolder('renamed');
    await build({ ...options, out: join(root, 'dist') });
    // Same bytes, another name: the hash the record is kept under is the same.
    renameSync(join(root, 'raw', 'crawl.warc.gz'), join(root, 'raw', 'moved.warc.gz'));
    const warm = await build({ ...options, out: join(root, 'dist-warm') });
    const cold = await build({ ...options, cacheDir: null, out: join(root, 'dist-cold') });
    expect(versionJsonlText(warm.versionDir, 'documents')).toBe(versionJsonlText(cold.versionDir, 'documents'));
    expect(warm.report).toEqual(cold.report);
    expect(warm.report.problems.find((p) => p.code === 'warc_records_skipped')?.path).toBe('moved.warc.gz');
  });

  it('a web archive copied beside itself publishes each copy’s captures under its own name', async () => {
    const { root, options } = await archiveFolder('copied');
    await build({ ...options, out: join(root, 'dist') });
    copyFileSync(join(root, 'raw', 'crawl.warc.gz'), join(root, 'raw', 'copy.warc.gz'));
    await build({ ...options, out: join(root, 'dist-both') });
    // Now the stat index vouches for both copies, and the same hash names one record.
    const warm = await build({ ...options, out: join(root, 'dist-warm') });
    const cold = await build({ ...options, cacheDir: null, out: join(root, 'dist-cold') });
    expect(versionJsonlText(warm.versionDir, 'documents')).toBe(versionJsonlText(cold.versionDir, 'documents'));
    expect(warm.report).toEqual(cold.report);
  });

  it('a rebuild with a lower size limit refuses an archive’s records over it, as a cold build does', async () => {
    const { root, options } = await archiveFolder('limit');
    await build({ ...options, out: join(root, 'dist') });
    const warm = await build({ ...options, maxContentBytes: 1000, out: join(root, 'dist-warm') });
    const cold = await build({ ...options, maxContentBytes: 1000, cacheDir: null, out: join(root, 'dist-cold') });
    expect(cold.report.problems.some((p) => p.code === 'too_large')).toBe(true);
    expect(warm.report).toEqual(cold.report);
    expect(versionJsonlText(warm.versionDir, 'documents')).toBe(versionJsonlText(cold.versionDir, 'documents'));
  });

  it('cache prune keeps the record of an archive a build read, and drops it once no build reads the archive', async () => {
    const { root, options } = await archiveFolder('prune', 'crawl-throws.warc.gz');
    const first = await build({ ...options, out: join(root, 'dist') });
    const records = () => readdirSync(join(root, 'cache', 'summaries'), { recursive: true }).filter((f) => String(f).endsWith('.warc.json'));
    expect(records()).toHaveLength(1);
    await pruneCache(join(root, 'cache'));
    expect(records()).toHaveLength(1);
    // Kept whole: a worker that fails every task it gets is never asked.
    const again = await build({ ...options, out: join(root, 'dist-again'), workerFile: new URL('misbehaving-worker.ts', `file://${FIXTURES}/robustness/`) });
    expect(versionJsonlText(again.versionDir, 'documents')).toBe(versionJsonlText(first.versionDir, 'documents'));
    rmSync(join(root, 'raw', 'crawl-throws.warc.gz'));
    writeFileSync(join(root, 'raw', 'page.html'), '<html><body><p>Another page.</p></body></html>');
    // Two documents removed: a major version.
    const without = { ...options, config: { ...options.config, version: '3.0.0' } };
    await build({ ...without, out: join(root, 'dist') });
    await build({ ...without, out: join(root, 'dist-again') });
    await pruneCache(join(root, 'cache'));
    expect(records()).toHaveLength(0);
  });

  it('extract reads web archives too', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pagepress-warc-extract-'));
    await makeWarc(join(root, 'crawl.warc.gz'));
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'pagepress.js'), 'extract', '--jsonl', join(root, 'crawl.warc.gz')], {
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const records = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => [r.source.path, r.url])).toEqual([
      ['crawl.warc.gz#2', 'https://news.example/a'],
      ['crawl.warc.gz#5', 'https://presse.example/fr'],
    ]);
  });
});
