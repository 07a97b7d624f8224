// Where the code and the files it reads are, in the two layouts it runs in: the clone, where
// pipeline/*.ts runs through tsx, and the npm package, where tsc has compiled pipeline/ into lib/*.js
// (same tree, same depth; the data files the code imports beside them) and only the TypeScript that
// is bundled at run time (the explorer's front-end) ships as source under pipeline/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** pipeline/ in the clone, lib/ in the package: the folder holding this module. */
export const CODE_ROOT = dirname(fileURLToPath(import.meta.url));
/** The clone's top folder, or the installed package's (where package.json is). */
export const PROJECT_ROOT = dirname(CODE_ROOT);
/** True when running the compiled JavaScript rather than the TypeScript sources. */
export const COMPILED = extname(fileURLToPath(import.meta.url)) !== '.ts';
/** The extension of the code's own modules in the layout that is running: `.ts` or `.js`. */
export const CODE_EXTENSION = COMPILED ? '.js' : '.ts';

const SOURCE_ROOT = join(PROJECT_ROOT, 'pipeline');

/**
 * The module `specifier` (relative, without extension) next to the module `from` (its
 * import.meta.url), with the extension `from` has: `./worker` is worker.ts beside executor.ts in the
 * clone and worker.js beside executor.js compiled. For files handed to worker threads or bundlers,
 * which the compiler's import rewriting does not reach.
 */
export function siblingModule(from: string, specifier: string): URL {
  return new URL(`${specifier}${extname(fileURLToPath(from))}`, from);
}

/**
 * A path under pipeline/, given relative to the module `from` (its import.meta.url) as if that
 * module were its TypeScript source: the same path in the clone, and for lib/x/y.js the one beside
 * pipeline/x/y.ts. For TypeScript sources read at run time, which the package ships as such.
 */
export function sourcePath(from: string, relativePath: string): string {
  return join(SOURCE_ROOT, relative(CODE_ROOT, dirname(fileURLToPath(from))), relativePath);
}

interface PackageJson {
  name: string;
  version: string;
  dependencies: Record<string, string>;
}

/** The project's package.json (the clone's, or the installed package's). */
export function packageJson(): PackageJson {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as PackageJson;
}

/** The lock file pinning every dependency; the clone has one, an installed package does not (npm never ships it). */
export const LOCK_FILE = join(PROJECT_ROOT, 'package-lock.json');

/** The version of a dependency as Node would load it from the project: the nearest node_modules/<name> up from its folder. */
function installedVersion(name: string): string | null {
  for (let dir = PROJECT_ROOT; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? null;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * The exact version of every runtime dependency, sorted by name: from the lock file in the clone,
 * otherwise as installed beside the package (null for one that is missing).
 */
export function dependencyVersions(): Record<string, string | null> {
  const names = Object.keys(packageJson().dependencies).sort();
  if (existsSync(LOCK_FILE)) {
    const lock = JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as { packages: Record<string, { version?: string }> };
    return Object.fromEntries(names.map((name) => [name, lock.packages[`node_modules/${name}`]?.version ?? null]));
  }
  return Object.fromEntries(names.map((name) => [name, installedVersion(name)]));
}
