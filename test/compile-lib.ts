// Vitest global setup: the tests that run the command as a subprocess (bin/pagepress.js) must test
// the code as it is now. bin/ runs lib/ only while no file under pipeline/ is newer than lib/BUILT
// (else it falls back to tsx with a note on stderr), so recompile lib/ first when it is stale, as
// `make test` does; a test run straight after an edit then runs the edited code, compiled.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../pipeline/package-layout.ts';

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  const built = statSync(join(PROJECT_ROOT, 'lib', 'BUILT'), { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (built >= newest(join(PROJECT_ROOT, 'pipeline'))) return;
  const compile = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'compile.mjs')], { stdio: 'inherit' });
  if (compile.status !== 0) throw new Error('scripts/compile.mjs failed: the command-line tests would run stale or no compiled code');
}
