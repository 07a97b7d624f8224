// Version keys for the cache: a hash of the source files of each stage (and of everything they
// build on, and of the exact dependency set), so a change to a stage's code invalidates that
// stage's cached results and what follows, without anybody having to remember to bump a number.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PIPELINE = dirname(dirname(fileURLToPath(import.meta.url)));
const PROJECT = dirname(PIPELINE);

function hashTree(hash: ReturnType<typeof createHash>, path: string): void {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return;
  if (info.isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name));
  } else if (/\.(ts|json)$/.test(path)) {
    hash.update(relative(PROJECT, path)).update('\0').update(readFileSync(path)).update('\0');
  }
}

function keyOf(parts: string[], upstream = ''): string {
  const hash = createHash('sha256').update(upstream);
  for (const part of parts) hashTree(hash, join(PROJECT, part));
  return hash.digest('hex').slice(0, 16);
}

export interface StageKeys {
  /** ingest + clean + metadata: the document record without claims. */
  document: string;
  /** document key + claims. */
  claims: string;
}

let cached: StageKeys | null = null;

export function stageKeys(): StageKeys {
  if (cached) return cached;
  const foundation = ['package-lock.json', 'pipeline/records', 'pipeline/ingest', 'pipeline/run/process.ts', 'pipeline/errors.ts'];
  const document = keyOf([...foundation, 'pipeline/clean', 'pipeline/metadata']);
  const claims = keyOf(['pipeline/claims'], document);
  cached = { document, claims };
  return cached;
}
