// Serialising in the workers (pipeline/run/serialise-ahead.ts): each capture's document is stored
// serialised for the placement it gets alone, so publishing copies it; a document the corpus
// places otherwise (here: one with a byte-identical copy) is keyed otherwise and serialised as placed.
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { build } from '../../pipeline/run/build.ts';
import { PROJECT_ROOT, versionJsonlText } from '../helpers.ts';

/** Stored fragments under a folder (the compressed segments beside them, `.seg`, are not counted). */
const countFragments = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.frag')).length;

describe('serialising in the workers', () => {
  it('stores one fragment per capture as placed alone, and publishes a duplicate as the corpus places it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pagepress-ahead-'));
    cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
    const [first] = readdirSync(join(root, 'raw')).sort();
    cpSync(join(root, 'raw', first), join(root, 'raw', 'zz-copy.txt'));
    const config = { ...(await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'))), version: '1.0.0' };
    const result = await build({ raw: join(root, 'raw'), out: join(root, 'dist'), cacheDir: join(root, 'cache'), config, threads: 1 });
    expect(result.report.counts.documents).toBe(2);
    // Three captures as each is alone (by the workers), and the first as published, with its copy (by publishing).
    expect(countFragments(join(root, 'cache', 'fragments'))).toBe(4);
    const documents = versionJsonlText(result.versionDir, 'documents')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { source: { path: string; duplicate_paths: string[] } });
    expect(documents.map((d) => [d.source.path, d.source.duplicate_paths]).sort()).toEqual(
      [
        [first, ['zz-copy.txt']],
        [readdirSync(join(root, 'raw')).sort()[1], []],
      ].sort(),
    );
  }, 120_000);
});
