// The result cache: per capture (by the SHA-256 of its bytes) and per stage key, the document
// record and the claims, as JSON files written atomically. Also the stat index that lets an
// unchanged rebuild skip re-reading and re-hashing files whose size and mtime have not changed.
import { mkdir, readFile, rename, writeFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ClaimRecord } from '../records/claim.ts';
import type { DocumentRecord } from '../records/document.ts';
import type { BlockRecord } from '../records/block.ts';

export interface DocumentEntry {
  document: DocumentRecord;
  /** The cleaner's blocks, kept and dropped, for the audit view. */
  blocks: BlockRecord[];
  /** MinHash signature of the clean text (null when too short), for near-duplicate detection. */
  signature: number[] | null;
}

export interface ClaimsEntry {
  claims: ClaimRecord[];
}

export const documentEntryPath = (cacheDir: string, key: string, sha256: string) => join(cacheDir, 'documents', key, sha256.slice(0, 2), `${sha256}.json`);
export const claimsEntryPath = (cacheDir: string, key: string, sha256: string) => join(cacheDir, 'claims', key, sha256.slice(0, 2), `${sha256}.json`);

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
