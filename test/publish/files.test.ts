// pathExists: a symbolic link whose target is gone (a raw folder on an unmounted drive) counts as
// present when the caller asks about the link itself, as cache prune does before forgetting a build.
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathExists } from '../../pipeline/publish/files.ts';

describe('pathExists', () => {
  it('counts a broken link by its target, or as present when asked about the link', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pagepress-path-exists-'));
    try {
      const link = join(root, 'raw');
      await symlink(join(root, 'unmounted', 'raw'), link);
      expect(await pathExists(link)).toBe(false);
      expect(await pathExists(link, { link: true })).toBe(true);
      expect(await pathExists(join(root, 'missing'), { link: true })).toBe(false);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
