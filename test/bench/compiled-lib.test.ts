// The CPU benches time the compiled lib/ a build runs, not the sources through tsx (bench/compiled-lib.ts):
// the chain they load is the compiled one, and lib/ is recompiled first exactly when a source is newer.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileLibWhenStale, importCompiled } from '../../bench/compiled-lib.ts';

let dir: string;
const at = (path: string, seconds: number) => utimesSync(join(dir, path), seconds, seconds);

beforeEach(() => {
  // A miniature project whose compile script only counts its runs and stamps lib/BUILT.
  dir = mkdtempSync(join(tmpdir(), 'pagepress-compiled-lib-'));
  for (const sub of ['pipeline/text', 'lib', 'scripts']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'pipeline', 'text', 'blocks.ts'), 'export {};\n');
  writeFileSync(
    join(dir, 'scripts', 'compile.mjs'),
    "import { appendFileSync, writeFileSync } from 'node:fs';\nappendFileSync(new URL('../runs', import.meta.url), 'x');\nwriteFileSync(new URL('../lib/BUILT', import.meta.url), '');\n",
  );
  writeFileSync(join(dir, 'runs'), '');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const runs = () => readFileSync(join(dir, 'runs'), 'utf8').length;

describe('compiled lib for the CPU benches', () => {
  it('compiles when lib/ is missing, and not again once it is current', () => {
    expect(compileLibWhenStale('test', dir)).toBe(true);
    expect(runs()).toBe(1);
    at('pipeline/text/blocks.ts', 1_000);
    at('lib/BUILT', 2_000);
    expect(compileLibWhenStale('test', dir)).toBe(false);
    expect(runs()).toBe(1);
  });

  it('compiles when a source was edited after the last compile', () => {
    writeFileSync(join(dir, 'lib', 'BUILT'), '');
    at('lib/BUILT', 1_000);
    at('pipeline/text/blocks.ts', 2_000);
    expect(compileLibWhenStale('test', dir)).toBe(true);
    expect(runs()).toBe(1);
  });

  it('loads the chain from the compiled JavaScript', async () => {
    const layout = (await importCompiled('package-layout')) as { COMPILED: boolean; CODE_EXTENSION: string };
    expect(layout.COMPILED).toBe(true);
    expect(layout.CODE_EXTENSION).toBe('.js');
  });
});
