// Version keys for the cache: a hash of the source files of each stage (and of everything they
// build on, and of the exact dependency set), so a change to a stage's code invalidates that
// stage's cached results and what follows, without anybody having to remember to bump a number.
// The code is what runs: pipeline/*.ts in the clone, lib/*.js in the installed package.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CODE_EXTENSION, CODE_ROOT, dependencyVersions, LOCK_FILE, packageJson, PROJECT_ROOT } from '../package-layout.ts';

const CODE_FILE = new RegExp(`\\${CODE_EXTENSION}$|\\.json$`);

function hashTree(hash: ReturnType<typeof createHash>, path: string): void {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return;
  if (info.isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name));
  } else if (CODE_FILE.test(path)) {
    hash.update(relative(PROJECT_ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
  }
}

/** The exact dependency set: the clone's lock file, or, in an installed package (which has none), its version and its dependencies' installed versions. */
function hashDependencies(hash: ReturnType<typeof createHash>): void {
  if (existsSync(LOCK_FILE)) hashTree(hash, LOCK_FILE);
  else hash.update(JSON.stringify({ pagepress: packageJson().version, dependencies: dependencyVersions() })).update('\0');
}

/** `parts` are paths under the code folder, modules without their extension. */
function keyOf(parts: string[], upstream = '', dependencies = false): string {
  const hash = createHash('sha256').update(upstream);
  if (dependencies) hashDependencies(hash);
  for (const part of parts) {
    const module = join(CODE_ROOT, `${part}${CODE_EXTENSION}`);
    hashTree(hash, existsSync(module) ? module : join(CODE_ROOT, part));
  }
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
  const document = keyOf(['records', 'ingest', 'run/process', 'errors', 'text', 'lexicon', 'clean', 'metadata'], '', true);
  const claims = keyOf(['claims'], document);
  cached = { document, claims };
  return cached;
}
