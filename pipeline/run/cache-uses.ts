// What the build cache holds that a build still needs, and `pagepress cache prune`, which removes
// the rest. Nothing else ever removes a cache file: every changed capture, step version or
// neighbour order leaves step entries, summaries, fragments, segments and explorer chunks behind
// (200 captures: fragments 38.7 → 65.5 MB after a few rebuilds).
//
// Every build that keeps its cache records, at its end, the files it used: its captures' hashes
// under its plan (which name their step entries and summaries) and the fragment files publishing
// read or wrote. One record per raw folder (and shard or list), replaced by the next build of it,
// in <cache>/uses/: the last build of a folder says what its captures are now, also when it went
// to another output folder (a record per output folder kept a republish's view of captures since
// changed). Prune keeps what any record names and removes the rest. It is a command the user runs, not a step at the end of every build, because one cache
// may serve several raw folders, configs and shards: a build knows only its own needs, and removing
// everything else at its end would make the next build of another kind start cold, silently.
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, rm, rmdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserFacingError } from '../errors.ts';
import { pathExists } from '../publish/files.ts';
import { planKey, writeJsonAtomically } from './cache.ts';
import { acquireLock, type Lock } from './lock.ts';
import type { CaptureSummary, Plan } from './steps.ts';

/** What one build used of the cache. */
export interface CacheUse {
  format: 1;
  /** The build it records: absolute raw and output folders, and its slice (shard or list), if any; raw and slice name the record. */
  raw: string;
  out: string;
  slice: string | null;
  /** When it was recorded: no file changed after the newest record is removed (a build running meanwhile may need it). */
  at: number;
  /** Its plan's steps and keys (their entries live in steps/<name>/<key>/) and the plan's key (summaries/<planKey>/). */
  steps: [name: string, key: string][];
  planKey: string;
  /** The SHA-256 of every capture it made something of, and of every web archive it read. */
  sha256: string[];
  /** Fragment store files publishing read or wrote, relative to fragments/ (none for a shard). */
  fragments: string[];
}

export const usesDir = (cacheDir: string) => join(cacheDir, 'uses');

/** How a build is told from another build on the same cache: its slice of the captures. */
export const sliceOf = (options: { shard?: { index: number; count: number }; list?: string }): string | null =>
  [options.shard ? `shard ${options.shard.index}/${options.shard.count}` : null, options.list ? `list ${resolve(options.list)}` : null]
    .filter(Boolean)
    .join(', ') || null;

/** Records what a build used, replacing the record of the previous build of the same kind. */
export async function recordUse(
  cacheDir: string,
  build: { raw: string; out: string; slice: string | null },
  /**
   * What collect gave: the plan, every capture's summary, and the web archives read, whose records
   * of summaries sit beside the summaries under their own hash (cache.ts's ArchiveRecord).
   */
  { plan, summaries, archives }: { plan: Plan; summaries: CaptureSummary[]; archives: readonly string[] },
  fragments: ReadonlySet<string>,
): Promise<void> {
  const raw = resolve(build.raw);
  const out = resolve(build.out);
  const use: CacheUse = {
    format: 1,
    raw,
    out,
    slice: build.slice,
    at: Date.now(),
    steps: plan.map(({ name, key }) => [name, key]),
    planKey: planKey(plan),
    sha256: [...new Set([...summaries.flatMap((s) => (s.sha256 ? [s.sha256] : [])), ...archives])].sort(),
    fragments: [...fragments].sort(),
  };
  const name = createHash('sha256')
    .update(JSON.stringify([raw, build.slice]))
    .digest('hex')
    .slice(0, 16);
  await writeJsonAtomically(join(usesDir(cacheDir), `${name}.json`), use);
}

/** The records in the cache, each with its file name; a damaged one is an error (prune must not guess). */
async function readUses(cacheDir: string): Promise<{ file: string; use: CacheUse }[]> {
  const names = (await readdir(usesDir(cacheDir)).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  const uses: { file: string; use: CacheUse }[] = [];
  for (const file of names) {
    const path = join(usesDir(cacheDir), file);
    let use: CacheUse;
    try {
      use = JSON.parse(await readFile(path, 'utf8')) as CacheUse;
    } catch {
      throw new UserFacingError(`${path} is damaged, so prune cannot tell what its build needs; remove it (that build then starts cold) and prune again`);
    }
    if (use.format !== 1) throw new UserFacingError(`${path} was written by another version of pagepress; build again, then prune`);
    uses.push({ file, use });
  }
  return uses;
}

/** Files and bytes, by part of the cache. */
export type Tally = Record<'steps' | 'summaries' | 'fragments', { files: number; bytes: number }>;

export interface PruneResult {
  dryRun: boolean;
  /** The builds whose needs were kept. */
  kept: CacheUse[];
  /** Records dropped because their raw folder is gone (with the dry run: would be). */
  forgotten: CacheUse[];
  removed: Tally;
  remaining: Tally;
}

const emptyTally = (): Tally => ({ steps: { files: 0, bytes: 0 }, summaries: { files: 0, bytes: 0 }, fragments: { files: 0, bytes: 0 } });

/** The files under `dir`, relative to it (none when it is missing). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/** Removes the folders under `dir` (not `dir` itself) left empty, deepest first. */
async function removeEmptyFolders(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const folders = entries.filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name));
  folders.sort((a, b) => b.length - a.length);
  // Not empty (or gone): left as it is.
  for (const folder of folders) await rmdir(folder).catch(() => {});
}

/**
 * Removes every step entry, summary and fragment file no record names (see the top of this file).
 * Builds into the recorded output folders are locked out meanwhile; a file changed after the newest
 * record is kept, since a build into another folder may have just written it. `dryRun`: counts only.
 */
export async function pruneCache(cacheDir: string, options: { dryRun?: boolean } = {}): Promise<PruneResult> {
  const dryRun = options.dryRun ?? false;
  const all = await readUses(cacheDir);
  if (all.length === 0)
    throw new UserFacingError(
      `${cacheDir} holds no record of what a build needs (a build that keeps its cache writes one as it ends), so prune would remove everything; build, then prune`,
    );
  const live: { file: string; use: CacheUse }[] = [];
  const forgotten: { file: string; use: CacheUse }[] = [];
  // A raw folder that is a link to an unmounted drive is still there: its record is kept (forgetting
  // it is irreversible), so the link counts even when its target is gone.
  for (const entry of all) ((await pathExists(entry.use.raw, { link: true })) ? live : forgotten).push(entry);
  if (live.length === 0)
    throw new UserFacingError(
      `the raw folders of every build recorded in ${cacheDir} are gone (${all.map((u) => u.use.raw).join(', ')}); remove the cache instead`,
    );

  const locks: Lock[] = [];
  try {
    // One build at a time per output folder (lock.ts): none of the recorded ones runs while prune does.
    for (const out of new Set(live.map(({ use }) => use.out))) if (await pathExists(out)) locks.push(await acquireLock(out));
    const newest = Math.max(...live.map(({ use }) => use.at));
    // step folder (name/key) → the captures whose entries in it are needed; the same for summaries.
    const steps = new Map<string, Set<string>>();
    const summaries = new Map<string, Set<string>>();
    const fragments = new Set<string>();
    const add = (map: Map<string, Set<string>>, key: string, values: string[]) => {
      const set = map.get(key) ?? new Set<string>();
      for (const value of values) set.add(value);
      map.set(key, set);
    };
    for (const { use } of live) {
      for (const [name, key] of use.steps) add(steps, join(name, key), use.sha256);
      add(summaries, use.planKey, use.sha256);
      for (const file of use.fragments) fragments.add(file);
    }

    const removed = emptyTally();
    const remaining = emptyTally();
    const consider = async (part: keyof Tally, path: string, needed: boolean) => {
      const info = await lstat(path).catch(() => null);
      if (!info) return;
      if (needed || info.mtimeMs > newest) {
        remaining[part].files += 1;
        remaining[part].bytes += info.size;
        return;
      }
      removed[part].files += 1;
      removed[part].bytes += info.size;
      if (!dryRun) await rm(path, { force: true });
    };
    // A capture's entry and summary are named after its hash (`<sha256>.json`, and the temporary
    // files writeJsonAtomically names after them): the hash is what the name starts with.
    const hashOf = (file: string) => file.slice(file.lastIndexOf('/') + 1, file.lastIndexOf('/') + 65);
    const stepsRoot = join(cacheDir, 'steps');
    for (const file of await filesUnder(stepsRoot)) {
      // steps/<name>/<key>/<xx>/<sha256>.json
      const [name, key] = file.split('/');
      await consider('steps', join(stepsRoot, file), steps.get(join(name!, key!))?.has(hashOf(file)) ?? false);
    }
    const summariesRoot = join(cacheDir, 'summaries');
    for (const file of await filesUnder(summariesRoot)) {
      // summaries/<planKey>/<xx>/<sha256>.json, and a web archive's <sha256>.warc.json
      await consider('summaries', join(summariesRoot, file), summaries.get(file.split('/')[0]!)?.has(hashOf(file)) ?? false);
    }
    const fragmentsRoot = join(cacheDir, 'fragments');
    for (const file of await filesUnder(fragmentsRoot)) await consider('fragments', join(fragmentsRoot, file), fragments.has(file));
    if (!dryRun) {
      for (const root of [stepsRoot, summariesRoot, fragmentsRoot]) await removeEmptyFolders(root);
      for (const { file } of forgotten) await rm(join(usesDir(cacheDir), file), { force: true });
    }
    return { dryRun, kept: live.map(({ use }) => use), forgotten: forgotten.map(({ use }) => use), removed, remaining };
  } finally {
    for (const lock of locks) await lock.release();
  }
}
