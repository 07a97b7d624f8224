// Faults: a full disk, a second build at once, a build killed at any moment, a stage that throws
// or hangs. The previous dataset stays intact and valid, and the next build runs normally.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig, type DatasetConfig } from '../../pipeline/config.ts';
import { assemble, build, collect, publish, type BuildOptions } from '../../pipeline/run/build.ts';
import { acquireLock, LOCK_FILE } from '../../pipeline/run/lock.ts';
import { validateDataset } from '../../pipeline/validate/index.ts';
import { FIXTURES, PROJECT_ROOT, PROJECT_VERSION } from '../helpers.ts';
import { makeManyCaptures } from './corpus.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'pagepress.js');
let config: DatasetConfig;

beforeAll(async () => {
  config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
});

/** A project folder with `count` captures, the project's version already built into dist/. */
async function projectWithPreviousVersion(count: number): Promise<string> {
  const root = makeManyCaptures(count);
  await build({ raw: join(root, 'raw'), out: join(root, 'dist'), config, cacheDir: null, threads: 1 });
  writeFileSync(join(root, 'pagepress.config.json'), JSON.stringify({ ...config, version: '0.2.0' }));
  return root;
}

/** Builds `root`/raw on one worker thread running the test worker that misbehaves on request. */
async function buildWithMisbehavingWorker(root: string, options: Pick<BuildOptions, 'timeoutMs' | 'workerHeapMb'>) {
  mkdirSync(join(root, 'dist'));
  return build({
    raw: join(root, 'raw'),
    out: join(root, 'dist'),
    config,
    cacheDir: null,
    threads: 1,
    workerFile: new URL('misbehaving-worker.ts', `file://${FIXTURES}/robustness/`),
    ...options,
  });
}

async function expectOnlyPreviousVersion(root: string): Promise<void> {
  const entries = readdirSync(join(root, 'dist'));
  expect(entries.filter((e) => /^\d/.test(e))).toEqual([PROJECT_VERSION]);
  expect((await validateDataset(join(root, 'dist', PROJECT_VERSION))).problems).toEqual([]);
}

describe('faults', () => {
  it('leaves the previous version intact when the disk fills up mid-write', async () => {
    const root = await projectWithPreviousVersion(5);
    const raw = join(root, 'raw');
    const collected = await collect({ raw, cacheDir: join(root, 'cache'), threads: 0 });
    const handles: FileHandle[] = [];
    const fullDisk = async (path: string): Promise<FileHandle> => {
      const handle = await open(path, 'w');
      handles.push(handle);
      if (handles.length < 6) return handle;
      await handle.close();
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
    };
    await expect(
      publish(assemble(collected.summaries, collected.skipped), join(root, 'cache'), collected.plan, { ...config, version: '0.2.0' }, join(root, 'dist'), {
        openFile: fullDisk,
      }),
    ).rejects.toThrow('ENOSPC');
    // The files opened before the failure are closed, not left for garbage collection (fd -1 once closed).
    expect(handles.map((handle) => handle.fd)).toEqual(handles.map(() => -1));
    await expectOnlyPreviousVersion(root);
    expect(readdirSync(join(root, 'dist')).filter((e) => e.startsWith('.tmp'))).toEqual([]);
  });

  it('refuses a second build on the same dist/ and names the lock; takes over a stale one', async () => {
    const root = await projectWithPreviousVersion(3);
    const lock = await acquireLock(join(root, 'dist'));
    const second = spawnSync(process.execPath, [BIN, 'build', '--concurrency', '0'], { cwd: root, encoding: 'utf8' });
    await lock.release();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(join('dist', LOCK_FILE));
    expect(second.stderr).toContain(`held by process ${process.pid}`);
    // A lock left by a process that no longer exists is stale.
    writeFileSync(join(root, 'dist', LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
    const third = spawnSync(process.execPath, [BIN, 'build', '--concurrency', '0'], { cwd: root, encoding: 'utf8' });
    expect(third.stderr).toBe('');
    expect(third.status).toBe(0);
    expect(existsSync(join(root, 'dist', LOCK_FILE))).toBe(false);
  });

  it('keeps dist/ intact when a real build is killed at any moment, and the next build runs normally', async () => {
    const root = await projectWithPreviousVersion(120);
    const killAfter = async (signal: NodeJS.Signals, ms: number) => {
      const child = spawn(process.execPath, [BIN, 'build', '--concurrency', '1', '--no-cache'], { cwd: root, stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await new Promise((r) => setTimeout(r, ms));
      child.kill(signal);
      await exited;
      return child.pid!;
    };
    for (const [signal, ms] of [
      ['SIGKILL', 400],
      ['SIGKILL', 1500],
      ['SIGINT', 1200],
      ['SIGTERM', 2000],
      ['SIGKILL', 3000],
    ] as const) {
      const pid = await killAfter(signal, ms);
      const versions = readdirSync(join(root, 'dist')).filter((e) => /^\d/.test(e));
      // Either the build had not finished (only the old version) or it had (both, both valid).
      expect(versions[0]).toBe(PROJECT_VERSION);
      for (const version of versions) expect((await validateDataset(join(root, 'dist', version))).problems, `${signal} after ${ms} ms`).toEqual([]);
      if (signal !== 'SIGKILL') {
        // An interrupted build removes its own temporary folder and lock (a SIGKILLed one cannot).
        const leftovers = readdirSync(join(root, 'dist')).filter((e) => e.startsWith('.tmp') && e.includes(`-${pid}-`));
        expect(leftovers, `${signal} cleans up`).toEqual([]);
        const lock = join(root, 'dist', LOCK_FILE);
        if (existsSync(lock)) expect(JSON.parse(readFileSync(lock, 'utf8')).pid).not.toBe(pid);
      }
    }
    const next = spawnSync(process.execPath, [BIN, 'build', '--concurrency', '1'], { cwd: root, encoding: 'utf8' });
    expect(next.stderr).toBe('');
    expect(next.status).toBe(0);
    expect(readdirSync(join(root, 'dist')).filter((e) => e.startsWith('.'))).toEqual([]);
    expect((await validateDataset(join(root, 'dist', '0.2.0'))).problems).toEqual([]);
    expect((await validateDataset(join(root, 'dist', PROJECT_VERSION))).problems).toEqual([]);
  }, 120_000);

  it('reports a capture whose stage throws or hangs, and finishes the build', async () => {
    const root = makeManyCaptures(3);
    const raw = join(root, 'raw');
    cpSync(join(raw, 'capture-0000.txt'), join(raw, 'this-one-throws.txt'));
    cpSync(join(raw, 'capture-0001.txt'), join(raw, 'this-one-hangs.txt'));
    // The limit counts from when a worker starts the task, not the worker's start-up (see the next test).
    const result = await buildWithMisbehavingWorker(root, { timeoutMs: 10_000 });
    const codes = Object.fromEntries(result.report.problems.map((p) => [p.path, p.code]));
    expect(codes['this-one-throws.txt']).toBe('internal_error');
    expect(codes['this-one-hangs.txt']).toBe('timeout');
    // The message names the flag that raises the limit.
    expect(result.report.problems.find((p) => p.path === 'this-one-hangs.txt')?.message).toContain('--timeout');
    expect(result.report.problems.find((p) => p.path === 'this-one-throws.txt')?.message).toContain('a stage blew up on purpose');
    expect(result.report.counts.documents).toBe(3);
    // The test's own limit covers starting a worker twice (again after the hang), which takes
    // tens of seconds on a loaded machine; the capture limits above are what is tested.
  }, 240_000);

  it("starts a capture's time limit when a worker starts it, not while the worker starts up", async () => {
    const root = makeManyCaptures(3);
    mkdirSync(join(root, 'dist'));
    const result = await build({
      raw: join(root, 'raw'),
      out: join(root, 'dist'),
      config,
      cacheDir: null,
      threads: 1,
      // Half the worker's start-up (START_UP_MS, 20 s), yet room for a small capture on a loaded machine.
      timeoutMs: 10_000,
      workerFile: new URL('slow-start-worker.ts', `file://${FIXTURES}/robustness/`),
    });
    expect(result.report.problems.filter((p) => p.code === 'timeout')).toEqual([]);
    expect(result.report.counts.documents).toBe(3);
  }, 240_000);

  it('rebuilds a version unchanged though a capture that timed out in it would now succeed, and retries it for the next version', async () => {
    const root = makeManyCaptures(2);
    const raw = join(root, 'raw');
    const once = 'this-one-hangs-once.txt';
    writeFileSync(join(raw, once), `${readFileSync(join(raw, 'capture-0000.txt'), 'utf8')}\nA paragraph of its own, so its bytes are no other capture's.\n`);
    mkdirSync(join(root, 'dist'));
    const options = {
      raw,
      out: join(root, 'dist'),
      cacheDir: join(root, 'cache'),
      threads: 1,
      timeoutMs: 5_000,
      workerFile: new URL('misbehaving-worker.ts', `file://${FIXTURES}/robustness/`),
    };
    const first = await build({ ...options, config });
    expect(first.outcome).toBe('written');
    expect(first.report.problems.find((p) => p.path === once)).toMatchObject({ code: 'timeout' });
    expect(first.report.counts.documents).toBe(2);
    // The same inputs: the same version, not a refusal to rewrite it with one more document.
    const again = await build({ ...options, config });
    expect(again.outcome).toBe('unchanged');
    expect(again.report).toEqual(first.report);
    // Another version runs the capture again, and this time it succeeds.
    const next = await build({ ...options, config: { ...config, version: '99.0.0' } });
    expect(next.report.problems.filter((p) => p.path === once && p.severity === 'error')).toEqual([]);
    expect(next.report.counts.documents).toBe(3);
  }, 300_000);

  it('keeps nothing in the cache of a capture stopped at its time limit, and keeps the others', async () => {
    const root = makeManyCaptures(2);
    const raw = join(root, 'raw');
    const stalled = 'this-one-stalls-after-its-steps.txt';
    writeFileSync(join(raw, stalled), `${readFileSync(join(raw, 'capture-0000.txt'), 'utf8')}\nA paragraph of its own, so its bytes are no other capture's.\n`);
    mkdirSync(join(root, 'dist'));
    const cacheDir = join(root, 'cache');
    const result = await build({
      raw,
      out: join(root, 'dist'),
      config,
      cacheDir,
      threads: 1,
      timeoutMs: 20_000,
      workerFile: new URL('misbehaving-worker.ts', `file://${FIXTURES}/robustness/`),
    });
    expect(result.report.problems.find((p) => p.path === stalled)?.code).toBe('timeout');
    // Its steps had run and cached their results before it was stopped.
    expect(existsSync(join(cacheDir, `${stalled}.steps-done`))).toBe(true);
    const sha256 = (file: string) =>
      createHash('sha256')
        .update(readFileSync(join(raw, file)))
        .digest('hex');
    const cached = readdirSync(join(cacheDir, 'steps'), { recursive: true }).map(String);
    expect(cached.filter((path) => path.includes(sha256(stalled)))).toEqual([]);
    expect(cached.filter((path) => path.includes(sha256('capture-0000.txt'))).length).toBeGreaterThan(0);
    expect(result.report.counts.documents).toBe(2);
  }, 120_000);

  it('retries a capture that outgrows a pool worker in a roomier one, and reports one that outgrows that too', async () => {
    const root = makeManyCaptures(2);
    const raw = join(root, 'raw');
    writeFileSync(
      join(raw, 'this-one-bloats-once.txt'),
      `${readFileSync(join(raw, 'capture-0000.txt'), 'utf8')}\nOne more paragraph, written after the others, so that this capture is a document of its own.\n`,
    );
    cpSync(join(raw, 'capture-0001.txt'), join(raw, 'this-one-bloats-always.txt'));
    const result = await buildWithMisbehavingWorker(root, { timeoutMs: 60_000, workerHeapMb: { pool: 128, roomy: 256 } });
    const problems = Object.fromEntries(result.report.problems.map((p) => [p.path, p]));
    expect(problems['this-one-bloats-always.txt']?.message).toContain('256 MB');
    expect(result.report.problems.filter((p) => p.path === 'this-one-bloats-once.txt' && p.severity === 'error')).toEqual([]);
    expect(problems['this-one-bloats-always.txt']?.code).toBe('out_of_memory');
    expect(problems['this-one-bloats-always.txt']?.message).toMatch(/more than \d+ MB of memory/);
    expect(problems['this-one-bloats-always.txt']?.message).toContain('--worker-mb');
    expect(result.report.counts.documents).toBe(3);
  }, 120_000);
});
