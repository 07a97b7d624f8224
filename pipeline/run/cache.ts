// The result cache: per capture (by the SHA-256 of its bytes), per step and step key, what the step
// made of it, as JSON files written atomically. Also the stat index that lets an
// unchanged rebuild skip re-reading and re-hashing files whose size and mtime have not changed.
import { mkdir, readFile, rename, writeFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Entry, EntryStore } from './steps.ts';

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

export async function writeJsonAtomically(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** path → what its bytes hashed to when it had this size and mtime. */
export type StatIndex = Record<string, { size: number; mtimeMs: number; sha256: string }>;

export const statIndexPath = (cacheDir: string) => join(cacheDir, 'stat-index.json');
