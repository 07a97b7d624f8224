// Versions for the cache: a step's version is a hash of its code — its own module and every module
// and data file that module imports, followed transitively — so a change to the code a step runs
// invalidates that step's cached results (and, through the chained keys, what follows), without
// anybody listing folders or remembering to bump a number. The dependency set (lock file) is the
// root of every chain. The code is what runs: pipeline/*.ts in the clone, lib/*.js in the package.
// Compiled code (lib/) does not hash at run time: scripts/compile.mjs hashes each step module's
// TypeScript closure once into lib/step-versions.json, and a compiled run reads that; a step module
// it does not list (one outside pipeline/steps/) is hashed as it runs. Hashing the sources at build
// time gives the versions a tsx run of the same sources gives, so the clone keys one cache alike.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { CODE_ROOT, COMPILED, dependencyVersions, LOCK_FILE, packageJson } from '../package-layout.ts';

// Static imports and re-exports (`import … from '…'`, `export … from '…'`), side-effect imports and
// dynamic imports with a literal specifier. Only relative specifiers are followed: packages are
// covered by the dependency set. A match inside a comment can only add a file, never lose one.
const IMPORT = /\b(?:import|export)\b[^'";]*?\bfrom\s*(['"])([^'"\n]+)\1|\bimport\s*\(?\s*(['"])([^'"\n]+)\3/g;
const CODE = /\.(?:[cm]?[jt]s)$/;

/** Every file `entry` loads through relative imports, itself included, sorted. */
export function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !statSync(file, { throwIfNoEntry: false })?.isFile()) continue;
    seen.add(file);
    if (!CODE.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[2] ?? match[4];
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
    }
  }
  return [...seen].sort();
}

const versions = new Map<string, string>();

/** Written by scripts/compile.mjs beside the compiled code: module path under lib/ without extension -> version. */
export const STEP_VERSIONS_FILE = 'step-versions.json';
let prebuilt: Record<string, string> | null = null;

/** The module's path under the code folder, without extension: `steps/claims`. */
const moduleName = (file: string) => relative(CODE_ROOT, file).replace(/\.[cm]?[jt]s$/, '');

/** The version of the step whose module is `code` (its import.meta.url): a hash of the code it runs. */
export function stepVersion(code: string): string {
  const known = versions.get(code);
  if (known) return known;
  if (COMPILED) {
    prebuilt ??= existsSync(join(CODE_ROOT, STEP_VERSIONS_FILE))
      ? (JSON.parse(readFileSync(join(CODE_ROOT, STEP_VERSIONS_FILE), 'utf8')) as Record<string, string>)
      : {};
    const built = prebuilt[moduleName(fileURLToPath(code))];
    if (built) {
      versions.set(code, built);
      return built;
    }
  }
  return hashedVersion(code);
}

/** The version of the module `code`, hashed from its closure now (what compile.mjs records for the sources). */
export function hashedVersion(code: string): string {
  const entry = fileURLToPath(code);
  const hash = createHash('sha256');
  // Paths relative to the step's module: the version does not depend on where the project lives.
  for (const file of importClosure(entry))
    hash
      .update(relative(dirname(entry), file))
      .update('\0')
      .update(readFileSync(file))
      .update('\0');
  const version = hash.digest('hex').slice(0, 16);
  versions.set(code, version);
  return version;
}

let dependencies: string | null = null;

/** The exact dependency set: the clone's lock file, or, in an installed package (which has none), its version and its dependencies' installed versions. */
export function dependencyKey(): string {
  dependencies ??= createHash('sha256')
    .update(existsSync(LOCK_FILE) ? readFileSync(LOCK_FILE) : JSON.stringify({ pagepress: packageJson().version, dependencies: dependencyVersions() }))
    .digest('hex')
    .slice(0, 16);
  return dependencies;
}

/** A step's cache key: its version and options, chained to the key of the step before it. */
export function chainKey(version: string, options: unknown, upstream: string): string {
  return createHash('sha256')
    .update(`${version}\0${JSON.stringify(options ?? null)}\0${upstream}`)
    .digest('hex')
    .slice(0, 16);
}
