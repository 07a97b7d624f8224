// The build: discover → run every capture through the document steps of the pipeline list (worker
// threads, cached by content hash and step key) → assemble (the corpus steps over every capture's
// summary) → publish one dataset version atomically. A capture that fails is reported and the
// build goes on. `--shard I/N` runs the first two steps on a deterministic slice and writes a
// partial result; `merge` assembles and publishes partial results exactly as a single build would.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat, rename, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import pLimit from 'p-limit';
import type { DatasetConfig } from '../config.ts';
import { UserFacingError } from '../errors.ts';
import { DEFAULT_TIMEOUT_MS, defaultThreads } from '../defaults.ts';
import { discover, type Discovered } from '../ingest/discover.ts';
import { CAPTURE_EXTENSIONS_DESCRIBED, DEFAULT_LIMITS, isWebArchivePath } from '../ingest/decode.ts';
import { DatasetWriter, type Digests, type WriterOptions } from '../publish/writer.ts';
import { compareWithExisting, removeStaleTemporaries, temporaryDirFor, VersionExistsError, type WriteOutcome } from '../publish/write-version.ts';
import {
  diffVersions,
  isTableFile,
  nextVersion,
  renderChangelog,
  versionIndexFromJson,
  versionIndexJson,
  versionIndexKey,
  type VersionIndex,
} from '../publish/changes.ts';
import { parseSha256Sums } from '../publish/checksums.ts';
import { CHECKSUM_FILE } from '../publish/layout.ts';
import { writeCitation, writeCroissant } from '../publish/descriptors.ts';
import { releaseDate } from '../publish/release-date.ts';
import { writeParquet } from '../publish/parquet.ts';
import { timed, type OnSpan } from '../publish/spans.ts';
import type { BuildReport, Problem } from '../records/report.ts';
import type { Outcome, Parts } from '../steps/step.ts';
import {
  entryPath,
  forgetCapture,
  readArchiveRecord,
  readJson,
  readSummary,
  sha256OfFile,
  statIndexPath,
  withinLimit,
  writeJsonAtomically,
  type StatIndex,
} from './cache.ts';
import { createExecutor, DEFAULT_WORKER_HEAP_MB, type WorkerHeapMb } from './executor.ts';
import { acquireLock } from './lock.ts';
import { recordUse, sliceOf } from './cache-uses.ts';
import { inputFingerprint, recordPublished, unchangedReport } from './fingerprint.ts';
import { removeOnInterrupt } from './interrupt.ts';
import { fragmentStore, placedFragmentKey } from './serialise-ahead.ts';
import { silentProgress, type Progress } from './progress.ts';
import { planOf, resolveSteps } from './plan.ts';
import { failuresToReplay, recordFailures, type FailedCapture, type TaskLimits } from './replay.ts';
import { amendParts, assembleWith, failedSummary, stepsOf, type Assembly, type CaptureSummary, type Placement, type Plan } from './steps.ts';
import type { TaskResult } from './worker.ts';

export type { Assembly, Placement } from './steps.ts';

export interface Shard {
  index: number;
  count: number;
}

export interface CollectOptions {
  raw: string;
  cacheDir: string;
  /** Which optional steps run, and their options (pagepress.config.json's `steps`); none when not given. */
  config?: Pick<DatasetConfig, 'steps'>;
  /** Worker threads, and captures in flight (0: one at a time in this thread, no time limit). */
  threads?: number;
  timeoutMs?: number;
  maxContentBytes?: number;
  progress?: Progress;
  shard?: Shard;
  /** A file listing the captures to process (paths relative to raw, one a line), as crawls ship them. */
  list?: string;
  /** The module worker threads run (tests substitute one that misbehaves on purpose). */
  workerFile?: URL;
  /** Heap limits of pool workers and of the worker that retries a capture too big for them (defaults for those not given). */
  workerHeapMb?: Partial<WorkerHeapMb>;
  /** Captures not to run but to report as they failed before, when their bytes are the same (see replay.ts). */
  replay?: ReadonlyMap<string, FailedCapture>;
  /** The plan of `config`'s steps when the caller has it already (it hashes every step's code). */
  plan?: Plan;
}

export interface BuildOptions extends Omit<CollectOptions, 'cacheDir'> {
  out: string;
  config: DatasetConfig;
  /** null: a throw-away cache in the temporary folder. */
  cacheDir?: string | null;
  /** Publish nothing when any capture was rejected or a listed capture is missing. */
  strict?: boolean;
  /** Told how long each part of the build took (see spans.ts). */
  onSpan?: OnSpan;
}

export interface BuildResult {
  report: BuildReport;
  outcome: WriteOutcome;
  versionDir: string;
}

/** A --strict build or merge that met a rejected or missing capture: nothing was written. */
export class StrictFailure extends UserFacingError {
  constructor(
    readonly report: BuildReport,
    /** The problems that failed it: every rejected capture and every listed one that is missing. */
    readonly failures: Problem[],
    consequence: string,
  ) {
    const n = failures.length;
    super(
      `--strict: ${n} capture${n === 1 ? ' was' : 's were'} rejected or missing, so ${consequence}; fix or remove ${n === 1 ? 'it' : 'them'} and run again`,
    );
  }
}

/** Throws StrictFailure when `strict` is set and the report holds an error (a capture that produced no document). */
export function refuseWhenStrict(report: BuildReport, strict: boolean | undefined, consequence: string): void {
  if (!strict) return;
  // Errors are exactly the captures that produced nothing (rejected, no article, timeouts, listed but missing).
  const failures = report.problems.filter((p) => p.severity === 'error');
  if (failures.length > 0) throw new StrictFailure(report, failures, consequence);
}

/** Which shard a path belongs to: by hash, so slices are even and stable across machines. */
export function shardOf(path: string, count: number): number {
  return createHash('sha256').update(path).digest().readUInt32BE(0) % count;
}

export interface Collected {
  /** The steps that ran, with their cache keys. */
  plan: Plan;
  summaries: CaptureSummary[];
  skipped: Problem[];
  /** The captures whose task was stopped or lost (timeout, out of memory, crashed worker), this time or replayed. */
  failures: FailedCapture[];
  /** The SHA-256 of every web archive read, whose record of summaries (ArchiveRecord) a rebuild takes. */
  archives: string[];
}

async function readList(path: string): Promise<Set<string>> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UserFacingError(`${path}: cannot read the list of captures`);
  });
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  );
}

async function assertFolder(path: string, what: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info?.isDirectory()) throw new UserFacingError(`${path}: no such folder of ${what}`);
}

/** A folder without a single capture is a mistake (a wrong --raw, files not copied yet), not an empty dataset. */
export function assertHoldsCaptures(raw: string, found: Discovered): void {
  if (found.files.length > 0) return;
  const passedOver =
    found.skipped.length === 0
      ? ''
      : ` (${found.skipped.length} other path${found.skipped.length === 1 ? '' : 's'} passed over, e.g. ${found.skipped[0].path}: ${found.skipped[0].message})`;
  throw new UserFacingError(
    `${raw.replace(/\/+$/, '')}/ holds no captures (${CAPTURE_EXTENSIONS_DESCRIBED})${passedOver}; put saved pages there or point --raw at them`,
  );
}

/**
 * Bytes of captures left to run that make one more worker worth starting. A worker spends about
 * 2 s of CPU loading the pipeline before its first capture (measured: the 10 captures of a
 * 1%-touched rebuild of 1,000 took 4.9 s of CPU on one worker and 6.9 s on two), about what 1.5 MB
 * of captures cost to run; with 8 MB a worker each, start-up stays under a fifth of the work.
 */
export const BYTES_PER_WORKER = 8 * 1024 * 1024;

/**
 * A capture's bytes as work: a compressed capture (`.gz`, `.warc.gz`) counts at the size it inflates
 * to, about four times its own for web pages (HTML and text compress 3–6×). Counted by their size on
 * disk, 200 dev pages of which 76 were gzipped came to 5.3 MB for 14 MB of pages, and the build ran
 * them on one worker, leaving the second core idle.
 */
export function workBytes(path: string, size: number): number {
  return /\.gz$/iu.test(path) ? size * COMPRESSION_RATIO : size;
}
const COMPRESSION_RATIO = 4;

/**
 * The captures `left` (indices) in the order they are sent to the workers: the most work first (a
 * compressed capture by its inflated size, see workBytes), so the long captures start while there is
 * other work for the rest of the workers, instead of one of them ending the build alone while the
 * others wait. Ties keep the listing order. `work[k]` is the work of `left[k]`.
 */
export function largestFirst(left: readonly number[], work: readonly number[]): number[] {
  return [...left.keys()].sort((a, b) => work[b]! - work[a]! || left[a]! - left[b]!).map((k) => left[k]!);
}

/** How many workers to start for `bytes` of captures left to run: up to `threads`, at least one (0 stays 0: this thread). */
export function workersFor(threads: number, bytes: number): number {
  if (threads <= 0) return threads;
  return Math.min(threads, Math.max(1, Math.ceil(bytes / BYTES_PER_WORKER)));
}

/** Runs every capture under `raw` through the stages into the cache; returns one summary each. */
export async function collect(options: CollectOptions): Promise<Collected> {
  await assertFolder(options.raw, 'captures (give one with --raw)');
  const plan = options.plan ?? planOf(resolveSteps(options.config));
  const maxContentBytes = options.maxContentBytes ?? DEFAULT_LIMITS.maxContentBytes;
  const found = await discover(options.raw);
  // The whole folder, not the shard: a small corpus may leave a shard's slice empty.
  assertHoldsCaptures(options.raw, found);
  const listed = options.list ? await readList(options.list) : null;
  if (listed?.size === 0) throw new UserFacingError(`${options.list} names no captures; list paths relative to ${options.raw}, one a line`);
  // With a list, the list is the slice (as crawls hand out lists of WARC files); otherwise a shard
  // is the captures whose path hashes to it.
  const inShard = (path: string) => (listed ? listed.has(path) : !options.shard || shardOf(path, options.shard.count) === options.shard.index);
  const files = found.files.filter(inShard);
  const available = new Set(found.files);
  const missing = listed ? [...listed].filter((path) => !available.has(path)).sort() : [];
  const skipped: Problem[] = found.skipped
    .filter((s) => inShard(s.path))
    .map((s) => ({ path: s.path, stage: 'discover', code: s.code, severity: 'warning', message: s.message }));
  for (const path of missing) {
    skipped.push({
      path,
      stage: 'discover',
      code: 'listed_missing',
      severity: 'error',
      message: `listed in ${options.list} but not a capture file under ${options.raw}`,
    });
  }

  const index = (await readJson<StatIndex>(statIndexPath(options.cacheDir))) ?? {};
  const progress = options.progress ?? silentProgress;
  progress.start(files.length, 'build', 'captures');
  const results: TaskResult[] = new Array(files.length);
  const failures: FailedCapture[] = [];
  const fileOf = (path: string, info: { size: number; mtimeMs: number } | null, sha256: string | null) => ({
    path,
    size: info?.size ?? 0,
    mtimeMs: info?.mtimeMs ?? 0,
    sha256,
  });
  const knownHash = (path: string, info: { size: number; mtimeMs: number } | null) => {
    const known = index[path];
    return info && known && known.size === info.size && known.mtimeMs === info.mtimeMs ? known.sha256 : null;
  };
  let executor: ReturnType<typeof createExecutor> | null = null;
  let poolThreads = 0;
  const executorFor = (threads: number) =>
    createExecutor({ threads, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, workerFile: options.workerFile, heapMb: options.workerHeapMb });
  try {
    // First, the size of every capture and whether the stat index vouches for it.
    const infos: ({ size: number; mtimeMs: number } | null)[] = new Array(files.length).fill(null);
    const answer = pLimit(16);
    await Promise.all(
      files.map((path, i) =>
        answer(async () => {
          infos[i] = await stat(join(options.raw, path)).catch(() => null);
        }),
      ),
    );
    // How much work each capture is (workBytes), for the pool's size and the order captures go out in.
    const work = files.map((path, i) => workBytes(path, infos[i]?.size ?? 0));
    // The pool starts now, sized to the captures that go to a worker whatever the cache holds (those
    // the stat index does not vouch for, and web archives), so each worker loads the pipeline (about
    // 0.6 s of CPU, 1-2 s of wall time) while this thread reads the summaries of the rest (on a
    // rebuild of 1,000 captures, most of the 3.7 s of CPU that collect spends).
    const threadsAsked = options.threads ?? defaultThreads();
    const surelyRun = files.reduce((sum, path, i) => (options.replay?.has(path) || knownHash(path, infos[i]) ? sum : sum + work[i]!), 0);
    if (surelyRun > 0) {
      poolThreads = workersFor(threadsAsked, surelyRun);
      executor = executorFor(poolThreads);
    }
    // Then, in this thread, every capture the stat index vouches for whose summary an earlier build
    // kept (a web archive's: the summaries of all its captures, see ArchiveRecord): nothing to run,
    // and nothing for a worker to read.
    await Promise.all(
      files.map((path, i) =>
        answer(async () => {
          const info = infos[i];
          const knownSha256 = knownHash(path, info);
          if (!knownSha256 || options.replay?.has(path)) return;
          if (isWebArchivePath(path)) {
            const record = await readArchiveRecord(options.cacheDir, plan, { sha256: knownSha256, path, maxContentBytes });
            if (!record) return;
            results[i] = { file: fileOf(path, info, knownSha256), summaries: record.summaries, notes: record.notes };
            progress.begin(path);
            progress.tick(path);
            return;
          }
          const stored = await readSummary(options.cacheDir, plan, knownSha256);
          // Under a lower size limit than it was made under, a worker reads the file again and refuses it.
          if (!stored || !withinLimit(info!.size, stored.contentBytes, maxContentBytes)) return;
          const { drop, facts, notes, counts } = stored;
          // In the worker's own field order, so a partial result written from it is the same bytes.
          results[i] = {
            file: fileOf(path, info, knownSha256),
            summaries: [{ path, sha256: knownSha256, problem: null, drop, facts, notes, counts }],
            notes: [],
          };
          progress.begin(path);
          progress.tick(path);
        }),
      ),
    );
    const left = [...files.keys()].filter((i) => !results[i]);
    const threads = workersFor(
      threadsAsked,
      left.reduce((sum, i) => sum + work[i]!, 0),
    );
    // Vouched captures whose summary is gone need more workers than the early pool has (rare: the
    // summaries were removed and the stat index kept); that pool has run nothing yet. With nothing
    // left, no worker starts at all (a republish from the cache).
    if (left.length > 0 && (!executor || poolThreads < threads)) {
      await executor?.close();
      poolThreads = threads;
      executor = executorFor(threads);
    }
    const run = executor!;
    // Two tasks in flight per worker: when a worker hands back a capture its next one is already
    // queued in the pool, so it does not sit idle while this thread stats the next file and sends
    // it (on a loaded machine this thread waits for a core too). A task's time limit starts when a
    // worker starts it (timed-worker.ts), so time spent queued does not count against it.
    const limit = pLimit(Math.max(1, 2 * poolThreads));
    const order = largestFirst(
      left,
      left.map((i) => work[i]!),
    );
    await Promise.all(
      order.map((i) =>
        limit(async () => {
          const path = files[i];
          // Again as the task starts, so the stat index never pairs a hash with a later state of the file.
          const info = await stat(join(options.raw, path)).catch(() => null);
          progress.begin(path);
          const knownSha256 = knownHash(path, info);
          const earlier = options.replay?.get(path);
          const sha256 = earlier ? (knownSha256 ?? (await sha256OfFile(join(options.raw, path)))) : null;
          if (earlier && sha256 === earlier.sha256) {
            results[i] = { file: fileOf(path, info, sha256), summaries: [failedSummary(path, earlier.problem)], notes: [] };
            failures.push(earlier);
          } else {
            const task = {
              root: options.raw,
              path,
              knownSha256,
              cacheDir: options.cacheDir,
              plan,
              maxContentBytes,
            };
            const stopped = run.failed.length;
            results[i] = await run.run(task);
            if (run.failed.length > stopped && run.failed.includes(task)) {
              // Stopped or lost: hashed here (its worker never said), so the stat index vouches for
              // it (an unchanged rebuild can take the fast path) and a rebuild can replay it.
              const hashed = knownSha256 ?? (await sha256OfFile(join(options.raw, path)));
              const now = await stat(join(options.raw, path)).catch(() => null);
              const same = hashed && info && now && now.size === info.size && now.mtimeMs === info.mtimeMs;
              if (same) {
                results[i] = { ...results[i], file: fileOf(path, info, hashed) };
                failures.push({ path, sha256: hashed, problem: results[i].summaries[0].problem! });
              }
            }
          }
          progress.tick(path);
        }),
      ),
    );
  } finally {
    progress.done();
    await executor?.close();
  }
  // A capture stopped at its time limit (or whose worker died) keeps nothing in the cache, unless
  // the same bytes were made into a document under another path in this build.
  const made = new Set(results.flatMap((r) => r.summaries.filter((s) => !s.problem && s.sha256).map((s) => s.sha256!)));
  const hashedFailures = new Map(failures.map((f) => [f.path, f.sha256]));
  for (const task of executor?.failed ?? []) await forgetCapture({ ...task, knownSha256: task.knownSha256 ?? hashedFailures.get(task.path) ?? null }, made);
  const nextIndex: StatIndex = { ...index };
  for (const { file } of results) if (file.sha256) nextIndex[file.path] = { size: file.size, mtimeMs: file.mtimeMs, sha256: file.sha256 };
  await writeJsonAtomically(statIndexPath(options.cacheDir), nextIndex);
  return {
    plan,
    summaries: results.flatMap((r) => r.summaries),
    skipped: [...skipped, ...results.flatMap((r) => r.notes)],
    failures: failures.sort((a, b) => (a.path < b.path ? -1 : 1)),
    archives: results.flatMap(({ file }) => (file.sha256 && isWebArchivePath(file.path) ? [file.sha256] : [])),
  };
}

/** The corpus steps of `plan` (by default: of the default config) over every capture's summary. */
export function assemble(summaries: CaptureSummary[], skipped: Problem[], plan?: Plan): Assembly {
  return assembleWith(plan ? stepsOf(plan) : resolveSteps(), summaries, skipped);
}

/** The build report of an assembly: what a build, a shard and a merge report alike. */
export function reportOf(config: DatasetConfig, assembly: Assembly): BuildReport {
  return { dataset: config.name, version: config.version, counts: assembly.counts, problems: assembly.problems };
}

/** Loads a placement's cached records, as every document step left them, with what the corpus steps marked on it. */
export async function loadPlaced(cacheDir: string, plan: Plan, placement: Placement): Promise<Partial<Parts>> {
  const parts: Partial<Parts> = {};
  for (const { step, key } of stepsOf(plan)) {
    if (step.kind !== 'document') continue;
    const entry = await readJson<Outcome>(entryPath(cacheDir, step.name, key, placement.sha256));
    if (!entry) throw new Error(`cache entry for ${placement.path} disappeared during the build`);
    Object.assign(parts, entry.parts);
  }
  return amendParts(stepsOf(plan), parts, placement);
}

/**
 * Publishes an assembly as `out/<version>`: written to a temporary folder, then renamed.
 * `usedFragments`, when given, collects the fragment files publishing read or wrote (cache-uses.ts).
 */
export async function publish(
  assembly: Assembly,
  cacheDir: string,
  plan: Plan,
  config: DatasetConfig,
  out: string,
  writerOptions: WriterOptions = {},
  usedFragments: Set<string> | null = null,
): Promise<WriteOutcome> {
  const report = reportOf(config, assembly);
  const target = join(out, config.version);
  // The build's date, or the one a rebuild of a published version finds recorded in it.
  const released = await releaseDate(target);
  const temporary = temporaryDirFor(out, config.version);
  await mkdir(out, { recursive: true });
  await rm(temporary, { recursive: true, force: true });
  const forget = removeOnInterrupt(temporary);
  // Known to the catch below, which closes its files when anything after this fails.
  let opened: DatasetWriter | null = null;
  try {
    const writer = await DatasetWriter.create(temporary, writerOptions);
    opened = writer;
    const onSpan = writerOptions.onSpan;
    // Documents the workers serialised (or an earlier build, from the same inputs) are copied, not re-serialised.
    const fragments = fragmentStore(cacheDir, usedFragments);
    await timed(onSpan, 'documents', async () => {
      for (const placement of assembly.placements) {
        await writer.addCached(fragments, placedFragmentKey(plan, placement), async () => {
          const { document, claims, blocks } = await loadPlaced(cacheDir, plan, placement);
          if (!document) throw new Error(`no step of the pipeline made a document of ${placement.path}`);
          return { document, claims: claims ?? [], blocks: blocks ?? [] };
        });
      }
    });
    const previous = await previousVersion(out, config.version);
    await writer.finish(config, released, report, [
      (dir, digests) => timed(onSpan, 'parquet', () => writeParquet(dir, digests)),
      (dir, digests) => timed(onSpan, 'changes', () => writeChanges(dir, previous, config.version, cacheDir, writer.index, digests)),
      (dir, digests) =>
        timed(onSpan, 'croissant and citation', async () => [
          ...(await writeCroissant(dir, config, released, digests)),
          ...(await writeCitation(dir, config, released)),
        ]),
    ]);
    const existing = await timed(onSpan, 'compare with published', () => compareWithExisting(temporary, target)).catch(async (error: unknown) => {
      if (!(error instanceof VersionExistsError)) throw error;
      const changes = await diffVersions(target, config.version, temporary, config.version);
      const suggestion =
        changes.bump === 'none'
          ? null
          : `What changed is a ${changes.bump} change (${changes.reasons.join('; ')}): set "version" to ${nextVersion(config.version, changes.bump)}.`;
      throw new VersionExistsError(error.target, error.changes, suggestion);
    });
    if (existing === 'unchanged') {
      await rm(temporary, { recursive: true, force: true });
      return 'unchanged';
    }
    await rename(temporary, target);
    return 'written';
  } catch (error) {
    await opened?.abort();
    await rm(temporary, { recursive: true, force: true });
    throw error;
  } finally {
    forget();
  }
}

/** The newest published version under `out` older than `version`, if any. */
export async function previousVersion(out: string, version: string): Promise<{ name: string; dir: string } | null> {
  const key = (v: string) => v.split('.').map(Number);
  const older = (a: string, b: string) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  const names = (await readdir(out).catch(() => [] as string[])).filter((n) => /^\d+\.\d+\.\d+$/.test(n) && older(n, version) < 0).sort(older);
  const name = names[names.length - 1];
  return name ? { name, dir: join(out, name) } : null;
}

/** Where the cache keeps the index of a version's tables (see VersionIndex), by versionIndexKey. */
const versionIndexPath = (cacheDir: string, key: string) => join(cacheDir, 'versions', `${key}.json`);

/**
 * The index of a published version's tables, when the cache has it: looked up by the digests its
 * SHA256SUMS gives for them, and taken only if every table file still has the size it was written with.
 */
async function publishedIndex(cacheDir: string, dir: string): Promise<VersionIndex | null> {
  const sums = await readFile(join(dir, CHECKSUM_FILE), 'utf8').catch(() => null);
  if (sums === null) return null;
  const stored = await readJson<{ sizes: [string, number][]; index: unknown }>(versionIndexPath(cacheDir, versionIndexKey(parseSha256Sums(sums).entries)));
  if (!stored) return null;
  const tableFiles = (await readdir(dir)).filter(isTableFile);
  const sizes = new Map(stored.sizes);
  if (tableFiles.length !== sizes.size) return null;
  for (const file of tableFiles) if ((await stat(join(dir, file)).catch(() => null))?.size !== sizes.get(file)) return null;
  return versionIndexFromJson(stored.index);
}

async function writeChanges(
  dir: string,
  previous: { name: string; dir: string } | null,
  version: string,
  cacheDir: string,
  index: VersionIndex,
  digests: Digests,
): Promise<string[]> {
  // This version's index goes into the cache for the next version's changelog; the previous
  // version's comes from there when an earlier build left it, so its tables are not read again.
  const key = versionIndexKey([...digests].map(([name, digest]) => [name, digest.sha256]));
  const sizes: [string, number][] = [];
  for (const file of (await readdir(dir)).filter(isTableFile)) sizes.push([file, (await stat(join(dir, file))).size]);
  await writeJsonAtomically(versionIndexPath(cacheDir, key), { sizes, index: versionIndexJson(index) });
  const old = previous ? await publishedIndex(cacheDir, previous.dir) : null;
  const changes = await diffVersions(previous?.dir ?? null, previous?.name ?? null, dir, version, { old, new: index });
  await writeFile(join(dir, 'changes.json'), `${JSON.stringify(changes, null, 2)}\n`);
  await writeFile(join(dir, 'CHANGELOG.md'), renderChangelog(changes));
  return ['changes.json', 'CHANGELOG.md'];
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  await assertFolder(options.raw, 'captures (give one with --raw)');
  const lock = await acquireLock(options.out);
  const throwaway = options.cacheDir ? null : await mkdtemp(join(tmpdir(), 'pagepress-cache-'));
  const cacheDir = options.cacheDir ?? throwaway!;
  const forgetCache = throwaway ? removeOnInterrupt(throwaway) : () => {};
  const versionDir = join(options.out, options.config.version);
  try {
    await removeStaleTemporaries(options.out);
    // Once per build: the fingerprints, the replay record and the workers all take this one.
    const plan = planOf(resolveSteps(options.config));
    // Whole builds only: a shard or a list is a different set of inputs from the published version.
    const fastPath = !throwaway && !options.shard && !options.list && !options.workerFile;
    const fingerprint = () => inputFingerprint(options.raw, options.out, cacheDir, options.config, plan);
    const before = fastPath ? await timed(options.onSpan, 'fingerprint', fingerprint) : null;
    const unchanged = await unchangedReport(cacheDir, options.out, options.config, before);
    // A version once built from an empty folder is no reason to skip the check that it is empty.
    if (unchanged && unchanged.counts.files > 0) {
      refuseWhenStrict(unchanged, options.strict, `${versionDir}, published earlier without --strict from these same captures, does not pass`);
      return { report: unchanged, outcome: 'unchanged', versionDir };
    }
    const limits: TaskLimits = {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      roomyHeapMb: options.workerHeapMb?.roomy ?? DEFAULT_WORKER_HEAP_MB.roomy,
    };
    // A rebuild of a published version reports the captures that failed in it as they failed,
    // rather than run them again (see replay.ts). Whole builds with a kept cache only.
    const wholeBuild = !throwaway && !options.shard && !options.list;
    const replay = wholeBuild ? await failuresToReplay(cacheDir, options.out, options.config.version, plan, limits) : undefined;
    const collected = await timed(options.onSpan, 'collect', () => collect({ ...options, cacheDir, replay, plan }));
    const assembly = assemble(collected.summaries, collected.skipped, collected.plan);
    const report = reportOf(options.config, assembly);
    // Before publishing: a published version is never rewritten, so the retry after a fix must find none.
    refuseWhenStrict(report, options.strict, `nothing was written to ${options.out}`);
    const usedFragments = new Set<string>();
    const outcome = await publish(assembly, cacheDir, collected.plan, options.config, options.out, { onSpan: options.onSpan }, usedFragments);
    await timed(options.onSpan, 'record', async () => {
      // What this build needs again, for `pagepress cache prune` (never for a throwaway cache).
      if (!throwaway) await recordUse(cacheDir, { raw: options.raw, out: options.out, slice: sliceOf(options) }, collected, usedFragments);
      if (wholeBuild) await recordFailures(cacheDir, options.out, options.config.version, collected.plan, limits, collected.failures);
      // Fingerprinted after the build, when the stat index vouches for every file it read.
      const after = fastPath ? await fingerprint() : null;
      if (after) await recordPublished(cacheDir, options.out, options.config, after, report);
    });
    return { report, outcome, versionDir };
  } finally {
    forgetCache();
    if (throwaway) await rm(throwaway, { recursive: true, force: true });
    await lock.release();
  }
}
