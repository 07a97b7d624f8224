// Builds a dataset from the committed seed captures into a temporary folder, for tests that need
// a real dataset version on disk.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../pipeline/config.ts';
import { build, type BuildResult } from '../pipeline/run/build.ts';
import { PROJECT_ROOT } from './helpers.ts';

export async function buildSeedsInto(prefix = 'pagepress-'): Promise<BuildResult & { root: string }> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
  const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
  const result = await build({ raw: join(root, 'raw'), out: join(root, 'dist'), config });
  return { ...result, root };
}
