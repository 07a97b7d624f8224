// The optional min-words step as a user meets it: off by default; switched on in
// pagepress.config.json, a capture with too little article text is dropped — one too_short line in
// build-report.json and on the terminal, not in documents.jsonl.gz — and the version stays valid.
// `pagepress extract` runs the same steps; bad step options are refused before any work.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../pipeline/records/report.ts';
import { PROJECT_ROOT, PROJECT_VERSION, versionJsonlText } from '../helpers.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'pagepress.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });
const LONG = '000_a3cbe3ac026cc08e.txt';
const SHORT =
  'Algeria and Russia signed a new agreement on Monday in Algiers, officials said, after two days of talks about trade and energy cooperation between them.\n';
const projectConfig = JSON.parse(readFileSync(join(PROJECT_ROOT, 'pagepress.config.json'), 'utf8')) as Record<string, unknown>;

/** A project with one seed capture and one 25-word one, built with `steps` in its config (none: the project's config as it is). */
function project(steps?: unknown) {
  const work = mkdtempSync(join(tmpdir(), 'pagepress-min-words-'));
  mkdirSync(join(work, 'raw'));
  cpSync(join(PROJECT_ROOT, 'raw', LONG), join(work, 'raw', LONG));
  writeFileSync(join(work, 'raw', 'short.txt'), SHORT);
  writeFileSync(join(work, 'pagepress.config.json'), JSON.stringify(steps === undefined ? projectConfig : { ...projectConfig, steps }));
  return work;
}

const report = (work: string) => JSON.parse(readFileSync(join(work, 'dist', PROJECT_VERSION, 'build-report.json'), 'utf8')) as BuildReport;
const paths = (work: string) =>
  versionJsonlText(join(work, 'dist', PROJECT_VERSION), 'documents')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).source.path as string);

let on: string;
let built: ReturnType<typeof run>;

beforeAll(() => {
  on = project({ 'min-words': { words: 50 } });
  built = run(['build', '--strict', '--concurrency', '1'], on);
}, 120_000);

describe('the min-words step', () => {
  it('is off by default: the short capture is published', () => {
    const off = project();
    const result = run(['build', '--concurrency', '0'], off);
    expect(result.status, result.stderr).toBe(0);
    expect(paths(off).sort()).toEqual([LONG, 'short.txt']);
    expect(report(off).problems.filter((p) => p.code === 'too_short')).toEqual([]);
  }, 120_000);

  it('switched on, drops the short capture with a too_short line in build-report.json', () => {
    expect(built.status, built.stderr).toBe(0);
    expect(built.stderr).toMatch(
      /^ {2}warning: short\.txt: clean: too_short: 25 words of article text, fewer than the 50 that steps\.min-words asks for: not published$/m,
    );
    const { problems, counts } = report(on);
    expect(problems).toEqual([
      {
        path: 'short.txt',
        stage: 'clean',
        code: 'too_short',
        severity: 'warning',
        message: '25 words of article text, fewer than the 50 that steps.min-words asks for: not published',
      },
    ]);
    expect(counts).toMatchObject({ files: 2, documents: 1, rejected: 1 });
    expect(paths(on)).toEqual([LONG]);
  });

  it('leaves a version that validates against the published schemas', () => {
    const validated = run(['validate', join('dist', PROJECT_VERSION)], on);
    expect(validated.status, validated.stdout + validated.stderr).toBe(0);
  });

  it('drops the same capture in pagepress extract, which says so on stderr', () => {
    const extracted = run(['extract', '--jsonl', 'raw'], on);
    expect(extracted.status, extracted.stderr).toBe(0);
    expect(
      extracted.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).source.path),
    ).toEqual([LONG]);
    expect(extracted.stderr).toBe(
      `pagepress: raw/short.txt: dropped: too_short: 25 words of article text, fewer than the 50 that steps.min-words asks for: not published\n`,
    );
  });

  it('refuses bad options and unknown steps before doing any work', () => {
    const zero = run(['build', '--concurrency', '0'], project({ 'min-words': { words: 0 } }));
    expect(zero.status).toBe(1);
    expect(zero.stderr).toContain('steps.min-words/words: must be >= 1');
    const unknown = run(['build', '--concurrency', '0'], project({ 'min-word': { words: 5 } }));
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('steps.min-word: no such step');
  }, 60_000);
});
