// datapackage.json against the Data Package v2 text: a resource's `type` is "table" or absent (the
// v2 profile allows no other value), and a gzip-compressed file says so with `compression: "gz"`
// (the recipe "Compression of Resources") while no other file claims a compression.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { build } from '../../pipeline/run/build.ts';
import { PROJECT_ROOT } from '../helpers.ts';

describe('datapackage.json', () => {
  it('types only tables and declares the compression of exactly the gzip files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pagepress-datapackage-'));
    const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
    const { versionDir } = await build({ raw: join(PROJECT_ROOT, 'raw'), out: join(root, 'dist'), cacheDir: null, config, threads: 0 });
    const descriptor = JSON.parse(readFileSync(join(versionDir, 'datapackage.json'), 'utf8')) as {
      $schema: string;
      resources: { path: string; type?: string; compression?: string; format?: string }[];
    };
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    for (const resource of descriptor.resources) {
      expect([undefined, 'table'], resource.path).toContain(resource.type);
      expect(resource.compression, resource.path).toBe(resource.path.endsWith('.gz') ? 'gz' : undefined);
    }
    expect(descriptor.resources.filter((r) => r.path.endsWith('.jsonl.gz')).map((r) => r.format)).toEqual(['jsonl', 'jsonl', 'jsonl']);
  }, 120_000);
});
