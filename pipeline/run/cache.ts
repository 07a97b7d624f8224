// The result cache: per capture (by the SHA-256 of its bytes), per step and step key, what the step
// made of it, as JSON files written atomically. Also the stat index that lets an
// unchanged rebuild skip re-reading and re-hashing files whose size and mtime have not changed.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isWebArchivePath } from '../ingest/decode.ts';
import type { Problem } from '../records/report.ts';
import { writeFileAtomically } from '../publish/files.ts';
import { stepsOf, type CaptureSummary, type Entry, type EntryStore, type Plan } from './steps.ts';

/**
 * SHA-256 of a file's bytes, read as a stream (a web archive, or a capture too large to process, may
 * not fit in memory), or null when it cannot be read (gone since it was listed).
 */
export async function sha256OfFile(path: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return null;
  }
  return hash.digest('hex');
}

export const entryPath = (cacheDir: string, step: string, key: string, sha256: string) =>
  join(cacheDir, 'steps', step, key, sha256.slice(0, 2), `${sha256}.json`);

/** The cache folder as the step runner's store. */
export const cacheStore = (cacheDir: string): EntryStore => ({
  get: (step, key, sha256) => readJson<Entry>(entryPath(cacheDir, step, key, sha256)),
  put: (step, key, sha256, entry) => writeJsonAtomically(entryPath(cacheDir, step, key, sha256), entry),
});

export async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    // Missing or damaged (a build killed mid-write leaves no partial file, but be forgiving): a miss.
    return null;
  }
}

/**
 * readJson read synchronously, for the small files a rebuild reads for every capture, where
 * fs/promises' round trips to the thread pool cost several times the CPU (FragmentStore.read).
 */
export function readJsonSync<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** `value` as JSON at `path`, written atomically (see writeFileAtomically). */
export async function writeJsonAtomically(path: string, value: unknown): Promise<void> {
  await writeFileAtomically(path, JSON.stringify(value));
}

/**
 * What the steps of a plan made of a capture, without its path (CaptureSummary less path and
 * problem), kept so that a rebuild learns it without sending the capture to a worker that would
 * read and parse every step's entry again. Only captures that made something are kept.
 */
export type StoredSummary = Omit<CaptureSummary, 'path' | 'problem'> & {
  /**
   * The capture's decoded size (its document's `content_bytes`; null when the plan makes no
   * document): the size limit is checked on the bytes, which a summary taken from the cache never
   * reads, so a rebuild under a lower `--max-mb` compares against this (withinLimit) instead.
   */
  contentBytes: number | null;
};

/**
 * Whether a capture the cache knows may be taken from it under `maxContentBytes`: as readCapture
 * and decodeCapture would judge its bytes (the file's size and its decoded size), so a rebuild
 * with a lower limit refuses what a cold build refuses. An unknown decoded size is read again.
 */
export const withinLimit = (fileBytes: number, contentBytes: number | null | undefined, maxContentBytes: number): boolean =>
  fileBytes <= maxContentBytes && typeof contentBytes === 'number' && contentBytes <= maxContentBytes;

/** Plan → its key: a build asks for it once per capture with the same plan object, so it is hashed once. */
const planKeys = new WeakMap<Plan, string>();

export function planKey(plan: Plan): string {
  let key = planKeys.get(plan);
  if (key === undefined) {
    key = createHash('sha256').update(JSON.stringify(plan)).digest('hex').slice(0, 32);
    planKeys.set(plan, key);
  }
  return key;
}

export const summaryPath = (cacheDir: string, plan: Plan, sha256: string) => join(cacheDir, 'summaries', planKey(plan), sha256.slice(0, 2), `${sha256}.json`);

/**
 * What a worker made of a web archive under a plan: a summary per record (in the archive's order;
 * a record that could not be read keeps its problem) and the notes about the archive as a whole.
 * Kept so that a rebuild that finds the archive unchanged takes its captures' summaries without
 * sending it to a worker: a republish of 1,000 realistic captures, three of them archives, started a
 * worker and loaded the pipeline for nothing else (3.2 s of CPU, 23 s of wall time on the loaded machine).
 */
export interface ArchiveRecord {
  sha256: string;
  /**
   * The archive's path and the size limit it was read under: its captures' paths (`<archive>#<n>`)
   * and its notes name the archive, and the limit decides which records are refused, so a record
   * made under another name (a copy of the same bytes) or limit is not this build's answer.
   */
  path: string;
  maxContentBytes: number;
  summaries: CaptureSummary[];
  notes: Problem[];
}

/** Beside the summaries, named after the archive file's hash (a different name: a capture of the same bytes has its own summary). */
export const archiveRecordPath = (cacheDir: string, plan: Plan, sha256: string) =>
  join(cacheDir, 'summaries', planKey(plan), sha256.slice(0, 2), `${sha256}.warc.json`);

/**
 * The summaries and notes of a web archive under `plan`, as a worker gave them, or null: also null
 * when the stored summary of one of its captures is gone or unusable (readSummary), which a worker
 * then makes again.
 */
export async function readArchiveRecord(
  cacheDir: string,
  plan: Plan,
  { sha256, path, maxContentBytes }: Pick<ArchiveRecord, 'sha256' | 'path' | 'maxContentBytes'>,
): Promise<ArchiveRecord | null> {
  const record = readJsonSync<ArchiveRecord>(archiveRecordPath(cacheDir, plan, sha256));
  if (!record || record.sha256 !== sha256 || record.path !== path || record.maxContentBytes !== maxContentBytes) return null;
  const summaries: CaptureSummary[] = [];
  for (const summary of record.summaries) {
    if (summary.problem || !summary.sha256) {
      summaries.push(summary);
      continue;
    }
    const stored = await readSummary(cacheDir, plan, summary.sha256);
    if (!stored) return null;
    // In the worker's own field order (worker.ts's summarise), so a partial result written from it is the same bytes.
    const { drop, facts, notes, counts } = stored;
    summaries.push({ path: summary.path, sha256: summary.sha256, problem: null, drop, facts, notes, counts });
  }
  return { sha256, path, maxContentBytes, summaries, notes: record.notes };
}

/**
 * The stored summary of a capture under `plan`, or null: also null when an entry of a step it
 * came from has gone from the cache, since publishing may have to read them.
 */
export async function readSummary(cacheDir: string, plan: Plan, sha256: string): Promise<StoredSummary | null> {
  // Read and tested synchronously (readJsonSync): a rebuild does this for every capture.
  const summary = readJsonSync<StoredSummary>(summaryPath(cacheDir, plan, sha256));
  if (!summary || summary.sha256 !== sha256) return null;
  // The entries of steps that did not run (a capture dropped before them) are not there to find.
  if (summary.drop) return summary;
  for (const { step, key } of stepsOf(plan)) {
    // Only document steps and corpus steps that gather leave an entry per capture (as runSteps takes them).
    if (step.kind !== 'document' && !step.gather) continue;
    if (!existsSync(entryPath(cacheDir, step.name, key, sha256))) return null;
  }
  return summary;
}

/** path → what its bytes hashed to when it had this size and mtime. */
export type StatIndex = Record<string, { size: number; mtimeMs: number; sha256: string }>;

export const statIndexPath = (cacheDir: string) => join(cacheDir, 'stat-index.json');

/**
 * Removes what a capture left in the cache when its task failed (stopped at its time limit, out of
 * memory, a crashed worker): the entries of the steps that finished before (a huge page's document
 * can be hundreds of MB) and files half written when the worker was stopped. A capture reported as
 * failed keeps nothing; `keep` names the contents (SHA-256) other paths made documents of in the
 * same build. Web archives are left alone: their other captures' entries are sound.
 */
export async function forgetCapture(
  task: { root: string; path: string; knownSha256: string | null; cacheDir: string; plan: Plan },
  keep: ReadonlySet<string>,
): Promise<void> {
  if (isWebArchivePath(task.path)) return;
  const sha256 = task.knownSha256 ?? (await sha256OfFile(join(task.root, task.path)));
  if (!sha256 || keep.has(sha256)) return;
  for (const { name, key } of task.plan) {
    const folder = dirname(entryPath(task.cacheDir, name, key, sha256));
    const names = await readdir(folder).catch(() => [] as string[]);
    // The entry and any temporary file of it (writeJsonAtomically names them after the entry).
    for (const file of names) if (file.startsWith(`${sha256}.json`)) await rm(join(folder, file), { force: true });
  }
  await rm(summaryPath(task.cacheDir, task.plan, sha256), { force: true });
}
