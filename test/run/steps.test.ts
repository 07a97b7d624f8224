// The step list and the executor's side of it: a step's version is the code its module imports
// (and nothing else), keys chain, the list's order rules hold, and the README shows the list as
// pipeline/pipeline.ts holds it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { PIPELINE } from '../../pipeline/pipeline.ts';
import { mergePartials, writePartial } from '../../pipeline/run/shards.ts';
import { importClosure, stepVersion } from '../../pipeline/run/step-version.ts';
import { planOf, resolveSteps } from '../../pipeline/run/plan.ts';
import { PROJECT_ROOT } from '../helpers.ts';
import { makeManyCaptures } from '../robustness/corpus.ts';

const closureOf = (step: string) =>
  importClosure(join(PROJECT_ROOT, 'pipeline', 'steps', `${step}.ts`)).map((file) => relative(join(PROJECT_ROOT, 'pipeline'), file));

describe('step versions', () => {
  it('cover the code a step imports, data files included, and no other stage', () => {
    const claims = closureOf('claims');
    expect(claims).toContain('claims/index.ts');
    expect(claims).toContain('claims/data/en.json');
    expect(claims.filter((file) => file.startsWith('clean/') || file.startsWith('metadata/'))).toEqual([]);
    const document = closureOf('document');
    expect(document).toContain('clean/index.ts');
    expect(document).toContain('metadata/index.ts');
    expect(document.filter((file) => file.startsWith('claims/'))).toEqual([]);
  });

  it('change when an imported file changes, including through a re-export or a dynamic import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagepress-step-version-'));
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'step.ts'), "export { helper } from './lib/helper.ts';\nconst later = () => import('./lib/late.ts');\n");
    writeFileSync(join(dir, 'lib', 'helper.ts'), "import words from './words.json' with { type: 'json' };\nexport const helper = words;\n");
    writeFileSync(join(dir, 'lib', 'words.json'), '["a"]');
    writeFileSync(join(dir, 'lib', 'late.ts'), 'export const late = 1;\n');
    writeFileSync(join(dir, 'lib', 'unused.ts'), 'export const unused = 1;\n');
    expect(importClosure(join(dir, 'step.ts')).map((file) => relative(dir, file))).toEqual(['lib/helper.ts', 'lib/late.ts', 'lib/words.json', 'step.ts']);
    // stepVersion remembers a module's version for the process: copy the tree to get a fresh one.
    const versionAfter = (edit: (root: string) => void) => {
      const copy = mkdtempSync(join(tmpdir(), 'pagepress-step-version-'));
      cpSync(dir, copy, { recursive: true });
      edit(copy);
      return stepVersion(pathToFileURL(join(copy, 'step.ts')).href);
    };
    const same = versionAfter(() => {});
    expect(versionAfter(() => {})).toBe(same);
    expect(versionAfter((root) => writeFileSync(join(root, 'lib', 'unused.ts'), 'export const unused = 2;\n'))).toBe(same);
    expect(versionAfter((root) => writeFileSync(join(root, 'lib', 'words.json'), '["b"]'))).not.toBe(same);
    expect(versionAfter((root) => writeFileSync(join(root, 'lib', 'late.ts'), 'export const late = 2;\n'))).not.toBe(same);
  });
});

describe('the plan', () => {
  it('chains keys: options of one step change its key and every key after it, none before', () => {
    const off = planOf(resolveSteps());
    const on = planOf(resolveSteps({ steps: { 'min-words': { words: 50 } } }));
    expect(off.map((p) => p.name)).not.toContain('min-words');
    const at = on.findIndex((p) => p.name === 'min-words');
    expect(at).toBeGreaterThan(0);
    expect(on.slice(0, at)).toEqual(off.slice(0, at));
    for (const later of on.slice(at + 1)) expect(later.key).not.toBe(off.find((p) => p.name === later.name)!.key);
    const fewer = planOf(resolveSteps({ steps: { 'min-words': { words: 40 } } }));
    expect(fewer[at]!.key).not.toBe(on[at]!.key);
  });

  it('refuses a list with a document step after a corpus step, or two steps of one name', () => {
    const corpus = PIPELINE.find((step) => step.kind === 'corpus')!;
    const document = PIPELINE.find((step) => step.kind === 'document')!;
    expect(() => resolveSteps(null, [corpus, document])).toThrow('document steps must come before corpus steps');
    expect(() => resolveSteps(null, [document, document])).toThrow('share a name');
  });

  it('is shown in the README as pipeline/pipeline.ts holds it', () => {
    const list = /export const PIPELINE[^\n]*\n(?:.*\n)*?\];\n/.exec(readFileSync(join(PROJECT_ROOT, 'pipeline', 'pipeline.ts'), 'utf8'))![0];
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${list}\`\`\``);
    // Every step in the list is in pipeline/steps/, one file each.
    for (const step of PIPELINE) expect(relative(join(PROJECT_ROOT, 'pipeline', 'steps'), fileURLToPath(step.code))).toBe(`${step.name}.ts`);
  });
});

describe('shards', () => {
  it('merge only under a config that switches on the same steps with the same options', async () => {
    const root = makeManyCaptures(2);
    const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
    const withFilter = { ...config, steps: { 'min-words': { words: 10 } } };
    const shard = { index: 0, count: 1 };
    const { dir } = await writePartial({ raw: join(root, 'raw'), out: join(root, 'parts'), config: withFilter, shard, cacheDir: null, threads: 0 });
    await expect(mergePartials([dir], join(root, 'dist'), config)).rejects.toThrow('built with other steps or step options than the config gives');
    const merged = await mergePartials([dir], join(root, 'dist'), withFilter);
    expect(merged.report.counts.documents).toBe(2);
  }, 60_000);
});
