// `--strict` as a user meets it: a rejected capture fails the build before anything is published,
// so the retry after removing the bad file publishes the version instead of being refused.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, PROJECT_VERSION } from '../helpers.ts';

const BIN = join(PROJECT_ROOT, 'bin', 'pagepress.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' } });
const GOOD = '000_a3cbe3ac026cc08e.txt';

let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'pagepress-strict-'));
  mkdirSync(join(work, 'raw'));
  cpSync(join(PROJECT_ROOT, 'raw', GOOD), join(work, 'raw', GOOD));
  cpSync(join(PROJECT_ROOT, 'pagepress.config.json'), join(work, 'pagepress.config.json'));
  // A PDF saved under a page's name: ingest rejects it as binary.
  writeFileSync(join(work, 'raw', 'saved.html'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0, 0, 1, 2])]));
});

describe('build --strict', () => {
  it('publishes nothing while a capture is rejected, and publishes the version once it is removed', () => {
    const failed = run(['build', '--strict', '--concurrency', '1'], work);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/error: saved\.html: ingest: binary: /);
    expect(failed.stderr).toContain('pagepress: --strict: 1 capture was rejected or missing, so nothing was written to dist');
    expect(failed.stdout).toBe('');
    expect(existsSync(join(work, 'dist', PROJECT_VERSION))).toBe(false);

    rmSync(join(work, 'raw', 'saved.html'));
    const retried = run(['build', '--strict', '--concurrency', '1'], work);
    expect(retried.stderr).toBe('');
    expect(retried.status).toBe(0);
    expect(retried.stdout).toMatch(new RegExp(`^wrote dist/${PROJECT_VERSION.replaceAll('.', '\\.')}: 1 documents`));
    expect(existsSync(join(work, 'dist', PROJECT_VERSION, 'documents.jsonl.gz'))).toBe(true);
  });

  it('fails on a listed capture that is missing', () => {
    rmSync(join(work, 'raw', 'saved.html'));
    writeFileSync(join(work, 'list.txt'), `${GOOD}\nnot-there.html\n`);
    const failed = run(['build', '--strict', '--list', 'list.txt', '--concurrency', '1'], work);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/error: not-there\.html: discover: listed_missing: /);
    expect(existsSync(join(work, 'dist', PROJECT_VERSION))).toBe(false);
  });

  it('without --strict publishes the good captures and reports the bad one', () => {
    const built = run(['build', '--concurrency', '1'], work);
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(/1 documents, \d+ claims from 2 files \(1 rejected/);
    expect(existsSync(join(work, 'dist', PROJECT_VERSION, 'build-report.json'))).toBe(true);
    // The published version does not pass --strict: the same inputs fail it, and the version stays as it was.
    const strict = run(['build', '--strict', '--concurrency', '1'], work);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/error: saved\.html: ingest: binary: /);
    expect(existsSync(join(work, 'dist', PROJECT_VERSION, 'build-report.json'))).toBe(true);
  });
});

describe('shards and merge with --strict', () => {
  it('a strict shard writes no partial result, a strict merge publishes nothing', () => {
    const shard = run(['build', '--strict', '--shard', '0/1', '--out', 'parts', '--concurrency', '1'], work);
    expect(shard.status).toBe(1);
    expect(shard.stderr).toMatch(/error: saved\.html: ingest: binary: /);
    expect(existsSync(join(work, 'parts', 'partial-0-of-1'))).toBe(false);

    const lenient = run(['build', '--shard', '0/1', '--out', 'parts', '--concurrency', '1'], work);
    expect(lenient.status).toBe(0);
    const merged = run(['merge', '--strict', 'parts/partial-0-of-1'], work);
    expect(merged.status).toBe(1);
    expect(merged.stderr).toMatch(/error: saved\.html: ingest: binary: /);
    expect(merged.stderr).toContain('nothing was written to dist');
    expect(existsSync(join(work, 'dist', PROJECT_VERSION))).toBe(false);
  });
});
