// lib/ as compiled from the sources as they are now: the JavaScript the command and its build
// workers run (bin/pagepress.js). The CPU benches time that code rather than the sources through
// tsx, whose transform (esbuild with keepNames) wraps every named function and closure in a
// defineProperty call that a build never makes; the tests that run the command as a subprocess
// need it current too (test/compile-lib.ts). lib/ is stale when any file under pipeline/ is newer
// than lib/BUILT (stamped when its compile started), as bin/pagepress.js and the Makefile judge it.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../pipeline/package-layout.ts';

/** The compiled tree: lib/<same path as under pipeline/>.js. */
export const LIB = join(PROJECT_ROOT, 'lib');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Runs `root`'s scripts/compile.mjs when its lib/ is missing or older than a source; says whether it
 * did. Throws, naming `purpose`, when the compile fails.
 */
export function compileLibWhenStale(purpose: string, root = PROJECT_ROOT): boolean {
  const built = statSync(join(root, 'lib', 'BUILT'), { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (built >= newest(join(root, 'pipeline'))) return false;
  const compile = spawnSync(process.execPath, [join(root, 'scripts', 'compile.mjs')], { stdio: 'inherit' });
  if (compile.status !== 0) throw new Error(`scripts/compile.mjs failed: ${purpose}`);
  return true;
}

/** The compiled module of `path` under pipeline/ ("run/process" → lib/run/process.js), imported. */
export const importCompiled = (path: string): Promise<unknown> => import(pathToFileURL(join(LIB, `${path}.js`)).href);
