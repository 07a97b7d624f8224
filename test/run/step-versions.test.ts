// Step versions are hashed from the sources once, when lib/ is compiled (lib/step-versions.json),
// not at every run. The compiled command must key the cache exactly as the sources do (so a clone
// shares one cache between tsx and lib/ runs, and a compiled run never uses keys of other code).
// Vitest's global setup recompiles lib/ when a source is newer, so lib/ is the current code here.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../pipeline/package-layout.ts';
import { hashedVersion, stepVersion } from '../../pipeline/run/step-version.ts';

const stepModules = readdirSync(join(PROJECT_ROOT, 'pipeline', 'steps'))
  .filter((name) => name.endsWith('.ts'))
  .sort();

describe('step versions computed at build time', () => {
  it('lib/step-versions.json holds the version of every module in pipeline/steps/, hashed from the sources lib/ was compiled from', () => {
    const built = JSON.parse(readFileSync(join(PROJECT_ROOT, 'lib', 'step-versions.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(built)).toEqual(stepModules.map((name) => `steps/${name.slice(0, -3)}`));
    for (const name of stepModules)
      expect(built[`steps/${name.slice(0, -3)}`]).toBe(hashedVersion(pathToFileURL(join(PROJECT_ROOT, 'pipeline', 'steps', name)).href));
  });

  it("the compiled code reads them: its step versions are the sources'", () => {
    const script = `const m = await import(${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, 'lib', 'run', 'step-version.js')).href)});
      const names = ${JSON.stringify(stepModules.map((name) => name.slice(0, -3)))};
      process.stdout.write(JSON.stringify(names.map((n) => m.stepVersion(${JSON.stringify(pathToFileURL(join(PROJECT_ROOT, 'lib', 'steps')).href)} + '/' + n + '.js'))));`;
    const compiled = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(compiled.status, compiled.stderr).toBe(0);
    expect(JSON.parse(compiled.stdout)).toEqual(stepModules.map((name) => stepVersion(pathToFileURL(join(PROJECT_ROOT, 'pipeline', 'steps', name)).href)));
  });
});
