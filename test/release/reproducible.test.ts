// The committed dataset version is reproducible: rebuilding it from raw/ with the code at hand
// gives byte-identical files. When the code changed the output, this fails with a short summary
// of what changed and the version bump it calls for.
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { diffVersions, nextVersion } from '../../pipeline/publish/changes.ts';
import { recordedReleaseDate } from '../../pipeline/publish/release-date.ts';
import { readTree } from '../../pipeline/publish/write-version.ts';
import { build } from '../../pipeline/run/build.ts';
import { PROJECT_ROOT } from '../helpers.ts';

describe('the committed dataset', () => {
  it('rebuilds byte-identically from raw/ and the code at hand', async () => {
    const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
    const committed = join(PROJECT_ROOT, 'dist', config.version);
    expect(existsSync(committed), `dist/${config.version} (the version in pagepress.config.json) is not committed: run make dataset and commit dist/`).toBe(
      true,
    );
    // Earlier versions come along, so the changelog is written against the same predecessor.
    const out = join(mkdtempSync(join(tmpdir(), 'pagepress-reproduce-')), 'dist');
    for (const name of readdirSync(join(PROJECT_ROOT, 'dist')).filter((n) => /^\d+\.\d+\.\d+$/.test(n) && n !== config.version)) {
      cpSync(join(PROJECT_ROOT, 'dist', name), join(out, name), { recursive: true });
    }
    // Rebuilt in a fresh out/, the version would be dated today: pin the day it records, as a
    // reproducible build pins SOURCE_DATE_EPOCH.
    const released = await recordedReleaseDate(committed);
    const epochBefore = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${released}T00:00:00Z`) / 1000);
    let rebuilt: string;
    try {
      rebuilt = (await build({ raw: join(PROJECT_ROOT, 'raw'), out, config, cacheDir: null })).versionDir;
    } finally {
      if (epochBefore === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = epochBefore;
    }
    const [before, after] = [await readTree(committed), await readTree(rebuilt)];
    const differing = [...new Set([...before.keys(), ...after.keys()])].filter((f) => !before.get(f)?.equals(after.get(f) ?? Buffer.alloc(0)));
    if (differing.length > 0) {
      const changes = await diffVersions(committed, config.version, rebuilt, config.version);
      const summary = [
        `dist/${config.version} no longer matches what the code builds from raw/ (${differing.length} files differ: ${differing.slice(0, 8).join(', ')}${differing.length > 8 ? ', …' : ''}).`,
        `The change is ${changes.bump === 'none' ? 'in derived files only' : `a ${changes.bump} change: ${changes.reasons.join('; ')}`}.`,
        `Set "version" to ${nextVersion(config.version, changes.bump === 'none' ? 'patch' : changes.bump)} in pagepress.config.json, run make dataset, and commit dist/.`,
      ].join('\n');
      expect.fail(summary);
    }
  }, 180_000);
});
