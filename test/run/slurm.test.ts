// The Slurm example run for real: a one-node cluster on this machine (examples/slurm/local-cluster.sh), the job
// array and the merge job submitted with examples/slurm/submit.sh as the README says, on the corpus of the
// sharding test; the merged version must be byte-identical to a single build. Then recovery: a cancelled task
// keeps the merge from running, and resubmitting that index alone completes the same dataset.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTree } from '../../pipeline/publish/write-version.ts';
import { PROJECT_ROOT, PROJECT_VERSION } from '../helpers.ts';
import { makeManyCaptures } from '../robustness/corpus.ts';
import { makeWarc } from './warc-fixture.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'pagepress.js');
const CLUSTER = join(PROJECT_ROOT, 'examples', 'slurm', 'local-cluster.sh');
const SUBMIT = join(PROJECT_ROOT, 'examples', 'slurm', 'submit.sh');
const SHARDS = 4;

const sh = (command: string, args: string[]) => spawnSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });

// Whether this machine can run Slurm is known only by trying: the script installs the packages when missing and
// exits 3 when it cannot (not root, no packages); any other failure is a failure of the test, not a skip.
const wasRunning = process.getuid?.() === 0 && sh('bash', [CLUSTER, 'status']).status === 0;
const started = process.getuid?.() === 0 ? sh('bash', [CLUSTER, 'start']) : undefined;
const skipReason = started === undefined ? 'needs root to start a Slurm cluster' : started.status === 3 ? started.stderr.trim() : '';
if (skipReason) console.warn(`Slurm tests skipped: ${skipReason}`);
const title = (name: string) => (skipReason ? `${name} (skipped: ${skipReason})` : name);

let root: string;

/** Job states of a job (one per array task), from `scontrol show job`; finished jobs stay listed for MinJobAge. */
function jobStates(id: string): { state: string; reason: string }[] {
  const shown = sh('scontrol', ['show', 'job', '-o', id]);
  expect(shown.status, shown.stderr).toBe(0);
  return shown.stdout
    .trim()
    .split('\n')
    .map((line) => ({ state: /JobState=(\S+)/.exec(line)![1], reason: /Reason=(\S+)/.exec(line)![1] }));
}

async function waitFor(id: string, done: (jobs: { state: string; reason: string }[]) => boolean, seconds = 240) {
  for (let waited = 0; waited < seconds * 4; waited++) {
    const jobs = jobStates(id);
    if (done(jobs)) return jobs;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`job ${id} still ${JSON.stringify(jobStates(id))} after ${seconds} s`);
}
const finished = (jobs: { state: string }[]) => jobs.every((job) => !/PENDING|RUNNING|CONFIGURING|COMPLETING|SUSPENDED/.test(job.state));

function submit(name: string, extra: string[] = [], env: Record<string, string> = {}) {
  const folders = [
    '--shards',
    String(SHARDS),
    '--raw',
    join(root, 'raw'),
    '--parts',
    join(root, name, 'parts'),
    '--out',
    join(root, name, 'dist'),
    '--logs',
    join(root, name, 'logs'),
  ];
  const submitted = spawnSync('bash', [SUBMIT, ...folders, ...extra], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, CI: '1', ...env } });
  expect(submitted.status, submitted.stderr).toBe(0);
  const ids = Object.fromEntries(
    submitted.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(' ')),
  );
  console.log(`${name}: ${submitted.stdout.trim().replace(/\n/g, ', ')}`);
  return ids as { array: string; merge?: string };
}

async function expectIdentical(a: string, b: string) {
  const [x, y] = [await readTree(a), await readTree(b)];
  expect([...x.keys()]).toEqual([...y.keys()]);
  for (const [name, content] of x) expect(content.equals(y.get(name)!), name).toBe(true);
}

describe('Slurm job array', () => {
  beforeAll(async () => {
    if (skipReason) return;
    expect(started!.status, started!.stderr).toBe(0);
    console.log(started!.stdout.trim());
    // The corpus of the sharding test (test/run/shards.test.ts).
    root = makeManyCaptures(24, 5);
    cpSync(join(PROJECT_ROOT, 'raw'), join(root, 'raw'), { recursive: true });
    cpSync(join(root, 'raw', 'capture-0003.txt'), join(root, 'raw', 'same-bytes-as-0003.txt'));
    writeFileSync(join(root, 'raw', 'empty.txt'), '');
    await makeWarc(join(root, 'raw', 'crawl.warc.gz'));
    cpSync(join(PROJECT_ROOT, 'pagepress.config.json'), join(root, 'pagepress.config.json'));
    const single = spawnSync(process.execPath, [BIN, 'build', '--out', 'single', '--concurrency', '2', '--no-cache'], { cwd: root, encoding: 'utf8' });
    expect(single.status, single.stderr).toBe(0);
  }, 600_000);

  afterAll(() => {
    if (!skipReason && !wasRunning) sh('bash', [CLUSTER, 'stop']);
  });

  it.skipIf(skipReason)(
    title('builds 4 shards as array tasks and merges them after the array, byte-identical to a single build'),
    async () => {
      const { array, merge } = submit('whole');
      const tasks = await waitFor(array, finished);
      expect(tasks.map((task) => task.state)).toEqual(Array(SHARDS).fill('COMPLETED'));
      expect((await waitFor(merge!, finished))[0].state).toBe('COMPLETED');
      await expectIdentical(join(root, 'single', PROJECT_VERSION), join(root, 'whole', 'dist', PROJECT_VERSION));
    },
    600_000,
  );

  it.skipIf(skipReason)(
    title('holds the merge while a task is cancelled or failed, and completes once that index is resubmitted alone'),
    async () => {
      // Held at submission so that task 2 is cancelled before it can run, whatever the machine's speed.
      const { array, merge } = submit('recovered', [], { SBATCH_HOLD: '1' });
      expect(sh('scancel', [`${array}_2`]).status).toBe(0);
      for (const id of [array, merge!]) expect(sh('scontrol', ['release', id]).status).toBe(0);
      const tasks = await waitFor(array, finished);
      expect(tasks.map((task) => task.state)).toEqual(Array(SHARDS - 1).fill('COMPLETED'));
      await waitFor(merge!, ([job]) => job.reason === 'DependencyNeverSatisfied');
      expect(existsSync(join(root, 'recovered', 'parts', 'partial-2-of-4'))).toBe(false);

      // A task that fails (here: a folder of captures that does not exist) exits non-zero; Slurm marks it FAILED
      // and the merge keeps waiting.
      const failing = submit('recovered', ['--resubmit', '2', '--merge-job', merge!, '--raw', join(root, 'no-such-folder')]);
      expect((await waitFor(failing.array, finished))[0].state).toBe('FAILED');
      await waitFor(merge!, ([job]) => job.reason === 'DependencyNeverSatisfied');
      expect(existsSync(join(root, 'recovered', 'dist'))).toBe(false);

      const resubmitted = submit('recovered', ['--resubmit', '2', '--merge-job', merge!]);
      expect((await waitFor(resubmitted.array, finished))[0].state).toBe('COMPLETED');
      expect((await waitFor(merge!, finished))[0].state).toBe('COMPLETED');
      await expectIdentical(join(root, 'single', PROJECT_VERSION), join(root, 'recovered', 'dist', PROJECT_VERSION));
    },
    600_000,
  );
});
