// A rebuild under a lower size limit (--max-mb) refuses the captures over it, as a cold build does,
// although the cache holds what an earlier build made of them: the limit is on the bytes, which a
// capture taken from the cache is never read for.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { build } from '../../pipeline/run/build.ts';
import { PROJECT_ROOT, versionJsonlText } from '../helpers.ts';
import { ARTICLE, FRENCH } from '../robustness/corpus.ts';

describe('a rebuild with a lower size limit', () => {
  it('refuses a page and a gzip page over it, in the same build report as a cold build, and takes them back under the old limit', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pagepress-limit-'));
    mkdirSync(join(root, 'raw'));
    const pageOf = (title: string, paragraphs: string[]) =>
      `<html><head><title>${title}</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const page = pageOf('A page', ARTICLE);
    const packed = pageOf('Une page', [...FRENCH, ...FRENCH.map((p) => p.toUpperCase())]);
    writeFileSync(join(root, 'raw', 'page.html'), page);
    // Small on disk, larger than the limit once decompressed.
    writeFileSync(join(root, 'raw', 'packed.html.gz'), gzipSync(packed));
    const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
    const options = { raw: join(root, 'raw'), config, cacheDir: join(root, 'cache'), threads: 1 };
    const limit = Math.min(Buffer.byteLength(page), Buffer.byteLength(packed)) - 1;
    expect(limit).toBeGreaterThan(gzipSync(packed).length);

    const first = await build({ ...options, out: join(root, 'dist') });
    expect(first.report.problems).toEqual([]);
    // Twice: once with the stat index vouching for both files (collect), and once more after it.
    for (const out of ['dist-warm', 'dist-warm-again']) {
      const warm = await build({ ...options, maxContentBytes: limit, out: join(root, out) });
      const cold = await build({ ...options, maxContentBytes: limit, cacheDir: null, out: join(root, `${out}-cold`) });
      expect(cold.report.problems.map((p) => [p.path, p.code]).sort()).toEqual([
        ['packed.html.gz', 'gzip_too_large'],
        ['page.html', 'too_large'],
      ]);
      expect(warm.report).toEqual(cold.report);
      expect(versionJsonlText(warm.versionDir, 'documents')).toBe(versionJsonlText(cold.versionDir, 'documents'));
    }
    const again = await build({ ...options, out: join(root, 'dist-again') });
    expect(again.report.problems).toEqual([]);
    expect(versionJsonlText(again.versionDir, 'documents')).toBe(versionJsonlText(first.versionDir, 'documents'));
  }, 120_000);
});
