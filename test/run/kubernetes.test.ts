// The Kubernetes manifests in examples/kubernetes/ cannot run here (no cluster); this checks that they parse as
// YAML, are batch/v1 Jobs, and agree with each other and with the CLI: the shard count, the shared volume,
// the folders, and options the commands really have.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../helpers.ts';

type Container = { command: string[]; workingDir: string; image: string; volumeMounts: { name: string; mountPath: string }[] };
type Job = {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: {
    completionMode?: string;
    completions?: number;
    template: { spec: { restartPolicy: string; containers: Container[]; volumes: { name: string; persistentVolumeClaim: { claimName: string } }[] } };
  };
};
const load = (name: string) => parse(readFileSync(join(PROJECT_ROOT, 'examples', 'kubernetes', name), 'utf8')) as Job;
const script = (job: Job) => job.spec.template.spec.containers[0].command.at(-1)!;
const helpOf = (command: string) => spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'pagepress.js'), command, '--help'], { encoding: 'utf8' }).stdout;
const options = (line: string) => [...line.matchAll(/\s(--[a-z-]+)/g)].map((m) => m[1]);

describe('Kubernetes manifests', () => {
  const shards = load('shards-job.yaml');
  const merge = load('merge-job.yaml');

  it('are batch/v1 Jobs; the build is an Indexed Job with one completion per shard', () => {
    for (const job of [shards, merge]) {
      expect([job.apiVersion, job.kind]).toEqual(['batch/v1', 'Job']);
      expect(job.spec.template.spec.restartPolicy).toBe('Never');
    }
    expect(shards.spec.completionMode).toBe('Indexed');
    const [, count] = /--shard "\$\{JOB_COMPLETION_INDEX\}\/(\d+)"/.exec(script(shards))!;
    expect(Number(count)).toBe(shards.spec.completions);
    expect(script(merge)).toContain(`/partial-*-of-${shards.spec.completions}`);
  });

  it('share one volume: the merge reads the folder the shards write', () => {
    expect(merge.spec.template.spec.volumes).toEqual(shards.spec.template.spec.volumes);
    expect(merge.spec.template.spec.containers[0].volumeMounts).toEqual(shards.spec.template.spec.containers[0].volumeMounts);
    const partsOut = /--out (\S+)/.exec(script(shards))![1];
    expect(script(merge)).toContain(` ${partsOut}/partial-`);
  });

  it('call only options the CLI has', () => {
    const build = helpOf('build');
    for (const option of options(script(shards))) expect(build, option).toContain(option);
    const mergeHelp = helpOf('merge');
    for (const option of options(script(merge))) expect(mergeHelp, option).toContain(option);
  });
});
