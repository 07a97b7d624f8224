// Sharding: four `build --shard I/4` processes and a `merge` give a dataset byte-identical to a
// single build of the same captures; the GNU parallel example in examples/ does the same.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTree } from '../../pipeline/publish/write-version.ts';
import { PROJECT_ROOT, PROJECT_VERSION } from '../helpers.ts';
import { makeManyCaptures } from '../robustness/corpus.ts';
import { makeWarc } from './warc-fixture.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'pagepress.js');
let root: string;

const run = (args: string[]) =>
  new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: root, env: { ...process.env, CI: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (status) => resolve({ status, stderr }));
  });

async function expectIdentical(a: string, b: string) {
  const [x, y] = [await readTree(a), await readTree(b)];
  expect([...x.keys()]).toEqual([...y.keys()]);
  for (const [name, content] of x) expect(content.equals(y.get(name)!), name).toBe(true);
}

beforeAll(async () => {
  root = makeManyCaptures(24, 5);
  cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
  cpSync(join(root, 'raw', 'capture-0003.txt'), join(root, 'raw', 'same-bytes-as-0003.txt'));
  writeFileSync(join(root, 'raw', 'empty.txt'), '');
  await makeWarc(join(root, 'raw', 'crawl.warc.gz'));
  cpSync(join(PROJECT_ROOT, 'pagepress.config.json'), join(root, 'pagepress.config.json'));
  const single = spawnSync(process.execPath, [BIN, 'build', '--out', 'single', '--concurrency', '2', '--no-cache'], { cwd: root, encoding: 'utf8' });
  expect(single.status, single.stderr).toBe(0);
}, 120_000);

describe('shards', () => {
  it('merges four shards run as four processes into a byte-identical dataset', async () => {
    const shards = await Promise.all([0, 1, 2, 3].map((i) => run(['build', '--shard', `${i}/4`, '--out', 'parts', '--concurrency', '1', '--no-cache'])));
    for (const shard of shards) expect(shard.status, shard.stderr).toBe(0);
    expect(readdirSync(join(root, 'parts')).sort()).toEqual(['partial-0-of-4', 'partial-1-of-4', 'partial-2-of-4', 'partial-3-of-4']);
    const merged = await run(['merge', '--out', 'merged', ...[0, 1, 2, 3].map((i) => `parts/partial-${i}-of-4`)]);
    expect(merged.status, merged.stderr).toBe(0);
    await expectIdentical(join(root, 'single', PROJECT_VERSION), join(root, 'merged', PROJECT_VERSION));
  }, 120_000);

  it('refuses to merge an incomplete set of shards', async () => {
    const merged = await run(['merge', '--out', 'incomplete', 'parts/partial-0-of-4', 'parts/partial-2-of-4']);
    expect(merged.status).toBe(1);
    expect(merged.stderr).toContain('missing: 1, 3');
  }, 60_000);

  it('runs the GNU parallel example from the README', () => {
    const example = spawnSync('bash', [join(PROJECT_ROOT, 'examples', 'shards-gnu-parallel.sh'), '3', join(root, 'raw'), join(root, 'via-parallel')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CI: '1' },
    });
    if (example.error) throw new Error(`GNU parallel is needed for this test (apt-get install parallel): ${example.error.message}`);
    expect(example.status, example.stderr).toBe(0);
    return expectIdentical(join(root, 'single', PROJECT_VERSION), join(root, 'via-parallel', PROJECT_VERSION));
  }, 120_000);
});
