// A build's main thread only merges what its workers made: it lists the steps, reads summaries,
// runs the corpus steps and publishes. The stages' code (cleaner, metadata, claims extractor: their
// lexicons and models) loads in the workers (run/worker.ts imports pipeline-code.ts), and `extract`
// loads it through run/process.ts (steps/step.ts DocumentStep.load). Read from the import lines:
// the modules a module loads as it is imported (static imports and re-exports; type-only ones are
// erased; a dynamic import() loads later, when it runs).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers.ts';

const PIPELINE = join(PROJECT_ROOT, 'pipeline');
const STATIC_IMPORT = /^(?:import|export)(?!\s+type\b)[^'";]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|^import\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Every pipeline file `entry` loads as it is imported, relative to pipeline/. */
function loadedOnImport(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !statSync(file, { throwIfNoEntry: false })?.isFile() || !file.endsWith('.ts')) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) pending.push(resolve(dirname(file), match[1] ?? match[2]!));
  }
  return [...seen].map((file) => relative(PIPELINE, file)).sort();
}

const STAGE_CODE = /^(?:clean|metadata|claims)\/(?!vocabulary\.ts$)|^ingest\/(?:warc|read|page)\.ts$/;

describe('the modules a build loads', () => {
  it('in its main thread: no stage, no capture reader', () => {
    const loaded = loadedOnImport(join(PIPELINE, 'run', 'build.ts'));
    expect(loaded).toContain('run/plan.ts');
    expect(loaded).toContain('steps/near-duplicates.ts');
    expect(loaded.filter((file) => STAGE_CODE.test(file))).toEqual([]);
  });

  it.each(['process', 'worker'])('through run/%s.ts: the stages', (runner) => {
    const loaded = loadedOnImport(join(PIPELINE, 'run', `${runner}.ts`));
    expect(loaded).toContain('steps/document-run.ts');
    expect(loaded).toContain('clean/index.ts');
  });

  it('through run/worker.ts: the claims extractor too, handed to the claims step as the worker starts (pipeline-code.ts)', () => {
    expect(loadedOnImport(join(PIPELINE, 'run', 'worker.ts'))).toContain('claims/index.ts');
  });
});
