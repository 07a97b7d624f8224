// Past one machine: `build --shard I/N` writes a partial result (the summaries of its slice of
// captures and their cached records); `merge` feeds all partial results to the same assembly and
// publishing steps as a single build, so the merged dataset is byte-identical to it.
import { mkdir, mkdtemp, open, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetConfig } from '../config.ts';
import { readLines } from '../publish/lines.ts';
import { UserFacingError } from '../errors.ts';
import type { Problem } from '../records/report.ts';
import { assemble, collect, publish, refuseWhenStrict, reportOf, type BuildResult, type CollectOptions, type Shard } from './build.ts';
import { entryPath, readJson, writeJsonAtomically } from './cache.ts';
import { acquireLock } from './lock.ts';
import { recordUse, sliceOf } from './cache-uses.ts';
import { removeOnInterrupt } from './interrupt.ts';
import { resolveSteps } from './plan.ts';
import { stepsOf, type CaptureSummary, type Entry, type Plan } from './steps.ts';

const FORMAT = 'pagepress-partial@2';

interface PartialHeader {
  format: typeof FORMAT;
  dataset: string;
  version: string;
  shard: Shard;
  /** The steps the shard ran, with their cache keys: every shard of a merge must have run the same. */
  plan: Plan;
  summaries: CaptureSummary[];
  skipped: Problem[];
}

export const partialDirName = (shard: Shard) => `partial-${shard.index}-of-${shard.count}`;

export async function writePartial(
  options: Omit<CollectOptions, 'cacheDir'> & { out: string; config: DatasetConfig; shard: Shard; cacheDir: string | null; strict?: boolean },
) {
  const throwaway = options.cacheDir ? null : await mkdtemp(join(tmpdir(), 'pagepress-cache-'));
  const cacheDir = options.cacheDir ?? throwaway!;
  const dir = join(options.out, partialDirName(options.shard));
  const temporary = `${dir}.tmp-${process.pid}`;
  const forget = removeOnInterrupt(temporary);
  try {
    const collected = await collect({ ...options, cacheDir });
    // What this shard needs again, for `pagepress cache prune`: its captures' entries (no fragments: merge publishes).
    if (!throwaway) await recordUse(cacheDir, { raw: options.raw, out: options.out, slice: sliceOf(options) }, collected, new Set());
    const assembly = assemble(collected.summaries, collected.skipped, collected.plan);
    const report = reportOf(options.config, assembly);
    // A strict shard writes no partial result, so the merge waits for the shard to be run again.
    refuseWhenStrict(report, options.strict, `${dir} was not written`);
    await mkdir(temporary, { recursive: true });
    const header: PartialHeader = {
      format: FORMAT,
      dataset: options.config.name,
      version: options.config.version,
      shard: options.shard,
      plan: collected.plan,
      summaries: [...collected.summaries].sort((a, b) => (a.path < b.path ? -1 : 1)),
      skipped: collected.skipped,
    };
    await writeFileWhole(join(temporary, 'partial.json'), JSON.stringify(header));
    const entries = await open(join(temporary, 'entries.jsonl'), 'w');
    // What publishing reads: the document steps' entries of every capture that has them all.
    const documentSteps = stepsOf(collected.plan).filter(({ step }) => step.kind === 'document');
    const seen = new Set<string>();
    for (const summary of header.summaries) {
      if (!summary.sha256 || seen.has(summary.sha256)) continue;
      seen.add(summary.sha256);
      const stepEntries: Record<string, Entry> = {};
      for (const { step, key } of documentSteps) {
        const entry = await readJson<Entry>(entryPath(cacheDir, step.name, key, summary.sha256));
        if (entry) stepEntries[step.name] = entry;
      }
      if (Object.keys(stepEntries).length === documentSteps.length)
        await entries.write(`${JSON.stringify({ sha256: summary.sha256, entries: stepEntries })}\n`);
    }
    await entries.sync();
    await entries.close();
    await rm(dir, { recursive: true, force: true });
    await rename(temporary, dir);
    return { dir, report };
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  } finally {
    forget();
    if (throwaway) await rm(throwaway, { recursive: true, force: true });
  }
}

async function writeFileWhole(path: string, content: string): Promise<void> {
  const handle = await open(path, 'w');
  await handle.writeFile(content);
  await handle.sync();
  await handle.close();
}

/** Combines partial results into the dataset version, exactly as a single build would write it (with `strict`, nothing when a capture was rejected). */
export async function mergePartials(parts: string[], out: string, config: DatasetConfig, options: { strict?: boolean } = {}): Promise<BuildResult> {
  const headers: PartialHeader[] = [];
  for (const part of parts) {
    const header = await readFile(join(part, 'partial.json'), 'utf8')
      .then((text) => JSON.parse(text) as PartialHeader)
      .catch(() => {
        throw new UserFacingError(`${part}: not a partial result (no readable partial.json); make one with pagepress build --shard I/N`);
      });
    if (header.format !== FORMAT) throw new UserFacingError(`${part}: unknown partial format ${header.format}`);
    headers.push(header);
  }
  const [first] = headers;
  if (!first) throw new UserFacingError('merge needs at least one partial result');
  for (const [i, h] of headers.entries()) {
    if (h.dataset !== config.name || h.version !== config.version)
      throw new UserFacingError(`${parts[i]}: built for ${h.dataset} ${h.version}, the config names ${config.name} ${config.version}`);
    if (JSON.stringify(h.plan) !== JSON.stringify(first.plan))
      throw new UserFacingError(
        `${parts[i]}: built with different pagepress code or step options than ${parts[0]}; rebuild all shards with the same code and config`,
      );
    if (h.shard.count !== first.shard.count)
      throw new UserFacingError(`${parts[i]}: shard of ${h.shard.count}, ${parts[0]} is a shard of ${first.shard.count}`);
  }
  const indexes = new Set(headers.map((h) => h.shard.index));
  const missing = [...Array(first.shard.count).keys()].filter((i) => !indexes.has(i));
  if (missing.length > 0 || indexes.size !== headers.length) {
    throw new UserFacingError(
      `merge needs each of the ${first.shard.count} shards once; missing: ${missing.join(', ') || 'none'}, given ${headers.length} parts`,
    );
  }

  if (headers.every((h) => h.summaries.length === 0)) {
    throw new UserFacingError(`the partial results hold no captures: the folder the shards read held none; put saved pages there and build the shards again`);
  }
  // The config names the steps the merged version is made with; the shards must have run exactly those.
  const shardSteps = JSON.stringify(first.plan.map(({ name, options }) => [name, options ?? null]));
  if (shardSteps !== JSON.stringify(resolveSteps(config).map(({ step, options }) => [step.name, options ?? null]))) {
    throw new UserFacingError(
      `${parts[0]}: built with other steps or step options than the config gives (${first.plan.map((p) => p.name).join(', ')}); build the shards with the same config`,
    );
  }
  const assembly = assemble(
    headers.flatMap((h) => h.summaries),
    headers.flatMap((h) => h.skipped),
    first.plan,
  );
  const report = reportOf(config, assembly);
  refuseWhenStrict(report, options.strict, `nothing was written to ${out}`);

  const lock = await acquireLock(out);
  const cacheDir = await mkdtemp(join(tmpdir(), 'pagepress-merge-'));
  try {
    for (const part of parts) {
      for await (const line of readLines(join(part, 'entries.jsonl'))) {
        if (!line) continue;
        const { sha256, entries } = JSON.parse(line) as { sha256: string; entries: Record<string, Entry> };
        for (const { name, key } of first.plan) if (entries[name]) await writeJsonAtomically(entryPath(cacheDir, name, key, sha256), entries[name]);
      }
    }
    const outcome = await publish(assembly, cacheDir, first.plan, config, out);
    return { report, outcome, versionDir: join(out, config.version) };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
    await lock.release();
  }
}
