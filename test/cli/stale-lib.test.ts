// bin/pagepress.js runs lib/ only while it is at least as new as every file under pipeline/: a
// developer who edited a source and did not recompile gets the TypeScript (through tsx) and a note
// on stderr, never the stale JavaScript. Checked on a miniature project whose two entry points
// say which one ran.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../pipeline/package-layout.ts';

let dir: string;
const run = () => spawnSync(process.execPath, [join(dir, 'bin', 'pagepress.js')], { cwd: dir, encoding: 'utf8' });
const at = (path: string, seconds: number) => utimesSync(join(dir, path), seconds, seconds);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagepress-stale-'));
  for (const sub of ['bin', 'pipeline/cli', 'pipeline/text', 'lib/cli']) mkdirSync(join(dir, sub), { recursive: true });
  copyFileSync(join(PROJECT_ROOT, 'bin', 'pagepress.js'), join(dir, 'bin', 'pagepress.js'));
  // tsx, as the clone has it.
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'pipeline', 'cli', 'main.ts'), "const ran: string = 'sources';\nconsole.log(ran);\n");
  writeFileSync(join(dir, 'pipeline', 'text', 'blocks.ts'), 'export {};\n');
  writeFileSync(join(dir, 'lib', 'cli', 'main.js'), "console.log('lib');\n");
  writeFileSync(join(dir, 'lib', 'BUILT'), '');
  at('pipeline/cli/main.ts', 1_000);
  at('pipeline/text/blocks.ts', 1_000);
  at('lib/BUILT', 2_000);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bin/pagepress.js', () => {
  it('runs lib/ when it is newer than every source, silently', () => {
    const result = run();
    expect(result.stdout).toBe('lib\n');
    expect(result.stderr).toBe('');
  });

  it('runs the sources through tsx, and says which file is newer, when one source was edited after the compile', () => {
    at('pipeline/text/blocks.ts', 3_000);
    const result = run();
    expect(result.stdout).toBe('sources\n');
    expect(result.stderr).toContain('pipeline/text/blocks.ts is newer than lib/');
  });

  it('runs the sources when lib/ was never built', () => {
    rmSync(join(dir, 'lib'), { recursive: true });
    const result = run();
    expect(result.stdout).toBe('sources\n');
    expect(result.stderr).toContain('lib/ is missing');
  });

  it('runs lib/ in the package, which ships no sources', () => {
    rmSync(join(dir, 'pipeline'), { recursive: true });
    at('lib/BUILT', 1);
    expect(run().stdout).toBe('lib\n');
  });
});
